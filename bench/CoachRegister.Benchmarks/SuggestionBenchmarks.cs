using BenchmarkDotNet.Attributes;
using CoachRegister.Domain.Matching.Suggestions;

namespace CoachRegister.Benchmarks;

/// <summary>
/// One request against 5,000 in-memory coaches (seeded, <see cref="MatchingInstances"/>): the whole suggestion
/// list (eligibility, scores with their parts, ranking) beside eligibility alone as the baseline.
/// </summary>
[MemoryDiagnoser]
public class SuggestionBenchmarks
{
    public const int Seed = 2026;

    private RequestToMatch _request = null!;
    private CoachCandidate[] _coaches = null!;

    [GlobalSetup]
    public void Setup() =>
        (_request, _coaches) = MatchingInstances.Register(Seed, MatchingInstances.RegisterCoaches);

    [Benchmark(Baseline = true)]
    public int EligibilityOnly()
    {
        var eligible = 0;
        foreach (var coach in _coaches)
        {
            if (MatchEligibility.Check(_request, coach, MatchingInstances.Rules) == Ineligibility.None)
            {
                eligible++;
            }
        }

        return eligible;
    }

    [Benchmark]
    public SuggestionList RankOneRequest() => MatchSuggestions.For(_request, _coaches, MatchingInstances.Rules);
}
