using System.Diagnostics;
using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Features.Relationships;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Benchmarks;

/// <summary>
/// `relationship-plan`: builds the relationship page of the benchmark's chosen partnership (its database, seeded if
/// need be) once after a warm-up and prints each SQL command with how long it took from execution to the reader's
/// close and SQLite's EXPLAIN QUERY PLAN for it, so that the page's database time can be read command by command.
/// </summary>
public static class RelationshipPlans
{
    public static async Task PrintAsync()
    {
        var path = await RelationshipPageBenchmarks.DatabasePathAsync();
        var timer = new CompliancePlans.CommandTimer();
        await using var services = RelationshipPageBenchmarks.Services(path, timer);
        Guid matchId;
        System.Security.Claims.ClaimsPrincipal coach;
        await using (var setup = services.CreateAsyncScope())
        {
            (matchId, coach) = await RelationshipPageBenchmarks.ChosenPartnershipAsync(setup.ServiceProvider.GetRequiredService<AppDbContext>());
        }

        for (var round = 0; round < 2; round++)
        {
            await using var request = services.CreateAsyncScope();
            request.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = coach, RequestServices = request.ServiceProvider };
            timer.Enabled = round == 1;
            var total = Stopwatch.StartNew();
            var partnership = await request.ServiceProvider.GetRequiredService<Partnerships>().ReadableAsync(matchId, RecordKind.Agreement, default)
                ?? throw new InvalidOperationException("The coach may not read their own partnership.");
            var page = await request.ServiceProvider.GetRequiredService<RelationshipPageService>().BuildAsync(partnership, PartnershipSide.Coach, default);
            total.Stop();
            timer.Enabled = false;
            if (round == 1)
            {
                Console.WriteLine($"## The relationship page ({page.Sessions.Count} sessions, {page.Goals.Count} goals): {total.Elapsed.TotalMilliseconds:F1} ms, of which SQL {timer.TotalMilliseconds:F1} ms in {timer.Commands.Count} commands");
                var db = request.ServiceProvider.GetRequiredService<AppDbContext>();
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
            }
        }
    }
}
