using BenchmarkDotNet.Attributes;
using CoachRegister.Domain.Matching.Suggestions;

namespace CoachRegister.Benchmarks;

/// <summary>
/// A cohort of 1,000 requests against 2,000 coaches with places (seeded, <see cref="MatchingInstances"/>):
/// building the eligible pairs with their scores, then the optimal assignment beside the greedy baseline.
/// </summary>
[MemoryDiagnoser]
public class CohortMatchingBenchmarks
{
    public const int Seed = 2026;

    private RequestToMatch[] _requests = null!;
    private CoachCandidate[] _coaches = null!;
    private Cohort _cohort = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_requests, _coaches) = MatchingInstances.Cohort(Seed, MatchingInstances.CohortRequests, MatchingInstances.CohortCoaches);
        _cohort = Cohort.Build(_requests, _coaches, MatchingInstances.Rules);
    }

    [Benchmark]
    public Cohort BuildPairs() => Cohort.Build(_requests, _coaches, MatchingInstances.Rules);

    [Benchmark(Baseline = true)]
    public CohortResult Greedy() => CohortMatching.Greedy(_cohort);

    [Benchmark]
    public CohortResult Optimal() => CohortMatching.Optimal(_cohort);
}
