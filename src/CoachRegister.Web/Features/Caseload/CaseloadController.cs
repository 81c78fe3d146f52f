using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Caseload;

public sealed record CaseloadRow(
    Guid MatchId,
    string CoacheeName,
    OfferType Kind,
    MatchStatus Status,
    int SessionsHeld,
    decimal Hours,
    DateOnly? NextSession,
    DateOnly? ReviewDue,
    bool ReviewFlagged);

public sealed record CaseloadViewModel(IReadOnlyList<CaseloadRow> Current, IReadOnlyList<CaseloadRow> Ended, DateOnly Today);

/// <summary>
/// The coach's caseload: every coachee, where the partnership stands, sessions and hours, the next session and
/// when the review is due. Three queries however many sessions there are.
/// </summary>
[Authorize]
[Route("caseload")]
public class CaseloadController(AppDbContext db, PortalAccess access, SchemeClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var asker = await access.AskerAsync();
        var matches = await db.Matches.AsNoTracking().ProposedTo(asker)
            .Where(m => m.Status == MatchStatus.Contracting || m.Status == MatchStatus.Active || m.Status == MatchStatus.OnHold || m.Status == MatchStatus.Ended)
            .OrderBy(m => m.Coachee!.GivenName).ThenBy(m => m.Coachee!.FamilyName)
            .Select(m => new
            {
                m.Id,
                Name = m.Coachee!.GivenName + " " + m.Coachee.FamilyName,
                m.Kind,
                m.Status,
                m.StartedOn,
                m.Coach!.Scheme!.ReviewAfterSessions,
                m.Coach.Scheme.ReviewAfterMonths,
                m.Coach.SchemeId,
                CoachPersonId = m.Coach.PersonId,
                m.CoacheeId,
            })
            .ToListAsync(ct);
        var ids = matches.Select(m => m.Id).ToList();
        var sessions = await db.SessionRecords.AsNoTracking().Where(s => ids.Contains(s.MatchId))
            .Select(s => new { s.MatchId, s.Status, s.MeetingDate, s.DurationMinutes }).ToListAsync(ct);
        var reviews = await db.PartnershipReviews.AsNoTracking().Where(r => ids.Contains(r.MatchId))
            .Select(r => new { r.MatchId, r.Reason, r.CompletedAt }).ToListAsync(ct);

        var today = clock.Today;
        var rows = new List<CaseloadRow>();
        foreach (var m in matches)
        {
            // The figures are activity figures: the caseload shows only partnerships whose figures the coach may read.
            if (!await access.MayReadAsync(new RecordParties(RecordKind.ActivityFigures, m.SchemeId, CoachPersonId: m.CoachPersonId, CoacheePersonId: m.CoacheeId)))
            {
                continue;
            }

            var own = sessions.Where(s => s.MatchId == m.Id).ToList();
            var held = own.Where(s => s.Status == SessionStatus.Held).ToList();
            var ownReviews = reviews.Where(r => r.MatchId == m.Id).ToList();
            var reviewDone = ownReviews.Any(r => r.Reason == ReviewReason.ReviewPoint && r.CompletedAt != null);
            rows.Add(new CaseloadRow(
                m.Id,
                m.Name,
                m.Kind,
                m.Status,
                held.Count,
                held.Sum(s => s.DurationMinutes) / 60m,
                own.Where(s => s.Status == SessionStatus.Planned && s.MeetingDate >= today).Select(s => (DateOnly?)s.MeetingDate).Min(),
                reviewDone || m.Status == MatchStatus.Ended ? null : Programme.ReviewDueOn(m.StartedOn, held.Select(s => s.MeetingDate), m.ReviewAfterSessions, m.ReviewAfterMonths),
                ownReviews.Any(r => r.Reason == ReviewReason.CancellationsInARow && r.CompletedAt == null)));
        }

        return View(new CaseloadViewModel(rows.Where(r => r.Status != MatchStatus.Ended).ToList(), rows.Where(r => r.Status == MatchStatus.Ended).ToList(), today));
    }
}
