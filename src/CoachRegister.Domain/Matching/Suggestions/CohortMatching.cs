using Google.OrTools.Graph;

namespace CoachRegister.Domain.Matching.Suggestions;

/// <summary>Why a request of a cohort was left without a coach.</summary>
public enum UnmatchedReason
{
    /// <summary>No coach in the pool is eligible for the request and has a place.</summary>
    NoEligibleCoach = 0,

    /// <summary>Eligible coaches had places, but every one of them went to other requests.</summary>
    PlacesTakenByOtherMatches = 1,
}

/// <summary>A request left without a coach: why, and how many coaches in the pool were eligible for it.</summary>
public sealed record UnmatchedRequest(Guid RequestId, UnmatchedReason Reason, int EligibleCoaches);

/// <summary>The matches made for a cohort (in the order of its requests) and the requests left without one.</summary>
public sealed class CohortResult(IReadOnlyList<EligiblePair> matches, IReadOnlyList<UnmatchedRequest> unmatched)
{
    public IReadOnlyList<EligiblePair> Matches { get; } = matches;

    public IReadOnlyList<UnmatchedRequest> Unmatched { get; } = unmatched;

    public int MatchedCount => Matches.Count;

    public long TotalScore { get; } = matches.Sum(m => (long)m.Score);
}

/// <summary>
/// Matching a cohort of requests with a pool of coaches at once: each request gets at most one coach, each coach
/// at most their places, and only along the cohort's eligible pairs.
/// </summary>
public static class CohortMatching
{
    /// <summary>
    /// The assignment that matches the most requests and, among those, has the highest total score. Matching one
    /// more person always beats a higher score: no gain in points for people already matched is worth leaving
    /// someone without a coach who could have had one. Solved exactly as a maximum flow of minimum cost (OR-Tools
    /// <see cref="MinCostFlow"/>): source to each request (capacity 1), request to each eligible coach with a place
    /// (capacity 1, cost = best score in the cohort - score), coach to sink (capacity = places); a request's
    /// lowest-scoring coaches are left out where they cannot be needed (see the code). Every maximum flow
    /// matches the same number of requests, so the least cost among them is the highest total score. Between
    /// equally good assignments the solver chooses, the same way for the same input.
    /// </summary>
    public static CohortResult Optimal(Cohort cohort)
    {
        var requests = cohort.RequestIds.Count;
        var coaches = cohort.Coaches.Count;
        var places = cohort.PlacesOf;
        var assigned = new int[requests];
        Array.Fill(assigned, -1);

        var best = 0;
        var matchable = 0;
        var widest = 0;
        for (var r = 0; r < requests; r++)
        {
            var usable = 0;
            for (var i = cohort.FirstPairOf[r]; i < cohort.FirstPairOf[r + 1]; i++)
            {
                var p = cohort.PairsByRequest[i];
                if (places[cohort.PairCoach[p]] > 0)
                {
                    best = Math.Max(best, cohort.PairScore[p]);
                    usable++;
                }
            }

            matchable += usable > 0 ? 1 : 0;
            widest = Math.Max(widest, usable);
        }

        if (matchable == 0)
        {
            return Result(cohort, assigned);
        }

        // Each request keeps only its best-scoring coaches until their places reach the number of requests that
        // can be matched at all. That loses nothing: in any assignment the other requests fill fewer places than
        // that, so a request sent to a coach left out could move to a kept coach with a free place, scoring at
        // least as much, with as many people matched. On a cohort with places to spare it drops most arcs.
        var kept = new List<int>();
        var keys = new long[widest];
        var candidates = new int[widest];
        for (var r = 0; r < requests; r++)
        {
            var count = 0;
            for (var i = cohort.FirstPairOf[r]; i < cohort.FirstPairOf[r + 1]; i++)
            {
                var p = cohort.PairsByRequest[i];
                if (places[cohort.PairCoach[p]] > 0)
                {
                    keys[count] = ((long)-cohort.PairScore[p] << 32) | (uint)count;
                    candidates[count++] = p;
                }
            }

            Array.Sort(keys, candidates, 0, count);
            long placesKept = 0;
            for (var k = 0; k < count && placesKept < matchable; k++)
            {
                kept.Add(candidates[k]);
                placesKept += places[cohort.PairCoach[candidates[k]]];
            }
        }

        // Nodes: 0 the source, 1..R the requests, R+1..R+C the coaches, R+C+1 the sink.
        var sink = requests + coaches + 1;
        using var flow = new MinCostFlow(sink + 1, kept.Count + requests + coaches);
        var pairArcs = new int[kept.Count];
        var indegree = new int[coaches];
        var previous = -1;
        for (var a = 0; a < kept.Count; a++)
        {
            var p = kept[a];
            var r = cohort.PairRequest[p];
            var c = cohort.PairCoach[p];
            if (r != previous)
            {
                flow.AddArcWithCapacityAndUnitCost(0, 1 + r, 1, 0);
                previous = r;
            }

            pairArcs[a] = flow.AddArcWithCapacityAndUnitCost(1 + r, 1 + requests + c, 1, best - cohort.PairScore[p]);
            indegree[c]++;
        }

        for (var c = 0; c < coaches; c++)
        {
            if (indegree[c] > 0)
            {
                flow.AddArcWithCapacityAndUnitCost(1 + requests + c, sink, Math.Min(places[c], indegree[c]), 0);
            }
        }

        flow.SetNodeSupply(0, matchable);
        flow.SetNodeSupply(sink, -matchable);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver stopped with status {status}.");
        }

        for (var a = 0; a < kept.Count; a++)
        {
            if (flow.Flow(pairArcs[a]) > 0)
            {
                var p = kept[a];
                assigned[cohort.PairRequest[p]] = p;
            }
        }

        return Result(cohort, assigned);
    }

    /// <summary>
    /// The baseline: pairs taken best score first (ties: earlier request, then the pair given first) while the
    /// request is unmatched and the coach has a place left. Quick and never leaves a request unmatched next to a
    /// free eligible place, but it can match fewer people and score less than <see cref="Optimal"/>.
    /// </summary>
    public static CohortResult Greedy(Cohort cohort)
    {
        var count = cohort.Pairs.Count;
        var best = cohort.PairScore.Length > 0 ? Math.Max(0, cohort.PairScore.Max()) : 0;

        // One sortable key per pair: the score's distance from the best, then its place in request order.
        var keys = new long[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            var p = cohort.PairsByRequest[i];
            keys[i] = checked(((long)best - cohort.PairScore[p]) * count) + i;
            order[i] = p;
        }

        Array.Sort(keys, order);

        var assigned = new int[cohort.RequestIds.Count];
        Array.Fill(assigned, -1);
        var left = (int[])cohort.PlacesOf.Clone();
        foreach (var p in order)
        {
            var r = cohort.PairRequest[p];
            var c = cohort.PairCoach[p];
            if (assigned[r] < 0 && left[c] > 0)
            {
                assigned[r] = p;
                left[c]--;
            }
        }

        return Result(cohort, assigned);
    }

    /// <param name="assigned">The pair index each request was matched along, or -1.</param>
    private static CohortResult Result(Cohort cohort, int[] assigned)
    {
        var matches = new List<EligiblePair>();
        var unmatched = new List<UnmatchedRequest>();
        for (var r = 0; r < assigned.Length; r++)
        {
            if (assigned[r] >= 0)
            {
                matches.Add(cohort.Pairs[assigned[r]]);
                continue;
            }

            var eligible = 0;
            var withPlaces = 0;
            for (var i = cohort.FirstPairOf[r]; i < cohort.FirstPairOf[r + 1]; i++)
            {
                eligible++;
                if (cohort.PlacesOf[cohort.PairCoach[cohort.PairsByRequest[i]]] > 0)
                {
                    withPlaces++;
                }
            }

            var reason = withPlaces == 0 ? UnmatchedReason.NoEligibleCoach : UnmatchedReason.PlacesTakenByOtherMatches;
            unmatched.Add(new UnmatchedRequest(cohort.RequestIds[r], reason, eligible));
        }

        return new CohortResult(matches, unmatched);
    }
}
