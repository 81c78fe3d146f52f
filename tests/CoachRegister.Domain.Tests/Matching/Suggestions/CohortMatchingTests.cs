using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;
using static CoachRegister.Domain.Tests.Matching.Suggestions.MatchingData;

namespace CoachRegister.Domain.Tests.Matching.Suggestions;

public class CohortMatchingTests
{
    private const int Seeds = 600;

    public static TheoryData<string> Solvers => new() { nameof(CohortMatching.Optimal), nameof(CohortMatching.Greedy) };

    private static CohortResult Solve(string solver, Cohort cohort) =>
        solver == nameof(CohortMatching.Optimal) ? CohortMatching.Optimal(cohort) : CohortMatching.Greedy(cohort);

    [Fact]
    public void The_optimum_matches_as_many_and_scores_as_high_as_brute_force_on_small_random_cohorts()
    {
        var greedyWorse = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var cohort = RandomCohort(new Random(seed));

            var optimal = CohortMatching.Optimal(cohort);
            var (count, score) = BruteForce(cohort);

            Assert.True((count, score) == (optimal.MatchedCount, optimal.TotalScore),
                $"seed {seed}: brute force ({count}, {score}), solver ({optimal.MatchedCount}, {optimal.TotalScore})");

            var greedy = CohortMatching.Greedy(cohort);
            Assert.True(greedy.MatchedCount < optimal.MatchedCount
                || (greedy.MatchedCount == optimal.MatchedCount && greedy.TotalScore <= optimal.TotalScore), $"seed {seed}: greedy beat the optimum");
            if (greedy.MatchedCount != optimal.MatchedCount || greedy.TotalScore != optimal.TotalScore)
            {
                greedyWorse++;
            }
        }

        // The instances must be hard enough to tell the two apart, or the comparison above proves little.
        Assert.True(greedyWorse > Seeds / 20, $"greedy fell short on only {greedyWorse} of {Seeds} cohorts");
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void Places_eligibility_and_unmatched_reasons_always_hold(string solver)
    {
        for (var seed = 0; seed < Seeds; seed++)
        {
            var cohort = RandomCohort(new Random(seed));
            var result = Solve(solver, cohort);

            var pairs = cohort.Pairs.ToDictionary(p => (p.RequestId, p.CoachId));
            Assert.All(result.Matches, m => Assert.Equal(pairs[(m.RequestId, m.CoachId)], m));
            Assert.Equal(result.Matches.Count, result.Matches.Select(m => m.RequestId).Distinct().Count());
            var taken = result.Matches.CountBy(m => m.CoachId).ToDictionary();
            Assert.All(cohort.Coaches, c => Assert.True(taken.GetValueOrDefault(c.CoachId) <= c.Places, $"seed {seed}: coach over their places"));

            Assert.Equal(cohort.RequestIds.Order(), result.Matches.Select(m => m.RequestId).Concat(result.Unmatched.Select(u => u.RequestId)).Order());
            var places = cohort.Coaches.ToDictionary(c => c.CoachId, c => c.Places);
            foreach (var unmatched in result.Unmatched)
            {
                var eligible = cohort.Pairs.Where(p => p.RequestId == unmatched.RequestId).Select(p => p.CoachId).ToArray();
                Assert.Equal(eligible.Length, unmatched.EligibleCoaches);
                var withPlaces = eligible.Where(c => places[c] > 0).ToArray();
                if (withPlaces.Length == 0)
                {
                    Assert.Equal(UnmatchedReason.NoEligibleCoach, unmatched.Reason);
                }
                else
                {
                    Assert.Equal(UnmatchedReason.PlacesTakenByOtherMatches, unmatched.Reason);
                    Assert.All(withPlaces, c => Assert.Equal(places[c], taken.GetValueOrDefault(c)));
                }
            }
        }
    }

    [Fact]
    public void Matching_one_more_person_beats_a_higher_score()
    {
        // Ann suits Ravi best, but Ravi is the only coach Ben can have.
        var (ann, ben, ravi, sue) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var cohort = new Cohort(
            [ann, ben],
            [new CohortCoach(ravi, 1), new CohortCoach(sue, 1)],
            [new EligiblePair(ann, ravi, 100), new EligiblePair(ann, sue, 10), new EligiblePair(ben, ravi, 5)]);

        var optimal = CohortMatching.Optimal(cohort);
        var greedy = CohortMatching.Greedy(cohort);

        Assert.Equal([new EligiblePair(ann, sue, 10), new EligiblePair(ben, ravi, 5)], optimal.Matches);
        Assert.Equal([new EligiblePair(ann, ravi, 100)], greedy.Matches);
        Assert.Equal([new UnmatchedRequest(ben, UnmatchedReason.PlacesTakenByOtherMatches, 1)], greedy.Unmatched);
    }

    [Fact]
    public void Among_assignments_matching_as_many_the_highest_total_wins()
    {
        var (ann, ben, ravi, sue) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var cohort = new Cohort(
            [ann, ben],
            [new CohortCoach(ravi, 1), new CohortCoach(sue, 1)],
            [new EligiblePair(ann, ravi, 60), new EligiblePair(ann, sue, 50), new EligiblePair(ben, ravi, 55), new EligiblePair(ben, sue, 10)]);

        var optimal = CohortMatching.Optimal(cohort);

        Assert.Equal(105, optimal.TotalScore);
        Assert.Equal([new EligiblePair(ann, sue, 50), new EligiblePair(ben, ravi, 55)], optimal.Matches);
        Assert.Equal(70, CohortMatching.Greedy(cohort).TotalScore);
    }

    [Fact]
    public void A_coach_takes_as_many_people_as_they_have_places()
    {
        var requests = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var coach = Guid.NewGuid();
        var cohort = new Cohort(requests, [new CohortCoach(coach, 3)], requests.Select((r, i) => new EligiblePair(r, coach, i * 10)));

        var optimal = CohortMatching.Optimal(cohort);

        Assert.Equal(requests[2..], optimal.Matches.Select(m => m.RequestId));
        Assert.All(optimal.Unmatched, u => Assert.Equal(UnmatchedReason.PlacesTakenByOtherMatches, u.Reason));
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void An_empty_pool_matches_nobody(string solver)
    {
        var requests = new[] { Guid.NewGuid(), Guid.NewGuid() };

        var result = Solve(solver, new Cohort(requests, [], []));

        Assert.Empty(result.Matches);
        Assert.Equal(requests.Select(r => new UnmatchedRequest(r, UnmatchedReason.NoEligibleCoach, 0)), result.Unmatched);
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void No_eligible_pair_matches_nobody(string solver)
    {
        var request = Guid.NewGuid();

        var result = Solve(solver, new Cohort([request], [new CohortCoach(Guid.NewGuid(), 3)], []));

        Assert.Equal([new UnmatchedRequest(request, UnmatchedReason.NoEligibleCoach, 0)], result.Unmatched);
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void Coaches_without_places_match_nobody(string solver)
    {
        var requests = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var coaches = new[] { new CohortCoach(Guid.NewGuid(), 0), new CohortCoach(Guid.NewGuid(), 0) };

        var result = Solve(solver, new Cohort(requests, coaches, requests.SelectMany(r => coaches.Select(c => new EligiblePair(r, c.CoachId, 50)))));

        Assert.Empty(result.Matches);
        Assert.Equal(requests.Select(r => new UnmatchedRequest(r, UnmatchedReason.NoEligibleCoach, 2)), result.Unmatched);
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void An_empty_cohort_has_no_result(string solver)
    {
        var result = Solve(solver, new Cohort([], [new CohortCoach(Guid.NewGuid(), 2)], []));

        Assert.Empty(result.Matches);
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void Negative_scores_are_still_matched_rather_than_left_out()
    {
        var (request, coach) = (Guid.NewGuid(), Guid.NewGuid());

        var result = CohortMatching.Optimal(new Cohort([request], [new CohortCoach(coach, 1)], [new EligiblePair(request, coach, -15)]));

        Assert.Equal([new EligiblePair(request, coach, -15)], result.Matches);
    }

    [Fact]
    public void The_same_cohort_gives_the_same_assignment()
    {
        var cohort = RandomCohort(new Random(7), requests: 40, coaches: 30);

        Assert.Equal(CohortMatching.Optimal(cohort).Matches, CohortMatching.Optimal(RebuiltFrom(cohort)).Matches);
    }

    [Fact]
    public void A_cohort_refuses_inconsistent_input()
    {
        var (request, coach) = (Guid.NewGuid(), Guid.NewGuid());
        CohortCoach[] pool = [new(coach, 1)];

        Assert.Throws<ArgumentException>(() => new Cohort([request, request], pool, []));
        Assert.Throws<ArgumentException>(() => new Cohort([request], [new(coach, 1), new(coach, 2)], []));
        Assert.Throws<ArgumentException>(() => new Cohort([request], [new(coach, -1)], []));
        Assert.Throws<ArgumentException>(() => new Cohort([request], pool, [new EligiblePair(Guid.NewGuid(), coach, 1)]));
        Assert.Throws<ArgumentException>(() => new Cohort([request], pool, [new EligiblePair(request, Guid.NewGuid(), 1)]));
        Assert.Throws<ArgumentException>(() => new Cohort([request], pool, [new EligiblePair(request, coach, 1), new EligiblePair(request, coach, 2)]));
    }

    [Fact]
    public void Building_a_cohort_keeps_only_eligible_pairs_with_their_scores_and_places_left()
    {
        var requests = new[] { Request(), Request() with { Wanted = OfferType.Mentoring }, Request() with { ServiceAreaId = AdultServices } };
        var coaches = new[] { Coach(), Coach() with { Offers = OfferType.Both, Capacity = 3, PlacesUsed = 1 }, Coach() with { Status = ProfileStatus.Paused } };
        var rules = MatchingRules.Default;

        var cohort = Cohort.Build(requests, coaches, rules);

        var expected = requests.SelectMany(r => coaches
            .Where(c => MatchEligibility.Check(r, c, rules) == Ineligibility.None)
            .Select(c => new EligiblePair(r.RequestId, c.ProfileId, MatchScoring.Score(r, c, rules).Total)));
        Assert.Equal(expected, cohort.Pairs);
        Assert.Equal(3, cohort.Pairs.Count);
        Assert.Equal(coaches.Select(c => new CohortCoach(c.ProfileId, c.PlacesLeft)), cohort.Coaches);
    }

    /// <summary>Up to 6 requests and 6 coaches with 0-3 places, each pair eligible with a random chance.</summary>
    private static Cohort RandomCohort(Random random, int? requests = null, int? coaches = null)
    {
        var requestIds = Enumerable.Range(0, requests ?? random.Next(0, 7)).Select(_ => Guid.NewGuid()).ToArray();
        var pool = Enumerable.Range(0, coaches ?? random.Next(0, 7)).Select(_ => new CohortCoach(Guid.NewGuid(), random.Next(0, 4))).ToArray();
        var density = random.NextDouble();
        var pairs = requestIds
            .SelectMany(r => pool.Where(_ => random.NextDouble() < density).Select(c => new EligiblePair(r, c.CoachId, random.Next(-20, 101))))
            .ToArray();
        return new Cohort(requestIds, pool, pairs);
    }

    private static Cohort RebuiltFrom(Cohort cohort) =>
        new([.. cohort.RequestIds], [.. cohort.Coaches], [.. cohort.Pairs]);

    /// <summary>The best (matched count, total score) over every assignment, by trying them all.</summary>
    private static (int Count, long Score) BruteForce(Cohort cohort)
    {
        var placesLeft = cohort.Coaches.ToDictionary(c => c.CoachId, c => c.Places);
        var options = cohort.RequestIds.Select(r => cohort.Pairs.Where(p => p.RequestId == r).ToArray()).ToArray();
        var best = (Count: 0, Score: 0L);

        void Try(int request, int count, long score)
        {
            if (request == options.Length)
            {
                if (count > best.Count || (count == best.Count && score > best.Score))
                {
                    best = (count, score);
                }

                return;
            }

            Try(request + 1, count, score);
            foreach (var pair in options[request])
            {
                if (placesLeft[pair.CoachId] > 0)
                {
                    placesLeft[pair.CoachId]--;
                    Try(request + 1, count + 1, score + pair.Score);
                    placesLeft[pair.CoachId]++;
                }
            }
        }

        Try(0, 0, 0);
        return best;
    }
}
