using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Matching;

/// <summary>
/// Which waiting requests now have an eligible coach: when a coach frees a place or a new coach joins with the
/// areas wanted, the scheme team sees it on the queue and the home page. Computed from one load of the
/// requests and of the coaches they could see, never per request.
/// </summary>
public sealed class WaitlistWatch(AppDbContext db, MatchingFacts facts)
{
    /// <summary>For each request given, how many coaches are eligible for it now under its scheme's rules.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> EligibleCountsAsync(IReadOnlyCollection<Guid> requestIds, CancellationToken ct)
    {
        var requests = await facts.RequestsAsync(requestIds, ct);
        if (requests.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var schemeIds = requests.Select(r => r.SchemeId).Distinct().ToList();
        var rules = await RulesAsync(schemeIds, ct);
        var coaches = await facts.CoachesAsync(
            requests.SelectMany(r => r.VisibleSchemeIds).Distinct().ToList(),
            OfferType.Both,
            DeliveryFormat.None,
            [],
            requests.SelectMany(r => r.AreasNeeded).Distinct().ToList(),
            ct);
        return requests.ToDictionary(
            r => r.RequestId,
            r => coaches.Coaches.Count(c => MatchEligibility.Check(r, c, rules[r.SchemeId]) == Ineligibility.None));
    }

    /// <summary>The waitlisted requests of the asker's schemes that now have at least one eligible coach.</summary>
    public async Task<int> WaitlistedWithACoachNowAsync(Asker asker, CancellationToken ct)
    {
        var waitlisted = await db.MatchRequests.AsNoTracking().SupportedInSchemesOf(asker)
            .Where(r => r.Status == MatchRequestStatus.Waitlisted)
            .Select(r => r.Id)
            .ToListAsync(ct);
        var counts = await EligibleCountsAsync(waitlisted, ct);
        return counts.Values.Count(n => n > 0);
    }

    public async Task<IReadOnlyDictionary<Guid, MatchingRules>> RulesAsync(IReadOnlyCollection<Guid> schemeIds, CancellationToken ct) =>
        (await db.Schemes.AsNoTracking().Where(s => schemeIds.Contains(s.Id)).Select(s => new { s.Id, s.Matching }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => s.Matching.Rules);
}
