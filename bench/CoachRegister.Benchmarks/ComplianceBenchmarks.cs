using BenchmarkDotNet.Attributes;
using CoachRegister.Data;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Features.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Benchmarks;

/// <summary>
/// The set-based compliance evaluation of issue 10: 10,000 coaches with 500,000 records (supervision and
/// peer-support sessions, CPD activities, held coaching sessions) in one scheme in a SQLite file, evaluated
/// at once, against a plain COUNT(*) over the same three tables as the baseline.
/// </summary>
[MemoryDiagnoser]
public class ComplianceBenchmarks
{
    public const int Coaches = 10_000;

    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private AppDbContext _db = null!;
    private ComplianceEvaluation _evaluation = null!;
    private Guid _schemeId;

    /// <summary>The scheme's year: rolling (the window-function pass) or a fixed year starting in April.</summary>
    [Params(SchemePreset.LeadershipAcademy, SchemePreset.PrimaryCareTrainingHub)]
    public SchemePreset Rules { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = await DatabasePathAsync();

        _services = RegisterSeed.Services(path);
        _scope = _services.CreateScope();
        _db = _scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _evaluation = new ComplianceEvaluation(_db);
        var scheme = await _db.Schemes.SingleAsync();
        scheme.UseRequirements(SchemeRequirementPresets.For(Rules));
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();
        _schemeId = scheme.Id;
        var everyone = await EvaluateAll();
        if (everyone.Count != Coaches)
        {
            throw new InvalidOperationException($"Evaluated {everyone.Count} coaches, not {Coaches}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> CountAllRecords() =>
        _db.Database.SqlQueryRaw<int>("""
            SELECT (SELECT COUNT(*) FROM "SupervisionSessions") + (SELECT COUNT(*) FROM "CpdActivities") + (SELECT COUNT(*) FROM "SessionRecords") AS "Value"
            """).SingleAsync();

    [Benchmark]
    public Task<IReadOnlyList<PractitionerStanding>> EvaluateAll() => _evaluation.EvaluateAsync(_schemeId, AsOf);

    /// <summary>The seeded database, kept between runs (<see cref="RegisterSeed.CachedAsync"/>).</summary>
    public static Task<string> DatabasePathAsync() => RegisterSeed.CachedAsync("compliance", SeedAsync);

    /// <summary>Per coach, two years of records: 12 supervision and 8 peer-support sessions, 10 CPD activities, 20 coaching sessions.</summary>
    public static async Task SeedAsync(string databasePath)
    {
        if (File.Exists(databasePath))
        {
            File.Delete(databasePath);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        await using var provider = RegisterSeed.Services(databasePath);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseExtensions.MigrateAsync(db);

        var random = new Random(20261201);
        var scheme = new Scheme { Name = "Compliance benchmark scheme", Code = "CBENCH", MaxCoachees = 8, MaxCoacheesWhileDeveloping = 4 };
        db.Schemes.Add(scheme);
        var organisation = new Organisation { Name = "Benchmark organisation", SchemeId = scheme.Id };
        db.Organisations.Add(organisation);
        var coachee = new Person { GivenName = "Bench", FamilyName = "Coachee", Email = "bench.coachee@example.org", OrganisationId = organisation.Id, CreatedAt = DateTimeOffset.UtcNow };
        db.People.Add(coachee);
        await db.SaveChangesAsync();

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var joined = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        DateOnly Day() => AsOf.AddDays(-random.Next(0, 730));
        for (var i = 0; i < Coaches; i++)
        {
            var person = new Person { GivenName = "Coach", FamilyName = $"{i:D5}", Email = $"compliance{i:D5}@example.org", OrganisationId = organisation.Id, CreatedAt = joined };
            db.People.Add(person);
            var profile = new CoachProfile
            {
                PersonId = person.Id, SchemeId = scheme.Id, Offers = i % 5 == 0 ? OfferType.Mentoring : OfferType.Coaching,
                Status = ProfileStatus.Published, Capacity = 3, CreatedAt = joined, UpdatedAt = joined,
            };
            db.CoachProfiles.Add(profile);
            db.Qualifications.Add(new Qualification { CoachProfileId = profile.Id, Level = QualificationLevel.Ilm3, Status = i % 4 == 0 ? QualificationStatus.InTraining : QualificationStatus.Achieved, FirstAssignmentSubmittedOn = AsOf.AddMonths(-random.Next(1, 30)) });
            for (var s = 0; s < 20; s++)
            {
                db.SupervisionSessions.Add(new SupervisionSession
                {
                    CoachProfileId = profile.Id, Date = Day(), Hours = s % 7 == 0 ? 0.5m : 1m,
                    Kind = s < 12 ? (s % 4 == 0 ? SupervisionKind.Group : SupervisionKind.OneToOne) : SupervisionKind.PeerSupport,
                    ConfirmedBySupervisor = s < 12 && random.Next(10) > 0,
                });
            }

            for (var c = 0; c < 10; c++)
            {
                db.CpdActivities.Add(new CpdActivity { CoachProfileId = profile.Id, Title = "Benchmark activity", Date = Day(), Hours = 2m, Kind = c % 3 == 0 ? CpdKind.TrainingWorkshop : CpdKind.Activity });
            }

            var match = new Match { CoachProfileId = profile.Id, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = MatchStatus.Active, CreatedAt = joined };
            db.Matches.Add(match);
            for (var n = 1; n <= 20; n++)
            {
                var start = new TimeOnly(9 + random.Next(0, 6), 0);
                db.SessionRecords.Add(new SessionRecord
                {
                    MatchId = match.Id, SessionNumber = n, MeetingDate = Day(), StartTime = start, EndTime = start.AddMinutes(random.Next(1, 4) * 30),
                    Status = n % 10 == 0 ? SessionStatus.Cancelled : SessionStatus.Held, CreatedAt = joined,
                });
            }

            if (i % 250 == 249)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    }
}
