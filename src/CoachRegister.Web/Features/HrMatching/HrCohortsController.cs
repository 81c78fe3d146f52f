using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Forms;
using CoachRegister.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrMatching;

/// <summary>
/// Matching a cohort at once (a programme intake, a year's fellows): choose the requests and the pool, see the
/// assignment that matches the most people with the highest total score under every eligibility rule and
/// every coach's places, with each pair's reasons and each unmatched request's reason; change any pair; then
/// release it, which sends every planned pair out as a proposal.
/// </summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/matching/cohorts")]
public class HrCohortsController(
    AppDbContext db,
    PortalAccess access,
    CohortPlanner planner,
    Matchmaker matchmaker,
    MatchingMail mail,
    TimeProvider time,
    IStringLocalizer<MatchingText> t) : Controller
{
    private const string Folder = "~/Features/HrMatching/Views/Cohorts/";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var asker = await access.AskerAsync();
        var schemes = asker.AdministeredSchemeIds.ToList();
        var names = await db.Schemes.AsNoTracking().Where(s => schemes.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new SchemeLink(s.Id, s.Name)).ToListAsync(ct);
        var plans = await db.CohortPlans.AsNoTracking().Where(c => schemes.Contains(c.SchemeId))
            .OrderByDescending(c => c.CreatedAt).Take(100)
            .Select(c => new { c.Id, c.Name, c.SchemeId, c.Status, Requests = c.Entries.Count, Planned = c.Entries.Count(e => e.CoachProfileId != null), c.CreatedAt, c.ReleasedAt })
            .ToListAsync(ct);
        return View(Folder + "Index.cshtml", new CohortListPage
        {
            Schemes = names,
            Plans = plans.Select(p => new CohortListRow(p.Id, p.Name, names.First(n => n.Id == p.SchemeId).Name, p.Status, p.Requests, p.Planned, p.CreatedAt, p.ReleasedAt)).ToList(),
        });
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid scheme, CancellationToken ct)
    {
        var page = new NewCohortPage { SchemeId = scheme, WholePool = true };
        return await WithChoicesAsync(page, ct) ? View(Folder + "New.cshtml", page) : NotFound();
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(NewCohortPage page, CancellationToken ct)
    {
        if (!await WithChoicesAsync(page, ct))
        {
            return NotFound();
        }

        var requests = page.RequestIds.Distinct().ToList();
        var coaches = page.CoachIds.Distinct().ToList();
        if (ModelState.IsValid && requests.Any(r => page.Requests.All(o => o.Id != r)))
        {
            ModelState.AddModelError(nameof(page.RequestIds), t["Select requests from the list"]);
        }

        if (ModelState.IsValid && page.WholePool == false && coaches.Any(c => page.Coaches.All(o => o.Id != c)))
        {
            ModelState.AddModelError(nameof(page.CoachIds), t["Select coaches and mentors from the list"]);
        }

        if (!ModelState.IsValid)
        {
            return View(Folder + "New.cshtml", page);
        }

        var scheme = await db.Schemes.AsNoTracking().FirstAsync(s => s.Id == page.SchemeId, ct);
        var state = await planner.StateAsync(requests, page.WholePool == true ? null : coaches, scheme.Matching.Rules, ct);
        var me = User.GetPersonId();
        var plan = CohortPlan.Plan(scheme.Id, page.Name!, state.Cohort, CohortMatching.Optimal(state.Cohort), me, time.GetUtcNow());
        db.CohortPlans.Add(plan);
        mail.Audit("CohortPlanned", nameof(CohortPlan), plan.Id, me, $"{plan.Entries.Count} requests, {plan.Pool.Count} coaches");
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Preview), new { id = plan.Id });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Preview(Guid id, CancellationToken ct)
    {
        var plan = await PlanAsync(id, tracked: false, ct);
        return plan is null || !await access.MayReadAsync(plan.AccessParties()) ? NotFound() : View(Folder + "Preview.cshtml", await PreviewAsync(plan, ct));
    }

    [HttpPost("{id:guid}/adjust")]
    public async Task<IActionResult> Adjust(Guid id, AdjustInput input, CancellationToken ct)
    {
        var plan = await PlanAsync(id, tracked: true, ct);
        if (plan is null || !await access.MayChangeAsync(plan.AccessParties()) || plan.Entries.All(e => e.MatchRequestId != input.Request))
        {
            return NotFound();
        }

        var (state, _) = await StateAsync(plan, ct);
        try
        {
            plan.Adjust(input.Request, input.Coach, state.Cohort, User.GetPersonId());
            mail.Audit("CohortAdjusted", nameof(CohortPlan), plan.Id, User.GetPersonId(), $"Request {input.Request}: coach {input.Coach?.ToString() ?? "none"}");
            await db.SaveChangesAsync(ct);
        }
        catch (RuleBrokenException broken)
        {
            ModelState.AddModelError(string.Empty, MatchingMessages.For(broken.Rule, t));
            return View(Folder + "Preview.cshtml", await PreviewAsync(plan, ct));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["Someone else changed this cohort a moment ago. Check it again."]);
            return View(Folder + "Preview.cshtml", await PreviewAsync((await PlanAsync(id, tracked: false, ct))!, ct));
        }

        TempData.Success(t["The cohort is changed"]);
        return RedirectToAction(nameof(Preview), new { id });
    }

    [HttpPost("{id:guid}/release")]
    public async Task<IActionResult> Release(Guid id, Guid concurrencyStamp, CancellationToken ct)
    {
        var plan = await PlanAsync(id, tracked: true, ct);
        if (plan is null || !await access.MayChangeAsync(plan.AccessParties()))
        {
            return NotFound();
        }

        var me = User.GetPersonId();
        db.Entry(plan).Property(p => p.ConcurrencyStamp).OriginalValue = concurrencyStamp;
        var planned = plan.Entries.Where(e => e.CoachProfileId is not null).ToList();
        var requestIds = planned.Select(e => e.MatchRequestId).ToList();
        var requests = await db.MatchRequests.SupportedInSchemesOf(await access.AskerAsync()).Include(r => r.Matches)
            .Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var scheme = await db.Schemes.AsNoTracking().FirstAsync(s => s.Id == plan.SchemeId, ct);
        try
        {
            if (requests.Count != planned.Count)
            {
                throw new RuleBrokenException(Rule.RequestNotAwaitingMatch);
            }

            plan.Release(me, time.GetUtcNow());
            await matchmaker.ProposeAllAsync(planned.Select(e => (requests[e.MatchRequestId], e.CoachProfileId!.Value)).ToList(), scheme.Matching, me, ct);
            mail.Audit("CohortReleased", nameof(CohortPlan), plan.Id, me, $"{planned.Count} proposals");
            await db.SaveChangesAsync(ct);
        }
        catch (RuleBrokenException broken)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, broken.Rule == Rule.CohortNotDraft
                ? MatchingMessages.For(broken.Rule, t)
                : t["Some pairs can no longer be made: a request was matched or withdrawn, or a coach's places changed. Change the pairs marked below and release again."]);
            return View(Folder + "Preview.cshtml", await PreviewAsync((await PlanAsync(id, tracked: false, ct))!, ct));
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, Matchmaker.LostPlaceRace(conflict)
                ? t["A coach in this cohort took another proposal a moment ago. Check the pairs and release again."]
                : t["Someone else changed or released this cohort a moment ago. Check it again."]);
            return View(Folder + "Preview.cshtml", await PreviewAsync((await PlanAsync(id, tracked: false, ct))!, ct));
        }

        TempData.Success(t.Plural(planned.Count, "The cohort is released: {0} proposal has gone out", "The cohort is released: {0} proposals have gone out"));
        return RedirectToAction(nameof(Preview), new { id });
    }

    [HttpPost("{id:guid}/discard")]
    public async Task<IActionResult> Discard(Guid id, CancellationToken ct)
    {
        var plan = await PlanAsync(id, tracked: true, ct);
        if (plan is null || !await access.MayChangeAsync(plan.AccessParties()))
        {
            return NotFound();
        }

        try
        {
            plan.Discard();
            mail.Audit("CohortDiscarded", nameof(CohortPlan), plan.Id, User.GetPersonId());
            await db.SaveChangesAsync(ct);
        }
        catch (RuleBrokenException broken)
        {
            TempData.Important(MatchingMessages.For(broken.Rule, t));
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Important(t["Someone else changed or released this cohort a moment ago. Check it again."]);
        }

        return RedirectToAction(nameof(Index));
    }

    /// <summary>A plan of the person's schemes, with its entries and pool.</summary>
    private async Task<CohortPlan?> PlanAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var schemes = (await access.AskerAsync()).AdministeredSchemeIds.ToList();
        var plans = db.CohortPlans.Include(p => p.Entries).Include(p => p.Pool).AsSplitQuery().Where(p => schemes.Contains(p.SchemeId));
        return await (tracked ? plans : plans.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    private async Task<(CohortState State, MatchingRules Rules)> StateAsync(CohortPlan plan, CancellationToken ct)
    {
        var scheme = await db.Schemes.AsNoTracking().FirstAsync(s => s.Id == plan.SchemeId, ct);
        var state = await planner.StateAsync(plan.Entries.Select(e => e.MatchRequestId).ToList(), plan.Pool.Select(c => c.CoachProfileId).ToList(), scheme.Matching.Rules, ct);
        return (state, scheme.Matching.Rules);
    }

    /// <summary>The requests and coaches a new cohort can take: the scheme's waiting requests, and its coaches with a place.</summary>
    private async Task<bool> WithChoicesAsync(NewCohortPage page, CancellationToken ct)
    {
        var asker = await access.AskerAsync();
        var scheme = await db.Schemes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == page.SchemeId, ct);
        if (scheme is null || !await access.MayChangeAsync(CohortPlan.Parties(scheme.Id)))
        {
            return false;
        }

        page.SchemeName = scheme.Name;
        var requests = await db.MatchRequests.AsNoTracking().SupportedInSchemesOf(asker)
            .Where(r => r.SchemeId == scheme.Id && (r.Status == MatchRequestStatus.AwaitingMatch || r.Status == MatchRequestStatus.Waitlisted))
            .OrderBy(r => r.LineManagerRespondedAt)
            .Select(r => new { r.Id, Name = r.Requester!.GivenName + " " + r.Requester.FamilyName, r.Wanted, Organisation = r.Requester.Organisation!.Name })
            .ToListAsync(ct);
        page.Requests = requests.Select(r => new CohortOption(r.Id, r.Name, $"{t[MatchingLabels.Kind(r.Wanted)]}, {r.Organisation}")).ToList();

        var open = await db.RegisterOpenings.AsNoTracking().Where(o => o.PartnerSchemeId == scheme.Id).Select(o => o.SchemeId).ToListAsync(ct);
        var visible = open.Append(scheme.Id).ToList();
        var coaches = await db.CoachProfiles.AsNoTracking()
            .Where(p => visible.Contains(p.SchemeId) && p.Status == ProfileStatus.Published && p.AcceptingNewCoachees)
            .Select(p => new
            {
                p.Id,
                Name = p.Person!.GivenName + " " + p.Person.FamilyName,
                p.Offers,
                p.Capacity,
                Used = db.Matches.Count(m => m.CoachProfileId == p.Id && EF.Constant(Match.HoldsPlace).Contains(m.Status)),
            })
            .Where(p => p.Capacity > p.Used)
            .OrderBy(p => p.Name)
            .ToListAsync(ct);
        page.Coaches = coaches.Select(c => new CohortOption(c.Id, c.Name, t.Plural(c.Capacity, "{1}, {2} of {0} place free", "{1}, {2} of {0} places free", t[CoachRegister.Web.Features.Register.RegisterLabels.Offer(c.Offers)], c.Capacity - c.Used))).ToList();
        return true;
    }

    private async Task<CohortPreviewPage> PreviewAsync(CohortPlan plan, CancellationToken ct)
    {
        var (state, rules) = await StateAsync(plan, ct);
        var cohort = state.Cohort;
        var requestIds = plan.Entries.Select(e => e.MatchRequestId).ToList();
        var requests = await db.MatchRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id))
            .Select(r => new { r.Id, Name = r.Requester!.GivenName + " " + r.Requester.FamilyName, r.Wanted, r.Status })
            .ToDictionaryAsync(r => r.Id, ct);
        var coachIds = plan.Pool.Select(c => c.CoachProfileId).ToList();
        var names = await db.CoachProfiles.AsNoTracking().Where(p => coachIds.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.Person!.GivenName + " " + p.Person.FamilyName })
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var pairs = cohort.Pairs.ToLookup(p => p.RequestId);
        var places = cohort.Coaches.ToDictionary(c => c.CoachId, c => c.Places);
        var plannedPerCoach = plan.Entries.Where(e => e.CoachProfileId is not null).GroupBy(e => e.CoachProfileId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var optimal = CohortMatching.Optimal(cohort);
        var greedy = CohortMatching.Greedy(cohort);
        var unmatchedReasons = optimal.Unmatched.ToDictionary(u => u.RequestId, u => u.Reason);

        var rows = new List<CohortRow>();
        long plannedScore = 0;
        var allPossible = true;
        foreach (var entry in plan.Entries.OrderBy(e => requests.TryGetValue(e.MatchRequestId, out var r) ? r.Name : ""))
        {
            var request = requests[entry.MatchRequestId];
            var waiting = request.Status is MatchRequestStatus.AwaitingMatch or MatchRequestStatus.Waitlisted;
            var eligible = pairs[entry.MatchRequestId].ToList();
            IReadOnlyList<Phrase> why = [];
            int? score = null;
            var possible = true;
            if (entry.CoachProfileId is { } coachId)
            {
                possible = waiting && eligible.Any(p => p.CoachId == coachId) && plannedPerCoach[coachId] <= places.GetValueOrDefault(coachId);
                if (state.Requests.TryGetValue(entry.MatchRequestId, out var facts) && state.Pool.TryGetValue(coachId, out var coach))
                {
                    var s = MatchScoring.Score(facts, coach, rules);
                    score = s.Total;
                    why = s.Parts.Select(MatchingLabels.Part).ToList();
                    plannedScore += s.Total;
                }
            }

            allPossible &= possible;
            Phrase? unmatched = entry.CoachProfileId is not null ? null
                : eligible.Count == 0 || eligible.All(p => places.GetValueOrDefault(p.CoachId) == 0) ? new(MatchingLabels.Unmatched(UnmatchedReason.NoEligibleCoach))
                : unmatchedReasons.ContainsKey(entry.MatchRequestId) ? new(MatchingLabels.Unmatched(UnmatchedReason.PlacesTakenByOtherMatches))
                : new("Left without a coach by the scheme team");
            var alternatives = eligible
                .Where(p => p.CoachId == entry.CoachProfileId || plannedPerCoach.GetValueOrDefault(p.CoachId) < places.GetValueOrDefault(p.CoachId))
                .OrderByDescending(p => p.Score)
                .Select(p => new Choice(p.CoachId.ToString(), t["{0} ({1} points)", names.GetValueOrDefault(p.CoachId) ?? "", p.Score]))
                .ToList();
            rows.Add(new CohortRow(
                entry.MatchRequestId, request.Name, request.Wanted, waiting, entry.CoachProfileId,
                entry.CoachProfileId is { } c ? names.GetValueOrDefault(c) : null, score, why, unmatched, possible, entry.AdjustedById is not null, alternatives));
        }

        var canChange = plan.Status == CohortPlanStatus.Draft && await access.MayChangeAsync(plan.AccessParties());
        return new CohortPreviewPage
        {
            Id = plan.Id,
            Name = plan.Name,
            SchemeName = (await db.Schemes.AsNoTracking().Where(s => s.Id == plan.SchemeId).Select(s => s.Name).FirstAsync(ct)),
            Status = plan.Status,
            Rows = rows,
            PoolSize = plan.Pool.Count,
            Places = cohort.Coaches.Sum(c => c.Places),
            EligiblePairs = cohort.Pairs.Count,
            Planned = plan.Entries.Count(e => e.CoachProfileId is not null),
            PlannedScore = plannedScore,
            OptimalMatched = optimal.MatchedCount,
            OptimalScore = optimal.TotalScore,
            GreedyMatched = greedy.MatchedCount,
            GreedyScore = greedy.TotalScore,
            CanChange = canChange,
            ReadyToRelease = canChange && allPossible && rows.Any(r => r.CoachId is not null),
            ConcurrencyStamp = plan.ConcurrencyStamp,
        };
    }
}
