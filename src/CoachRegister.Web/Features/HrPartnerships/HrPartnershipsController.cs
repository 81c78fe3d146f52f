using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.HrPartnerships;

public sealed record SchemeFigures(
    Guid SchemeId,
    string SchemeName,
    IReadOnlyDictionary<MatchStatus, int> Partnerships,
    int SessionsHeld,
    decimal HoursHeld,
    int SessionsCancelled,
    IReadOnlyDictionary<EndingCategory, int> Endings,
    int Evaluations,
    int WouldRecommend,
    IReadOnlyList<ReviewFlagRow> OpenReviews);

public sealed record ReviewFlagRow(Guid MatchId, string CoachName, string CoacheeName, ReviewReason Reason, DateTimeOffset RaisedAt);

/// <summary>
/// HR's figures for the schemes they administer: partnerships, sessions and hours, cancellations, endings by
/// category, evaluations returned, and the reviews that are due. Dates, counts and hours only, never content.
/// </summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/partnerships")]
public class HrPartnershipsController(AppDbContext db, PortalAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var asker = await access.AskerAsync();
        var schemes = asker.AdministeredSchemeIds.ToList();
        var names = await db.Schemes.AsNoTracking().Where(s => schemes.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var matches = db.Matches.AsNoTracking().InSchemesAdministeredBy(asker);
        var byStatus = await matches.GroupBy(m => new { m.Coach!.SchemeId, m.Status }).Select(g => new { g.Key.SchemeId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var sessions = await db.SessionRecords.AsNoTracking()
            .Where(s => schemes.Contains(s.Match!.Coach!.SchemeId) && s.Status != SessionStatus.Planned)
            .GroupBy(s => new { s.Match!.Coach!.SchemeId, s.Status })
            .Select(g => new { g.Key.SchemeId, g.Key.Status, Count = g.Count(), Minutes = g.Sum(s => s.DurationMinutes) })
            .ToListAsync(ct);
        var endings = await db.PartnershipEndings.AsNoTracking()
            .Join(matches, e => e.MatchId, m => m.Id, (e, m) => new { m.Coach!.SchemeId, e.Category })
            .GroupBy(x => new { x.SchemeId, x.Category }).Select(g => new { g.Key.SchemeId, g.Key.Category, Count = g.Count() }).ToListAsync(ct);
        var evaluations = await db.FinalEvaluations.AsNoTracking()
            .Join(matches, e => e.MatchId, m => m.Id, (e, m) => new { m.Coach!.SchemeId, e.WouldRecommend })
            .GroupBy(x => x.SchemeId).Select(g => new { SchemeId = g.Key, Count = g.Count(), Recommend = g.Count(x => x.WouldRecommend == true) }).ToListAsync(ct);
        var open = await db.PartnershipReviews.AsNoTracking().Where(r => r.CompletedAt == null)
            .Join(matches, r => r.MatchId, m => m.Id, (r, m) => new
            {
                m.Coach!.SchemeId,
                MatchId = m.Id,
                Coach = m.Coach.Person!.GivenName + " " + m.Coach.Person.FamilyName,
                Coachee = m.Coachee!.GivenName + " " + m.Coachee.FamilyName,
                r.Reason,
                r.RaisedAt,
            })
            .ToListAsync(ct);

        var figures = new List<SchemeFigures>();
        foreach (var scheme in names)
        {
            if (!await access.MayReadAsync(new RecordParties(RecordKind.PartnershipReview, scheme.Id)))
            {
                continue;
            }

            var held = sessions.FirstOrDefault(s => s.SchemeId == scheme.Id && s.Status == SessionStatus.Held);
            figures.Add(new SchemeFigures(
                scheme.Id,
                scheme.Name,
                byStatus.Where(s => s.SchemeId == scheme.Id).ToDictionary(s => s.Status, s => s.Count),
                held?.Count ?? 0,
                (held?.Minutes ?? 0) / 60m,
                sessions.FirstOrDefault(s => s.SchemeId == scheme.Id && s.Status == SessionStatus.Cancelled)?.Count ?? 0,
                endings.Where(e => e.SchemeId == scheme.Id).ToDictionary(e => e.Category, e => e.Count),
                evaluations.FirstOrDefault(e => e.SchemeId == scheme.Id)?.Count ?? 0,
                evaluations.FirstOrDefault(e => e.SchemeId == scheme.Id)?.Recommend ?? 0,
                open.Where(o => o.SchemeId == scheme.Id).OrderBy(o => o.RaisedAt).Select(o => new ReviewFlagRow(o.MatchId, o.Coach, o.Coachee, o.Reason, o.RaisedAt)).ToList()));
        }

        return View(figures);
    }
}
