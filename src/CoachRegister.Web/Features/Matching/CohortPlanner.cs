using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;

namespace CoachRegister.Web.Features.Matching;

/// <summary>A cohort as it stands now: the requests and coaches as matching sees them, and the eligible pairs with their scores.</summary>
public sealed record CohortState(
    IReadOnlyDictionary<Guid, RequestToMatch> Requests,
    IReadOnlyDictionary<Guid, CoachCandidate> Pool,
    Cohort Cohort,
    MatchingRules Rules);

/// <summary>
/// Reads a cohort for the scheme team in a fixed number of queries (the requests, their reporting lines and
/// registers, the coaches with their areas and places) and builds the pure <see cref="Cohort"/> that
/// <see cref="CohortMatching"/> solves.
/// </summary>
public sealed class CohortPlanner(MatchingFacts facts)
{
    /// <param name="poolIds">The coaches of the pool, or null for every coach the requests could see who has a place.</param>
    public async Task<CohortState> StateAsync(IReadOnlyCollection<Guid> requestIds, IReadOnlyCollection<Guid>? poolIds, MatchingRules rules, CancellationToken ct)
    {
        var requests = await facts.RequestsAsync(requestIds, ct);
        var areas = requests.SelectMany(r => r.AreasNeeded).Distinct().ToList();
        var coaches = poolIds is null
            ? (await facts.CoachesAsync(requests.SelectMany(r => r.VisibleSchemeIds).Distinct().ToList(), OfferType.Both, DeliveryFormat.None, [], areas, ct)).Coaches
            : (await facts.CoachesByIdAsync(poolIds, areas, ct)).Coaches;
        var inOrder = requestIds.Select(id => requests.FirstOrDefault(r => r.RequestId == id)).OfType<RequestToMatch>().ToList();
        var pool = coaches.OrderBy(c => c.ProfileId).ToList();
        return new CohortState(
            inOrder.ToDictionary(r => r.RequestId),
            pool.ToDictionary(c => c.ProfileId),
            Cohort.Build(inOrder, pool, rules),
            rules);
    }
}
