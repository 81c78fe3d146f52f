using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using CoachRegister.Data;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Benchmarks;

/// <summary>
/// The relationship page of issue 9 (<c>/relationships/{id}</c>) with 200,000 session records in the database:
/// 10,000 partnerships of 20 sessions each, with their goals and progress marks, in a SQLite file, and what <c>RelationshipsController.Show</c> runs for one of them as its
/// coach, in a request scope of its own: the partnership with the access decision, then the page. Baselines in the
/// same run: a plain <c>COUNT(*)</c> over the session records, and a primary-key lookup of the match.
/// </summary>
[MemoryDiagnoser]
public class RelationshipPageBenchmarks
{
    public const int SessionsEach = 20;

    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private AppDbContext _db = null!;
    private Guid _matchId;
    private ClaimsPrincipal _coach = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = await DatabasePathAsync();
        _services = Services(path);
        _scope = _services.CreateScope();
        _db = _scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (_matchId, _coach) = await ChosenPartnershipAsync(_db);
        var page = await RelationshipPage();
        if (page.Sessions.Count != SessionsEach || page.Goals.Count != 2)
        {
            throw new InvalidOperationException($"The page shows {page.Sessions.Count} sessions and {page.Goals.Count} goals, not {SessionsEach} and 2.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> CountAllSessions() => _db.SessionRecords.CountAsync();

    [Benchmark]
    public Task<MatchStatus> MatchByPrimaryKey() => _db.Matches.AsNoTracking().Where(m => m.Id == _matchId).Select(m => m.Status).SingleAsync();

    /// <summary>What the page's action does, in a request scope of its own (a new context, the asker read again).</summary>
    [Benchmark]
    public async Task<RelationshipPage> RelationshipPage()
    {
        await using var request = _services.CreateAsyncScope();
        request.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = _coach, RequestServices = request.ServiceProvider };
        var partnerships = request.ServiceProvider.GetRequiredService<Partnerships>();
        var partnership = await partnerships.ReadableAsync(_matchId, RecordKind.Agreement, default)
            ?? throw new InvalidOperationException("The coach may not read their own partnership.");
        return await request.ServiceProvider.GetRequiredService<RelationshipPageService>().BuildAsync(partnership, PartnershipSide.Coach, default);
    }

    /// <summary>The portal's own services for the page, on the seeded database: the access decision, the partnership loader, the page.</summary>
    public static ServiceProvider Services(string databasePath, Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor? interceptor = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<AppDbContext>(o =>
        {
            o.UseSqlite($"Data Source={databasePath};Pooling=true", s => s.MigrationsAssembly("CoachRegister.Migrations.Sqlite"));
            if (interceptor is not null)
            {
                o.AddInterceptors(interceptor);
            }
        });
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DirectoryOptions>();
        services.AddOptions<CoachingOptions>();
        services.AddSingleton<DirectoryCache>();
        services.AddSingleton<SchemeClock>();
        services.AddPortalAuthorization();
        services.AddScoped<Partnerships>();
        services.AddScoped<RelationshipPageService>();
        return services.BuildServiceProvider();
    }

    /// <summary>A partnership in the middle of the seed (20 sessions like every other, open, with a three-way confirmation) and its coach, signed in.</summary>
    public static async Task<(Guid MatchId, ClaimsPrincipal Coach)> ChosenPartnershipAsync(AppDbContext db)
    {
        var chosen = await db.Matches.AsNoTracking().Where(m => m.Coach!.Person!.Email == "compliance05001@example.org")
            .Select(m => new { m.Id, m.Coach!.PersonId }).SingleAsync();
        var coach = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalClaims.PersonId, chosen.PersonId.ToString())], "Benchmark"));
        return (chosen.Id, coach);
    }

    /// <summary>The seeded database, kept between runs (<see cref="RegisterSeed.CachedAsync"/>).</summary>
    public static Task<string> DatabasePathAsync() => RegisterSeed.CachedAsync("relationships", SeedAsync);

    /// <summary>
    /// The compliance benchmark's register (<see cref="ComplianceBenchmarks.SeedAsync"/>, fixed seed: 10,000 coaches,
    /// each with one partnership of 20 sessions over two years, 1 in 10 cancelled, so 200,000 session records),
    /// copied, with what the relationship page reads added by SQL: a shared and a private goal for every partnership
    /// and a progress mark on each for every held session (360,000 marks), a three-way confirmation for every third
    /// partnership and an ending for every tenth. The goals and marks are the rows the page's slowest query read.
    /// </summary>
    public static async Task SeedAsync(string databasePath)
    {
        if (File.Exists(databasePath))
        {
            File.Delete(databasePath);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var compliance = await ComplianceBenchmarks.DatabasePathAsync();
        await using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={compliance};Pooling=false"))
        {
            await source.OpenAsync();
            await using var copy = source.CreateCommand();
            copy.CommandText = "VACUUM INTO $path";
            copy.Parameters.AddWithValue("$path", databasePath);
            await copy.ExecuteNonQueryAsync();
        }

        await using var provider = RegisterSeed.Services(databasePath);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseExtensions.MigrateAsync(db);
        const string newId = "hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))";
        // The coach's number (their family name in the compliance seed) picks the partnerships that get a three-way confirmation or an ending.
        const string coachNumber = "(SELECT CAST(p.FamilyName AS INTEGER) FROM CoachProfiles c JOIN People p ON p.Id = c.PersonId WHERE c.Id = m.CoachProfileId)";
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var sql in new[]
                 {
                     $"""
                     INSERT INTO Goals (Id, MatchId, Description, Visibility, BaselineScore, CreatedAt, ConcurrencyStamp)
                     SELECT {newId}, m.Id, 'Lead team meetings with confidence', {(int)GoalVisibility.SharedWithLineManager}, 2, m.CreatedAt, {newId} FROM Matches m
                     UNION ALL
                     SELECT {newId}, m.Id, 'Stop dreading the monthly one-to-ones', {(int)GoalVisibility.Private}, 3, m.CreatedAt, {newId} FROM Matches m
                     """,
                     $"""
                     INSERT INTO GoalProgress (Id, SessionRecordId, GoalId, Score)
                     SELECT {newId}, s.Id, g.Id, min(10, g.BaselineScore + s.SessionNumber / 3)
                     FROM SessionRecords s JOIN Goals g ON g.MatchId = s.MatchId
                     WHERE s.Status = {(int)SessionStatus.Held}
                     """,
                     $"""
                     INSERT INTO ThreeWayConfirmations (Id, MatchId, LineManagerId, InvitedAt, ConcurrencyStamp)
                     SELECT {newId}, m.Id, m.CoacheeId, m.CreatedAt, {newId} FROM Matches m WHERE {coachNumber} % 3 = 0
                     """,
                     $"""
                     INSERT INTO PartnershipEndings (Id, MatchId, EndedById, EndedBy, Category, PrivateReason, EndedAt)
                     SELECT {newId}, m.Id, m.CoacheeId, {(int)PartnershipSide.Coachee}, {(int)EndingCategory.GoalsAchieved}, 'The goals are reached.', m.CreatedAt FROM Matches m WHERE {coachNumber} % 10 = 9
                     """,
                     $"UPDATE Matches SET Status = {(int)MatchStatus.Ended} WHERE Id IN (SELECT MatchId FROM PartnershipEndings)",
                 })
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }

        await transaction.CommitAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    }
}
