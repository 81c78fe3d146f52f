using System.Data.Common;
using System.Diagnostics;
using CoachRegister.Data;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Web.Features.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoachRegister.Benchmarks;

/// <summary>
/// `compliance-plan [PRESET]`: evaluates the compliance benchmark's scheme (its database, seeded if need be) after
/// enough warm-ups for the JIT's optimised code, prints the median time of several evaluations and of the slowest
/// command run alone with its rows read and nothing else, then each SQL command of one more evaluation with how long
/// it took from execution to the reader's close and SQLite's EXPLAIN QUERY PLAN for it, so that the time of the
/// whole evaluation can be split between its queries and the C# around them.
/// </summary>
public static class CompliancePlans
{
    private const int Warmups = 10;
    private const int Runs = 9;

    public static async Task PrintAsync(SchemePreset preset)
    {
        var path = await ComplianceBenchmarks.DatabasePathAsync();
        var timer = new CommandTimer();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path}", s => s.MigrationsAssembly("CoachRegister.Migrations.Sqlite"))
            .AddInterceptors(timer).Options;
        await using var db = new AppDbContext(options);
        var scheme = await db.Schemes.SingleAsync();
        scheme.UseRequirements(SchemeRequirementPresets.For(preset));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var evaluation = new ComplianceEvaluation(db);
        var asOf = new DateOnly(2026, 12, 1);

        // Enough evaluations first for the JIT's optimised code (tiered compilation), then the median of several.
        var wholes = new List<double>();
        for (var i = 0; i < Warmups + Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await evaluation.EvaluateAsync(scheme.Id, asOf);
            if (i >= Warmups)
            {
                wholes.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        timer.Enabled = true;
        var total = Stopwatch.StartNew();
        var standings = await evaluation.EvaluateAsync(scheme.Id, asOf);
        total.Stop();
        timer.Enabled = false;
        Console.WriteLine($"## {preset}: {standings.Count} standings in {total.ElapsedMilliseconds} ms, of which SQL {timer.TotalMilliseconds:F0} ms (median of {Runs} evaluations after {Warmups} warm-ups: {Median(wholes):F0} ms)");
        var slowest = timer.Commands.MaxBy(c => c.Milliseconds).Command;
        var alone = new List<double>();
        var rows = 0;
        for (var i = 0; i < Warmups + Runs; i++)
        {
            var (ms, read) = await ReadOnlyAsync(db, slowest);
            rows = read;
            if (i >= Warmups)
            {
                alone.Add(ms);
            }
        }

        Console.WriteLine($"The slowest command again with its rows read and nothing else (median of {Runs}): {Median(alone):F0} ms for {rows} rows, so the C# around it took about {Median(wholes) - Median(alone):F0} ms.");
        foreach (var (sql, ms) in timer.Commands)
        {
            Console.WriteLine($"### {ms:F0} ms");
            Console.WriteLine("```sql");
            Console.WriteLine(sql.Text);
            Console.WriteLine("```");
            Console.WriteLine("```");
            await ExplainAsync(db, sql);
            Console.WriteLine("```");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    internal static async Task ExplainAsync(AppDbContext db, CapturedCommand captured)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + captured.Text;
        foreach (var (name, value) in captured.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = name;
            copy.Value = value;
            explain.Parameters.Add(copy);
        }

        await using var reader = await explain.ExecuteReaderAsync();
        var depth = new Dictionary<long, int>();
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt64(0);
            var parent = reader.GetInt64(1);
            depth[id] = depth.TryGetValue(parent, out var d) ? d + 1 : 0;
            Console.WriteLine(new string(' ', depth[id] * 2) + reader.GetString(3));
        }
    }

    /// <summary>Runs a captured command on its own and reads every column of every row, to split a command's time between SQL and the C# that reads it.</summary>
    internal static async Task<(double Milliseconds, int Rows)> ReadOnlyAsync(AppDbContext db, CapturedCommand captured)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = captured.Text;
        foreach (var (name, value) in captured.Parameters)
        {
            var copy = command.CreateParameter();
            copy.ParameterName = name;
            copy.Value = value;
            command.Parameters.Add(copy);
        }

        var watch = Stopwatch.StartNew();
        var rows = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                rows++;
            }
        }

        return (watch.Elapsed.TotalMilliseconds, rows);
    }

    internal sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    internal sealed class CommandTimer : DbCommandInterceptor
    {
        private readonly Dictionary<DbCommand, (CapturedCommand Command, Stopwatch Watch)> _running = [];

        public bool Enabled { get; set; }

        public List<(CapturedCommand Command, double Milliseconds)> Commands { get; } = [];

        public double TotalMilliseconds => Commands.Sum(c => c.Milliseconds);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Enabled)
            {
                var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
                _running[command] = (new CapturedCommand(command.CommandText, parameters), Stopwatch.StartNew());
            }

            return ValueTask.FromResult(result);
        }

        public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            if (_running.Remove(command, out var running))
            {
                Commands.Add((running.Command, running.Watch.Elapsed.TotalMilliseconds));
            }

            return result;
        }

        public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(DataReaderClosing(command, eventData, result));
    }
}
