using CoachRegister.Web.Infrastructure.Forms;
using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Supervision;

public sealed record SuperviseeRow(Guid ProfileId, string Name, ComplianceStatus Status, string Summary);

public sealed record AwaitingRow(Guid SessionId, string CoachName, DateOnly Date, SupervisionKind Kind, decimal Hours);

public sealed class SupervisionViewModel
{
    public required List<SuperviseeRow> Supervisees { get; init; }
    public required List<AwaitingRow> Awaiting { get; init; }
}

/// <summary>
/// The supervisor's or lead mentor's page: the practitioners HR allocated to them with their standing, and
/// the supervision sessions that name them, waiting for confirmation. Anyone signed in may open it: it
/// shows only what the policy lets them read.
/// </summary>
[Route("supervision")]
public class SupervisionController(
    AppDbContext db, PortalAccess access, ComplianceEvaluation evaluation, DevelopmentRecords records, TimeProvider time,
    IStringLocalizer<ComplianceText> t, IStringLocalizer<RegisterText> rt) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var asker = await access.AskerAsync();
        // The lists are the policy as query filters (RecordScopes, tested against it record by record).
        var supervisees = await db.CoachProfiles.AsNoTracking().SupervisedBy(asker)
            .Select(p => new { p.Id, p.SchemeId })
            .ToListAsync(ct);
        var rows = new List<SuperviseeRow>();
        foreach (var scheme in supervisees.GroupBy(s => s.SchemeId))
        {
            foreach (var standing in await evaluation.EvaluateAsync(scheme.Key, records.Today, [.. scheme.Select(s => s.Id)], ct))
            {
                var shortfalls = standing.Result.Requirements.Where(r => r.Status >= RequirementStatus.DueSoon).Select(r => ComplianceWords.Reason(r, t));
                rows.Add(new SuperviseeRow(standing.ProfileId, standing.Name, standing.Result.Status, string.Join("; ", shortfalls)));
            }
        }

        var awaiting = await db.SupervisionSessions.AsNoTracking().AwaitingConfirmationBy(asker)
            .OrderBy(s => s.Date)
            .Join(db.CoachProfiles, s => s.CoachProfileId, p => p.Id, (s, p) => new AwaitingRow(
                s.Id, p.Person!.GivenName + " " + p.Person.FamilyName, s.Date, s.Kind, s.Hours))
            .ToListAsync(ct);

        return View(new SupervisionViewModel { Supervisees = rows.OrderBy(r => r.Name).ToList(), Awaiting = awaiting });
    }

    [HttpGet("{profileId:guid}")]
    public async Task<IActionResult> Supervisee(Guid profileId, CancellationToken ct)
    {
        if (await records.PartiesAsync(profileId, ct) is not { } parties
            || !await access.MayReadAsync(CpdActivity.Parties(parties.SchemeId, parties.OwnerPersonId, parties.SupervisorPersonId)))
        {
            return NotFound();
        }

        var record = await records.LoadAsync(profileId, isOwner: false, ct);
        return record is null ? NotFound() : View(record);
    }

    [HttpPost("sessions/{id:guid}/confirm")]
    public async Task<IActionResult> Confirm(Guid id, CancellationToken ct)
    {
        var session = await db.SupervisionSessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        var owner = session is null ? null : await db.CoachProfiles.AsNoTracking().Where(p => p.Id == session.CoachProfileId)
            .Select(p => new { p.SchemeId, p.PersonId }).FirstOrDefaultAsync(ct);
        if (session is null || owner is null || !await access.MayChangeAsync(session.ConfirmationParties(owner.SchemeId, owner.PersonId)))
        {
            return NotFound();
        }

        try
        {
            session.Confirm(User.FindPersonId()!.Value, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            TempData.Success(t["Session confirmed"].Value);
        }
        catch (RuleBrokenException broken)
        {
            TempData.Important(RuleMessages.For(broken.Rule, rt));
        }

        return Redirect("/supervision");
    }
}
