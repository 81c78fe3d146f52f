using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using CoachRegister.Data;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Feedback;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
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
/// 10,000 partnerships of 20 sessions each (with their goals, progress marks, preparations, feedback, agreements,
/// reviews and plans) in a SQLite file, and what <c>RelationshipsController.Show</c> runs for one of them as its
/// coach, in a request scope of its own: the partnership with the access decision, then the page. Baselines in the
/// same run: a plain <c>COUNT(*)</c> over the session records, and a primary-key lookup of the match.
/// </summary>
[MemoryDiagnoser]
public class RelationshipPageBenchmarks
{
    public const int Partnerships = 10_000;
    public const int SessionsEach = 20;
    public const int Coaches = 2_500;

    private static readonly DateOnly Today = new(2026, 12, 1);

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
        var partnerships = request.ServiceProvider.GetRequiredService<Web.Features.Relationships.Partnerships>();
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
        services.AddScoped<Web.Features.Relationships.Partnerships>();
        services.AddScoped<RelationshipPageService>();
        return services.BuildServiceProvider();
    }

    /// <summary>A partnership in the middle of the seed (20 sessions like every other, open, with a three-way confirmation) and its coach, signed in.</summary>
    public static async Task<(Guid MatchId, ClaimsPrincipal Coach)> ChosenPartnershipAsync(AppDbContext db)
    {
        var chosen = await db.Matches.AsNoTracking().Where(m => m.Coachee!.Email == "coachee05001@example.org")
            .Select(m => new { m.Id, m.Coach!.PersonId }).SingleAsync();
        var coach = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalClaims.PersonId, chosen.PersonId.ToString())], "Benchmark"));
        return (chosen.Id, coach);
    }

    /// <summary>The seeded database, named after the latest migration so that a new migration seeds it again.</summary>
    public static async Task<string> DatabasePathAsync()
    {
        await using var provider = RegisterSeed.Services(":memory:");
        await using var scope = provider.CreateAsyncScope();
        var latest = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetMigrations().Last();
        var path = Path.Combine(Path.GetTempPath(), "coachregister-bench", $"relationships-{latest}.db");
        if (!File.Exists(path))
        {
            await SeedAsync(path);
        }

        return path;
    }

    /// <summary>
    /// 2,500 coaches with four partnerships each, a coachee and a line manager for each: per partnership a signed
    /// agreement, a shared and a private goal, 20 sessions over two years (every tenth cancelled, the last two
    /// planned) with two progress marks for each held one, a preparation for half and feedback for a third of
    /// them, three plan items and a completed review; a three-way confirmation for every third partnership, and
    /// every tenth ended. Fixed seed, so every run measures the same data.
    /// </summary>
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

        var random = new Random(20261209);
        var scheme = new Scheme { Name = "Relationship benchmark scheme", Code = "RBENCH", MaxCoachees = 8, MaxCoacheesWhileDeveloping = 4, ReviewAfterSessions = 3, CancellationsBeforeReview = 2 };
        db.Schemes.Add(scheme);
        var organisation = new Organisation { Name = "Benchmark organisation", SchemeId = scheme.Id };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var joined = new DateTimeOffset(2024, 12, 1, 9, 0, 0, TimeSpan.Zero);
        CoachProfile? profile = null;
        Person? coach = null;
        for (var i = 0; i < Partnerships; i++)
        {
            if (i % (Partnerships / Coaches) == 0)
            {
                coach = new Person { GivenName = "Coach", FamilyName = $"{i:D5}", Email = $"coach{i:D5}@example.org", OrganisationId = organisation.Id, CreatedAt = joined };
                db.People.Add(coach);
                profile = new CoachProfile
                {
                    PersonId = coach.Id, SchemeId = scheme.Id, Offers = OfferType.Coaching, Status = ProfileStatus.Published, Capacity = 4,
                    CreatedAt = joined, UpdatedAt = joined,
                };
                db.CoachProfiles.Add(profile);
            }

            var manager = new Person { GivenName = "Manager", FamilyName = $"{i:D5}", Email = $"manager{i:D5}@example.org", OrganisationId = organisation.Id, CreatedAt = joined };
            var coachee = new Person { GivenName = "Coachee", FamilyName = $"{i:D5}", Email = $"coachee{i:D5}@example.org", OrganisationId = organisation.Id, LineManagerId = manager.Id, CreatedAt = joined };
            db.People.AddRange(manager, coachee);
            var started = Today.AddDays(-random.Next(400, 730));
            var match = new Match
            {
                CoachProfileId = profile!.Id, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = MatchStatus.Active,
                CreatedAt = joined, StartedOn = started,
            };
            db.Matches.Add(match);

            var agreement = new Agreement
            {
                MatchId = match.Id, Version = 1, Status = AgreementStatus.Signed, AgreedOn = started, Objectives = "One.\nTwo.\nThree.",
                NumberOfSessions = SessionsEach, Frequency = "Monthly", SessionLengthMinutes = 60, ConfidentialityTerms = "Between us.", CreatedAt = joined, UpdatedAt = joined,
            };
            agreement.Signatures.Add(new AgreementSignature { AgreementId = agreement.Id, PersonId = coach!.Id, Role = SignatoryRole.Coach, SignedAt = joined });
            agreement.Signatures.Add(new AgreementSignature { AgreementId = agreement.Id, PersonId = coachee.Id, Role = SignatoryRole.Coachee, SignedAt = joined });
            db.Agreements.Add(agreement);
            Goal[] goals =
            [
                new() { MatchId = match.Id, Description = "Lead team meetings with confidence", Visibility = GoalVisibility.SharedWithLineManager, BaselineScore = 2, CreatedAt = joined },
                new() { MatchId = match.Id, Description = "Stop dreading the monthly one-to-ones", Visibility = GoalVisibility.Private, BaselineScore = 3, CreatedAt = joined.AddMinutes(1) },
            ];
            db.Goals.AddRange(goals);

            for (var n = 1; n <= SessionsEach; n++)
            {
                var status = n > SessionsEach - 2 ? SessionStatus.Planned : n % 10 == 0 ? SessionStatus.Cancelled : SessionStatus.Held;
                var start = new TimeOnly(9 + random.Next(0, 6), 0);
                var minutes = random.Next(2, 5) * 30;
                var session = new SessionRecord
                {
                    MatchId = match.Id, SessionNumber = n, MeetingDate = started.AddDays(n * 30), StartTime = start, EndTime = start.AddMinutes(minutes),
                    DurationMinutes = minutes, Status = status, CreatedAt = joined,
                    CancelledBy = status == SessionStatus.Cancelled ? CancelledBy.Coachee : null, NoticeHours = status == SessionStatus.Cancelled ? 24 : null,
                    KeyPoints = status == SessionStatus.Held ? "Talked through the week." : null, ActionsIdentified = status == SessionStatus.Held ? $"Actions from session {n}." : null,
                };
                db.SessionRecords.Add(session);
                if (status == SessionStatus.Held)
                {
                    foreach (var goal in goals)
                    {
                        db.GoalProgress.Add(new GoalProgress { SessionRecordId = session.Id, GoalId = goal.Id, Score = Math.Min(10, (goal.BaselineScore ?? 0) + n / 3) });
                    }

                    if (n % 3 == 0)
                    {
                        db.CoachFeedback.Add(CoachFeedback.ForSession(match.Id, session.Id, "The questions.", null, null, joined));
                    }
                }

                if (status != SessionStatus.Cancelled && n % 2 == 0)
                {
                    db.MeetingPreparations.Add(new MeetingPreparation { SessionRecordId = session.Id, WantFromSession = "Plan the next month." });
                }
            }

            for (var k = 0; k < 3; k++)
            {
                db.DevelopmentPlanItems.Add(new DevelopmentPlanItem { MatchId = match.Id, Date = started.AddDays(k * 60), Topic = $"Plan item {k + 1}", Rag = (RagStatus)(k % 3), IsReviewEntry = k == 2 });
            }

            if (i % 3 == 0)
            {
                db.ThreeWayConfirmations.Add(ThreeWayConfirmation.Invite(match.Id, manager.Id, joined));
            }

            if (i % 10 == 9)
            {
                db.PartnershipEndings.Add(PartnershipEnding.End(match, coachee.Id, PartnershipSide.Coachee, EndingCategory.GoalsAchieved, "The goals are reached.", joined.AddDays(600)));
            }

            var review = PartnershipReview.Raise(match.Id, ReviewReason.ReviewPoint, joined.AddDays(90));
            review.Complete(coach.Id, ReviewOutcome.Continue, joined.AddDays(95));
            db.PartnershipReviews.Add(review);

            if (i % 100 == 99)
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
