using System.Diagnostics;
using CoachRegister.Data;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Web.Features.HrMatching;
using CoachRegister.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Benchmarks;

/// <summary>
/// `suggestion-plan`: reads the suggestion page's benchmark request (its database, seeded if need be) through
/// <see cref="SuggestionPageReader"/> after a warm-up and prints the page's time, each SQL command with how long it
/// took from execution to the reader's close and SQLite's EXPLAIN QUERY PLAN for it, and the time of the page's
/// parts on their own (the request read back, the matching facts with the coaches, the ranking in memory), so the
/// page's time can be split between its queries and the C# around them.
/// </summary>
public static class SuggestionPlans
{
    private const int Rounds = 10;

    public static async Task PrintAsync()
    {
        var path = await SuggestionPageBenchmarks.DatabasePathAsync();
        var timer = new CompliancePlans.CommandTimer();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path}", s => s.MigrationsAssembly("CoachRegister.Migrations.Sqlite"))
            .AddInterceptors(timer).Options;
        await using var db = new AppDbContext(options);
        await db.Database.OpenConnectionAsync();
        var (hr, requestId) = await SuggestionPageBenchmarks.RequestAndHrAsync(db);
        var reader = new RequestReader(db);
        var facts = new MatchingFacts(db);
        var pages = new SuggestionPageReader(db, reader, facts);
        for (var i = 0; i < 3; i++)
        {
            await SuggestionPageBenchmarks.PageAsync(pages, hr, requestId);
        }

        timer.Enabled = true;
        var total = Stopwatch.StartNew();
        await SuggestionPageBenchmarks.PageAsync(pages, hr, requestId);
        total.Stop();
        timer.Enabled = false;
        Console.WriteLine($"## The suggestion page: {total.Elapsed.TotalMilliseconds:F1} ms, of which SQL {timer.TotalMilliseconds:F1} ms in {timer.Commands.Count} commands");
        foreach (var (sql, ms) in timer.Commands)
        {
            Console.WriteLine($"### {ms:F2} ms");
            Console.WriteLine("```sql");
            Console.WriteLine(sql.Text);
            Console.WriteLine("```");
            Console.WriteLine("```");
            await CompliancePlans.ExplainAsync(db, sql);
            Console.WriteLine("```");
        }

        var rules = (await db.Schemes.SingleAsync()).Matching.Rules;
        Console.WriteLine($"## Parts, median of {Rounds} rounds");
        Console.WriteLine($"- whole page: {await MedianAsync(() => SuggestionPageBenchmarks.PageAsync(pages, hr, requestId)):F2} ms");
        Console.WriteLine($"- request read back (RequestReader): {await MedianAsync(() => reader.SummaryAsync(requestId, default)):F2} ms");
        Console.WriteLine($"- the request's facts (MatchingFacts.RequestsAsync): {await MedianAsync(() => facts.RequestsAsync([requestId], default)):F2} ms");
        Console.WriteLine($"- the request's facts and its coaches (MatchingFacts.ForRequestAsync): {await MedianAsync(() => facts.ForRequestAsync(requestId, default)):F2} ms");
        var (request, coaches) = (await facts.ForRequestAsync(requestId, default))!.Value;
        Console.WriteLine($"- ranking {coaches.Count} coaches in memory (MatchSuggestions.For): {await MedianAsync(() => Task.FromResult(MatchSuggestions.For(request, coaches, rules))):F2} ms");
    }

    private static async Task<double> MedianAsync<T>(Func<Task<T>> part)
    {
        var times = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            await part();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[(Rounds - 1) / 2] + times[Rounds / 2]) / 2;
    }
}
