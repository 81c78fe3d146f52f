using System.Diagnostics;
using System.Globalization;
using CoachRegister.Domain.Matching.Suggestions;

namespace CoachRegister.Benchmarks;

/// <summary>
/// How much the optimal assignment beats the greedy baseline on large seeded cohorts (the instances of
/// <see cref="CohortMatchingBenchmarks"/>), with single wall-clock timings: `cohort-quality [SEEDS]`.
/// </summary>
public static class CohortQuality
{
    public static void Print(int seeds)
    {
        Console.WriteLine("| instance | seed | pairs eligible | places | optimal matched | greedy matched | optimal score | greedy score | score gain | build ms | optimal ms | greedy ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, requests, coaches, keep) in new[]
        {
            ("1,000 x 2,000 (places to spare)", MatchingInstances.CohortRequests, MatchingInstances.CohortCoaches, 1.0),
            ("1,000 x 350 (places short)", MatchingInstances.CohortRequests, 350, 1.0),
            ("1,000 x 350, 1 eligible pair in 20 kept", MatchingInstances.CohortRequests, 350, 0.05),
        })
        {
            for (var seed = CohortMatchingBenchmarks.Seed; seed < CohortMatchingBenchmarks.Seed + seeds; seed++)
            {
                var (requestList, coachList) = MatchingInstances.Cohort(seed, requests, coaches);
                var clock = Stopwatch.StartNew();
                var cohort = Cohort.Build(requestList, coachList, MatchingInstances.Rules);
                var build = clock.Elapsed.TotalMilliseconds;
                if (keep < 1.0)
                {
                    // Sparse eligibility, as when most requests need a rare area or format: the case greedy handles worst.
                    var random = new Random(seed);
                    cohort = new Cohort(cohort.RequestIds, cohort.Coaches, cohort.Pairs.Where(_ => random.NextDouble() < keep));
                }

                clock.Restart();
                var optimal = CohortMatching.Optimal(cohort);
                var optimalTime = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var greedy = CohortMatching.Greedy(cohort);
                var greedyTime = clock.Elapsed.TotalMilliseconds;

                var density = (double)cohort.Pairs.Count / (requests * coaches);
                var places = cohort.Coaches.Sum(c => c.Places);
                var gain = greedy.TotalScore == 0 ? 0 : (double)(optimal.TotalScore - greedy.TotalScore) / greedy.TotalScore;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {seed} | {cohort.Pairs.Count:N0} ({density:P0}) | {places:N0} | {optimal.MatchedCount:N0} | {greedy.MatchedCount:N0} | {optimal.TotalScore:N0} | {greedy.TotalScore:N0} | {gain:P2} | {build:F0} | {optimalTime:F0} | {greedyTime:F0} |"));
            }
        }
    }
}
