using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Features.Agreements;
using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Documents;

/// <summary>
/// A partnership's records as PDFs, in the reader's language. Each download asks the one access mechanism the
/// same question, about the same record kind, as the page that shows the record, and answers 404 exactly when
/// that page does: a document never shows more than its screen.
/// </summary>
[Authorize]
public class DocumentsController(AppDbContext db, PortalAccess access, PartnershipDocuments documents, DocumentRenderer renderer, RequestReader requests, ApplicationReader applications, Wordings wordings) : Controller
{
    /// <summary>The latest version of the agreement, or the version asked for.</summary>
    [HttpGet("relationships/{id:guid}/agreement.pdf")]
    public async Task<IActionResult> Agreement(Guid id, int? version, CancellationToken ct) =>
        await PrintAsync(await documents.AgreementAsync(id, version, ct), ct);

    /// <summary>The declaration of interest each side signed with the latest version of the agreement.</summary>
    [HttpGet("relationships/{id:guid}/declaration.pdf")]
    public async Task<IActionResult> Declaration(Guid id, CancellationToken ct) =>
        await PrintAsync(await documents.DeclarationAsync(id, ct), ct);

    /// <summary>The coachee's preparation for a session, for whoever its page is for (the coachee writes it, the coach reads it).</summary>
    [HttpGet("sessions/{sessionId:guid}/preparation.pdf")]
    public async Task<IActionResult> MeetingPreparation(Guid sessionId, CancellationToken ct) =>
        await PrintAsync(await documents.MeetingPreparationAsync(sessionId, ct), ct);

    /// <summary>The coach's own preparation and reflection on a session: the policy lets the coach alone read it.</summary>
    [HttpGet("sessions/{sessionId:guid}/reflection.pdf")]
    public async Task<IActionResult> Reflection(Guid sessionId, CancellationToken ct) =>
        await PrintAsync(await documents.ReflectionAsync(sessionId, ct), ct);

    [HttpGet("sessions/{sessionId:guid}/record.pdf")]
    public async Task<IActionResult> SessionRecord(Guid sessionId, CancellationToken ct) =>
        await PrintAsync(await documents.SessionRecordAsync(sessionId, ct), ct);

    [HttpGet("sessions/{sessionId:guid}/feedback.pdf")]
    public async Task<IActionResult> SessionFeedback(Guid sessionId, CancellationToken ct) =>
        await PrintAsync(await documents.SessionFeedbackAsync(sessionId, ct), ct);

    [HttpGet("relationships/{id:guid}/rating.pdf")]
    public async Task<IActionResult> Rating(Guid id, CancellationToken ct) =>
        await PrintAsync(await documents.RatingAsync(id, ct), ct);

    [HttpGet("relationships/{id:guid}/evaluation.pdf")]
    public async Task<IActionResult> Evaluation(Guid id, CancellationToken ct) =>
        await PrintAsync(await documents.EvaluationAsync(id, ct), ct);

    [HttpGet("relationships/{id:guid}/plan.pdf")]
    public async Task<IActionResult> Plan(Guid id, CancellationToken ct) =>
        await PrintAsync(await documents.PlanAsync(id, ct), ct);

    /// <summary>The coach's own log entry: the policy lets its author alone read it, so nobody else gets it printed.</summary>
    [HttpGet("reflective-log/{entryId:guid}/entry.pdf")]
    public async Task<IActionResult> ReflectiveLogEntry(Guid entryId, CancellationToken ct)
    {
        var found = await db.ReflectiveLogEntries.AsNoTracking().Where(e => e.Id == entryId)
            .Join(db.CoachProfiles, e => e.CoachProfileId, c => c.Id, (e, c) => new
            {
                Entry = e,
                c.SchemeId,
                c.PersonId,
                Coach = c.Person!.GivenName + " " + c.Person.FamilyName,
                Coachee = db.Matches.Where(m => m.Id == e.MatchId).Select(m => m.Coachee!.GivenName + " " + m.Coachee.FamilyName).FirstOrDefault(),
                CoacheeOrganisationId = db.Matches.Where(m => m.Id == e.MatchId).Select(m => m.Coachee!.OrganisationId).FirstOrDefault(),
                CoachOrganisationId = c.Person!.OrganisationId,
            })
            .FirstOrDefaultAsync(ct);
        if (found is null || !await access.MayReadAsync(Domain.Sessions.ReflectiveLogEntry.Parties(found.SchemeId, found.PersonId)))
        {
            return NotFound();
        }

        // A partnership's entry in its coachee's organisation's wording, as the partnership's forms; the coach's own otherwise.
        var wording = await wordings.InForceTextAsync(found.CoacheeOrganisationId ?? found.CoachOrganisationId, ct);
        return await PrintAsync(DocumentToPrint.Form(PrintedForms.ReflectiveLog(found.Entry, found.Coach, found.Coachee) with { Wording = wording }), ct);
    }

    /// <summary>
    /// A request for a coach or mentor on the paper application form. The requester and the scheme team read it
    /// whole, as on their pages; the line manager reads what they were asked to support, without the parts the
    /// requester keeps from them, as on the support page.
    /// </summary>
    [HttpGet("requests/{id:guid}/request.pdf")]
    public async Task<IActionResult> MatchRequest(Guid id, CancellationToken ct)
    {
        var request = await db.MatchRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return NotFound();
        }

        RequestSummary? summary = null;
        if (await access.MayReadAsync(request.AccessParties()))
        {
            summary = await requests.SummaryAsync(id, ct);
        }
        else if (await OpenProposalCoachAsync(id, ct) is { } coach && await access.MayReadAsync(request.AccessParties(coach)))
        {
            summary = (await requests.SummaryAsync(id, ct))?.ForCoach();
        }
        else if (await access.MayReadAsync(request.SupportRequestParties()))
        {
            summary = (await requests.SummaryAsync(id, ct))?.ForLineManager();
        }

        return summary is null ? NotFound() : await PrintAsync(DocumentToPrint.Form(PrintedForms.CoacheeApplication(summary) with { Wording = await WordingOfAsync(request.RequesterId, ct) }), ct);
    }

    /// <summary>
    /// An application to join the register on its paper form. The line manager reads what their support page shows
    /// (the application as it was when they answered); the applicant and the scheme team read it as it is.
    /// </summary>
    [HttpGet("join/applications/{id:guid}/application.pdf")]
    public async Task<IActionResult> CoachApplication(Guid id, CancellationToken ct)
    {
        var application = await db.CoachApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return NotFound();
        }

        ApplicationSummary? summary = null;
        if (await access.MayReadAsync(application.SupportRequestParties()))
        {
            (summary, _) = await applications.ForLineManagerAsync(application, access, ct);
        }
        else if (await access.MayReadAsync(application.AccessParties()))
        {
            summary = await applications.SummaryAsync(id, ct);
        }

        return summary is null ? NotFound() : await PrintAsync(DocumentToPrint.Form(PrintedForms.CoachApplication(summary) with { Wording = await WordingOfAsync(application.ApplicantId, ct) }), ct);
    }

    /// <summary>An application prints in the wording of the applicant's organisation, whichever reader prints it.</summary>
    /// <summary>The signed-in coach or mentor, when the request has a proposal to them, or its chemistry meeting, still open.</summary>
    private async Task<Guid?> OpenProposalCoachAsync(Guid requestId, CancellationToken ct) =>
        await db.Matches.AsNoTracking().ProposedTo(await access.AskerAsync())
            .Where(m => m.MatchRequestId == requestId && Match.OpenProposal.Contains(m.Status))
            .Select(m => (Guid?)m.Coach!.PersonId)
            .FirstOrDefaultAsync(ct);

    private async Task<StandingText> WordingOfAsync(Guid applicantId, CancellationToken ct) =>
        await wordings.InForceTextAsync(await wordings.OrganisationOfPersonAsync(applicantId, ct), ct);

    private async Task<IActionResult> PrintAsync(DocumentToPrint? document, CancellationToken ct) =>
        document is null ? NotFound() : (await renderer.RenderAsync(document.ViewPath, document.Model, ct: ct)).ToFileResult();
}
