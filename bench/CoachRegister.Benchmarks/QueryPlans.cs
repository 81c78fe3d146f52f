using System.Data.Common;
using CoachRegister.Data;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoachRegister.Benchmarks;

/// <summary>
/// `plan PATH`: each SQL command of the directory's searches with SQLite's EXPLAIN QUERY PLAN for it, run on the
/// same connection with the same parameters (docs/PERFORMANCE.md shows the output).
/// </summary>
public static class QueryPlans
{
    public static async Task PrintAsync(string path)
    {
        var printer = new PlanPrinter();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(printer).Options;
        await using var db = new AppDbContext(options);
        var asker = await RegisterSeed.StaffAskerAsync(db);
        var area = await db.CoachingAreas.Where(a => a.Name == "Managing change").Select(a => a.Id).SingleAsync();
        var directory = new DirectoryService(db);
        foreach (var (name, search) in new (string, DirectorySearch)[]
                 {
                     ("default page", new DirectorySearch()),
                     ("text and format", new DirectorySearch { Q = "leadership", Format = DeliveryFormat.Video }),
                     ("text, area and format", new DirectorySearch { Q = "leadership", Area = area, Format = DeliveryFormat.Video }),
                     ("deep page, everyone", new DirectorySearch { Availability = "all", Page = 150 }),
                 })
        {
            Console.WriteLine($"## {name}");
            printer.Enabled = true;
            await directory.CountAsync(asker, OfferType.Coaching, search, default);
            await directory.PageAsync(asker, OfferType.Coaching, search, DirectoryService.PageSize, default);
            printer.Enabled = false;
        }
    }

    private sealed class PlanPrinter : DbCommandInterceptor
    {
        public bool Enabled { get; set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Enabled)
            {
                await PrintAsync(command, cancellationToken);
            }

            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            if (Enabled)
            {
                await PrintAsync(command, cancellationToken);
            }

            return result;
        }

        private static async Task PrintAsync(DbCommand command, CancellationToken ct)
        {
            Console.WriteLine("```sql");
            Console.WriteLine(command.CommandText);
            Console.WriteLine("```");
            await using var explain = command.Connection!.CreateCommand();
            explain.Transaction = command.Transaction;
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            foreach (DbParameter parameter in command.Parameters)
            {
                var copy = explain.CreateParameter();
                copy.ParameterName = parameter.ParameterName;
                copy.Value = parameter.Value;
                explain.Parameters.Add(copy);
            }

            Console.WriteLine("```");
            await using var reader = await explain.ExecuteReaderAsync(ct);
            var depth = new Dictionary<long, int>();
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetInt64(0);
                var parent = reader.GetInt64(1);
                depth[id] = depth.TryGetValue(parent, out var d) ? d + 1 : 0;
                Console.WriteLine(new string(' ', depth[id] * 2) + reader.GetString(3));
            }

            Console.WriteLine("```");
        }
    }
}
