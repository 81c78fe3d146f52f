using CoachRegister.Data;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Agreements;
using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Documents.Agreements;
using CoachRegister.Web.Infrastructure.Documents.Forms;
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
public class DocumentsController(AppDbContext db, PortalAccess access, Partnerships partnerships, Wordings wordings, DocumentRenderer renderer, SchemeClock clock, RequestReader requests, ApplicationReader applications) : Controller
{
    /// <summary>The latest version of the agreement, or the version asked for.</summary>
    [HttpGet("relationships/{id:guid}/agreement.pdf")]
    public async Task<IActionResult> Agreement(Guid id, int? version, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.Agreement, ct);
        if (p is null)
        {
            return NotFound();
        }

        var agreement = await db.Agreements.AsNoTracking().VersionAsync(id, version, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        var document = new AgreementDocument(
            agreement,
            p.Kind,
            new AgreementParty(p.Coach.FullName, p.Coach.Email),
            new AgreementParty(p.Coachee.FullName, p.Coachee.Email),
            p.Scheme.Name,
            p.Scheme.RequiresDeclarationOfInterest,
            await wordings.ForAgreementAsync(agreement, id, ct));
        return (await renderer.RenderAsync(AgreementDocument.ViewPath, document, ct: ct)).ToFileResult();
    }

    /// <summary>The declaration of interest each side signed with the latest version of the agreement.</summary>
    [HttpGet("relationships/{id:guid}/declaration.pdf")]
    public async Task<IActionResult> Declaration(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.Agreement, ct);
        if (p is null)
        {
            return NotFound();
        }

        var agreement = await db.Agreements.AsNoTracking().VersionAsync(id, version: null, ct);
        PrintedForms.Declared? DeclaredBy(SignatoryRole role, PartyPerson party) =>
            agreement?.Signatures.FirstOrDefault(s => s.Role == role) is { } signed
                ? new(signed.HasInterestToDeclare, signed.InterestDeclared, signed.SignedName ?? party.FullName, clock.ToLocal(signed.SignedAt))
                : null;
        return await PrintAsync(PrintedForms.DeclarationOfInterest(About(p), DeclaredBy(SignatoryRole.Coach, p.Coach), DeclaredBy(SignatoryRole.Coachee, p.Coachee)), ct);
    }

    /// <summary>The coachee's preparation for a session, for whoever its page is for (the coachee writes it, the coach reads it).</summary>
    [HttpGet("sessions/{sessionId:guid}/preparation.pdf")]
    public async Task<IActionResult> MeetingPreparation(Guid sessionId, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Read, [RecordKind.MeetingPreparation], ct);
        if (p is null)
        {
            return NotFound();
        }

        var session = await db.SessionRecords.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        var saved = await db.MeetingPreparations.AsNoTracking().FirstOrDefaultAsync(x => x.SessionRecordId == sessionId, ct);
        var form = new MeetingPreparationForm(p.Coachee.FullName, p.Coach.FullName, session.MeetingDate, session.SessionNumber, saved);
        return (await renderer.RenderAsync(MeetingPreparationForm.ViewPath, form, ct: ct)).ToFileResult();
    }

    /// <summary>The coach's own preparation and reflection on a session: the policy lets the coach alone read it.</summary>
    [HttpGet("sessions/{sessionId:guid}/reflection.pdf")]
    public async Task<IActionResult> Reflection(Guid sessionId, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Read, [RecordKind.CoachReflection], ct);
        if (p is null)
        {
            return NotFound();
        }

        var session = await db.SessionRecords.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        var saved = await db.CoachPreparationReflections.AsNoTracking().FirstOrDefaultAsync(x => x.SessionRecordId == sessionId, ct);
        return await PrintAsync(PrintedForms.PreparationAndReflection(About(p, session), saved), ct);
    }

    [HttpGet("sessions/{sessionId:guid}/record.pdf")]
    public async Task<IActionResult> SessionRecord(Guid sessionId, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Read, [RecordKind.SessionSchedule, RecordKind.SessionContent], ct);
        if (p is null)
        {
            return NotFound();
        }

        var session = await db.SessionRecords.AsNoTracking().Include(s => s.Progress).SingleAsync(s => s.Id == sessionId, ct);
        var goals = await db.Goals.AsNoTracking().Where(g => g.MatchId == p.Id).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).ToListAsync(ct);
        var marks = new List<PrintedForms.GoalMark>();
        foreach (var goal in goals)
        {
            // Goal by goal, as the session page does: a goal the reader may not see is not printed either.
            if (await access.MayReadAsync(p.Parties.ForGoal(goal.Visibility)))
            {
                marks.Add(new(goal.Description, session.Progress.FirstOrDefault(m => m.GoalId == goal.Id)?.Score));
            }
        }

        var form = PrintedForms.SessionRecord(About(p, session), session.Status == SessionStatus.Held ? session : null, marks);
        return await PrintAsync(form, ct);
    }

    [HttpGet("sessions/{sessionId:guid}/feedback.pdf")]
    public async Task<IActionResult> SessionFeedback(Guid sessionId, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Read, [RecordKind.Feedback], ct);
        if (p is null)
        {
            return NotFound();
        }

        var session = await db.SessionRecords.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        var given = await db.CoachFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.SessionRecordId == sessionId, ct);
        if (given is null && !(session.Status == SessionStatus.Held && await access.MayChangeAsync(p.Parties.For(RecordKind.Feedback))))
        {
            return NotFound();
        }

        return await PrintAsync(PrintedForms.SessionFeedback(About(p, session), given), ct);
    }

    [HttpGet("relationships/{id:guid}/rating.pdf")]
    public async Task<IActionResult> Rating(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.Feedback, ct);
        if (p is null)
        {
            return NotFound();
        }

        var given = await db.CoachFeedback.AsNoTracking().Include(f => f.Ratings).FirstOrDefaultAsync(f => f.MatchId == id && f.SessionRecordId == null, ct);
        return await PrintAsync(PrintedForms.CoachRating(About(p), given), ct);
    }

    [HttpGet("relationships/{id:guid}/evaluation.pdf")]
    public async Task<IActionResult> Evaluation(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.FinalEvaluation, ct);
        if (p is null)
        {
            return NotFound();
        }

        var given = await db.FinalEvaluations.AsNoTracking().FirstOrDefaultAsync(e => e.MatchId == id, ct);
        return await PrintAsync(PrintedForms.FinalEvaluation(About(p), given), ct);
    }

    [HttpGet("relationships/{id:guid}/plan.pdf")]
    public async Task<IActionResult> Plan(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.DevelopmentPlan, ct);
        if (p is null)
        {
            return NotFound();
        }

        var items = await db.DevelopmentPlanItems.AsNoTracking().Where(i => i.MatchId == id).OrderBy(i => i.Date).ThenBy(i => i.Id).ToListAsync(ct);
        return await PrintAsync(PrintedForms.DevelopmentPlan(About(p), items), ct);
    }

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
            })
            .FirstOrDefaultAsync(ct);
        if (found is null || !await access.MayReadAsync(Domain.Sessions.ReflectiveLogEntry.Parties(found.SchemeId, found.PersonId)))
        {
            return NotFound();
        }

        return await PrintAsync(PrintedForms.ReflectiveLog(found.Entry, found.Coach, found.Coachee), ct);
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
        else if (await access.MayReadAsync(request.SupportRequestParties()))
        {
            summary = (await requests.SummaryAsync(id, ct))?.ForLineManager();
        }

        return summary is null ? NotFound() : await PrintAsync(PrintedForms.CoacheeApplication(summary), ct);
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
            var answered = application.Status != Domain.Register.ApplicationStatus.AwaitingLineManager || !await access.MayChangeAsync(application.SupportRequestParties());
            summary = await applications.ForLineManagerAsync(application, answered, ct);
        }
        else if (await access.MayReadAsync(application.AccessParties()))
        {
            summary = await applications.SummaryAsync(id, ct);
        }

        return summary is null ? NotFound() : await PrintAsync(PrintedForms.CoachApplication(summary), ct);
    }

    private static PrintedForms.About About(Partnership p, SessionRecord? session = null) =>
        new(p.Coach.FullName, p.Coachee.FullName, session?.SessionNumber, session?.MeetingDate);

    private async Task<IActionResult> PrintAsync(PrintedForm form, CancellationToken ct) =>
        (await renderer.RenderAsync(PrintedForm.ViewPath, form, ct: ct)).ToFileResult();
}
