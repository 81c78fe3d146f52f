using CoachRegister.Data;
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
public class DocumentsController(AppDbContext db, PortalAccess access, PartnershipDocuments documents, DocumentRenderer renderer) : Controller
{
    /// <summary>The latest version of the agreement, or the version asked for.</summary>
    [HttpGet("relationships/{id:guid}/agreement.pdf")]
    public async Task<IActionResult> Agreement(Guid id, int? version, CancellationToken ct) =>
        await PrintAsync(await documents.AgreementAsync(id, version, ct), ct);

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
            })
            .FirstOrDefaultAsync(ct);
        if (found is null || !await access.MayReadAsync(Domain.Sessions.ReflectiveLogEntry.Parties(found.SchemeId, found.PersonId)))
        {
            return NotFound();
        }

        return await PrintAsync(DocumentToPrint.Form(PrintedForms.ReflectiveLog(found.Entry, found.Coach, found.Coachee)), ct);
    }

    private async Task<IActionResult> PrintAsync(DocumentToPrint? document, CancellationToken ct) =>
        document is null ? NotFound() : (await renderer.RenderAsync(document.ViewPath, document.Model, ct: ct)).ToFileResult();
}
