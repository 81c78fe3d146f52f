using System.Diagnostics;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Infrastructure.Seeding;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoachRegister.Web.Tests.Infrastructure.Seeding;

/// <summary>A portal seeded once with the demo register, as if today were <see cref="Today"/>.</summary>
public sealed class SeededPortalFactory : PortalFactory, IAsyncLifetime
{
    public static readonly DateTimeOffset Today = new(2031, 3, 15, 9, 0, 0, TimeSpan.Zero);

    public TimeSpan SeedDuration { get; private set; }

    public DemoSeedOutcome Outcome { get; private set; }

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var stopwatch = Stopwatch.StartNew();
        Outcome = await DemoSeederTests.SeedAsync(scope.ServiceProvider);
        SeedDuration = stopwatch.Elapsed;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class DemoSeederTests(SeededPortalFactory factory, ITestOutputHelper output) : IClassFixture<SeededPortalFactory>
{
    internal static Task<DemoSeedOutcome> SeedAsync(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<DemoSeeder>(services, new FixedTime(SeededPortalFactory.Today)).SeedAsync();

    [Fact]
    public void Seeding_a_fresh_database_reports_it_seeded_within_a_few_seconds()
    {
        output.WriteLine($"Seeding took {factory.SeedDuration.TotalSeconds:0.00} s.");
        Assert.Equal(DemoSeedOutcome.Seeded, factory.Outcome);
        Assert.True(factory.SeedDuration < TimeSpan.FromSeconds(30), $"Seeding took {factory.SeedDuration}.");
    }

    [Fact]
    public async Task The_register_has_three_organisations_at_least_200_staff_and_60_practitioners()
    {
        var (organisations, people, profiles, areas, schemes) = await factory.WithDbAsync(async db => (
            await db.Organisations.CountAsync(),
            await db.People.CountAsync(p => p.OrganisationId != null),
            await db.CoachProfiles.CountAsync(),
            await db.CoachingAreas.ToListAsync(),
            await db.Schemes.CountAsync()));

        Assert.Equal(3, organisations);
        Assert.Equal(3, schemes);
        Assert.True(people >= 200, $"{people} staff");
        Assert.True(profiles >= 60, $"{profiles} profiles");
        Assert.Equal(16, areas.Count);
        Assert.All(areas, a => Assert.False(string.IsNullOrWhiteSpace(a.NameWelsh)));
    }

    [Fact]
    public async Task The_schemes_carry_the_rules_of_the_academy_and_the_training_hub()
    {
        var schemes = await factory.WithDbAsync(db => db.Schemes.ToListAsync());

        var academy = Assert.Single(schemes, s => s.Compliance.Coaches.PracticeHours == 12);
        Assert.Equal((2, 2), (academy.Compliance.Coaches.SupervisionSessions, academy.Compliance.Coaches.CpdActivities));
        var hub = Assert.Single(schemes, s => s.PaysPractitioners);
        Assert.Equal((4, 4, 1), (hub.Compliance.Mentors.PeerSupportSessions, hub.Compliance.Mentors.SupervisionSessions, hub.Compliance.Mentors.TrainingWorkshops));
        Assert.Equal((24, 4, 8), (hub.Compliance.Mentors.QualificationMonths, hub.MaxCoacheesWhileDeveloping, hub.MaxCoachees));
        Assert.True(hub.RequiresReferences && hub.RequiresPracticeDetails);
    }

    [Fact]
    public async Task Every_match_request_and_application_status_is_present()
    {
        var (matches, requests, applications) = await factory.WithDbAsync(async db => (
            await db.Matches.Select(m => m.Status).Distinct().ToListAsync(),
            await db.MatchRequests.Select(r => r.Status).Distinct().ToListAsync(),
            await db.CoachApplications.Select(a => a.Status).Distinct().ToListAsync()));

        Assert.Equal(Enum.GetValues<MatchStatus>().Order(), matches.Order());
        Assert.Equal(Enum.GetValues<MatchRequestStatus>().Order(), requests.Order());
        Assert.Equal(Enum.GetValues<ApplicationStatus>().Order(), applications.Order());
    }

    [Fact]
    public async Task Every_compliance_standing_is_present()
    {
        var today = DateOnly.FromDateTime(SeededPortalFactory.Today.UtcDateTime);
        var standings = await factory.WithServicesAsync(async services =>
        {
            var evaluation = services.GetRequiredService<ComplianceEvaluation>();
            var all = new List<ComplianceStatus>();
            foreach (var scheme in await services.GetRequiredService<AppDbContext>().Schemes.Select(s => s.Id).ToListAsync())
            {
                all.AddRange((await evaluation.EvaluateAsync(scheme, today)).Select(s => s.Result.Status));
            }

            return all;
        });

        Assert.Equal(Enum.GetValues<ComplianceStatus>().Order(), standings.Distinct().Order());
    }

    [Fact]
    public async Task Every_match_past_the_proposal_has_its_history()
    {
        var withoutHistory = await factory.WithDbAsync(db =>
            db.Matches.CountAsync(m => m.Status != MatchStatus.Proposed && !m.History.Any()));

        Assert.Equal(0, withoutHistory);
    }

    [Fact]
    public async Task Everyone_but_the_head_of_each_organisation_has_a_line_manager_in_the_same_organisation()
    {
        var people = await factory.WithDbAsync(db => db.People.AsNoTracking().ToListAsync());
        var byId = people.ToDictionary(p => p.Id);

        var tops = people.Where(p => p.LineManagerId is null).ToList();
        Assert.Equal(3, tops.Count);
        Assert.Equal(3, tops.Select(p => p.OrganisationId).Distinct().Count());
        Assert.All(people.Where(p => p.LineManagerId is not null), p =>
            Assert.Equal(p.OrganisationId, byId[p.LineManagerId!.Value].OrganisationId));
    }

    [Fact]
    public async Task No_practitioner_holds_more_places_than_their_capacity_or_their_scheme_allows()
    {
        var profiles = await factory.WithDbAsync(async db => await db.CoachProfiles
            .Select(p => new
            {
                p.Capacity,
                p.Scheme!.MaxCoachees,
                Held = db.Matches.Count(m => m.CoachProfileId == p.Id && Match.HoldsPlace.Contains(m.Status)),
            })
            .ToListAsync());

        Assert.All(profiles, p =>
        {
            Assert.InRange(p.Capacity, 1, p.MaxCoachees);
            Assert.True(p.Held <= p.Capacity, $"{p.Held} places held, capacity {p.Capacity}");
        });
        Assert.Contains(profiles, p => p.Held > 0);
    }

    [Fact]
    public async Task Session_dates_follow_the_time_provider()
    {
        var today = DateOnly.FromDateTime(SeededPortalFactory.Today.UtcDateTime);
        var (held, planned) = await factory.WithDbAsync(async db => (
            await db.SessionRecords.Where(s => s.Status == SessionStatus.Held).Select(s => s.MeetingDate).ToListAsync(),
            await db.SessionRecords.Where(s => s.Status == SessionStatus.Planned).Select(s => s.MeetingDate).ToListAsync()));

        Assert.NotEmpty(held);
        Assert.NotEmpty(planned);
        Assert.All(held, d => Assert.InRange(d, today.AddYears(-2), today));
        Assert.All(planned, d => Assert.True(d > today, $"planned session on {d}"));
    }

    [Fact]
    public async Task Every_person_has_a_confirmed_account_with_the_staff_role()
    {
        var (people, confirmedStaff) = await factory.WithDbAsync(async db => (
            await db.People.CountAsync(),
            await db.Users.CountAsync(u => u.EmailConfirmed
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Staff)))));

        Assert.Equal(people, confirmedStaff);
    }

    [Theory]
    [InlineData("staff@demo.coachregister.test", Roles.Staff)]
    [InlineData("coach@demo.coachregister.test", Roles.Coach)]
    [InlineData("mentor@demo.coachregister.test", Roles.Mentor)]
    [InlineData("supervisor@demo.coachregister.test", Roles.Supervisor)]
    [InlineData("hr.hub@demo.coachregister.test", Roles.HrAdmin)]
    [InlineData("admin@demo.coachregister.test", Roles.SystemAdmin)]
    public async Task A_demo_sign_in_accepts_the_demo_password_and_holds_its_role(string email, string role)
    {
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email);

            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.True(await users.CheckPasswordAsync(user, DemoSeeder.Password));
            Assert.False(await users.CheckPasswordAsync(user, "not-the-demo-password"));
            Assert.Contains(role, await users.GetRolesAsync(user));
        });
    }

    [Theory]
    [InlineData("staff@demo.coachregister.test")]
    [InlineData("coach@demo.coachregister.test")]
    public async Task A_demo_account_signs_in_through_the_sign_in_page(string email)
    {
        var client = factory.CreateFormClient();

        await client.SignInAsync(new TestUser(Guid.Empty, Guid.Empty, email, DemoSeeder.Password));
    }

    [Fact]
    public async Task The_demo_staff_member_is_in_an_active_match_and_their_manager_has_requests_to_support()
    {
        var (activeMatches, waiting) = await factory.WithDbAsync(async db =>
        {
            var staff = await db.People.SingleAsync(p => p.Email == "staff@demo.coachregister.test");
            return (
                await db.Matches.CountAsync(m => m.CoacheeId == staff.Id && m.Status == MatchStatus.Active),
                await db.MatchRequests.CountAsync(r => r.LineManagerId == staff.LineManagerId && r.Status == MatchRequestStatus.AwaitingLineManager));
        });

        Assert.Equal(1, activeMatches);
        Assert.True(waiting >= 2, $"{waiting} requests waiting for the manager");
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await factory.WithDbAsync(CountRowsAsync);

        DemoSeedOutcome outcome;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            outcome = await SeedAsync(scope.ServiceProvider);
        }

        Assert.Equal(DemoSeedOutcome.AlreadySeeded, outcome);
        Assert.Equal(before, await factory.WithDbAsync(CountRowsAsync));
    }

    [Fact]
    public async Task A_second_fresh_database_gets_the_same_people()
    {
        using var other = new PortalFactory();
        await using (var scope = other.Services.CreateAsyncScope())
        {
            Assert.Equal(DemoSeedOutcome.Seeded, await SeedAsync(scope.ServiceProvider));
        }

        static Task<List<string>> EmailsAsync(AppDbContext db) => db.People.OrderBy(p => p.Email).Select(p => p.Email).ToListAsync();
        Assert.Equal(await factory.WithDbAsync(EmailsAsync), await other.WithDbAsync(EmailsAsync));
    }

    [Fact]
    public async Task A_database_with_other_organisations_is_left_alone()
    {
        using var other = new PortalFactory();
        await other.WithDbAsync(async db =>
        {
            var scheme = new Domain.Schemes.Scheme { Name = "Real scheme", Code = "REAL" };
            db.Schemes.Add(scheme);
            db.Organisations.Add(new Organisation { Name = "Real organisation", SchemeId = scheme.Id });
            await db.SaveChangesAsync();
        });

        await using var scope = other.Services.CreateAsyncScope();
        Assert.Equal(DemoSeedOutcome.DatabaseNotEmpty, await SeedAsync(scope.ServiceProvider));
        Assert.Equal(0, await other.WithDbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public void The_sign_in_table_lists_every_demo_account_with_the_password()
    {
        var lines = DemoSeeder.FormatSignIns().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(DemoSeeder.SignIns.Count + 2, lines.Length);
        Assert.All(DemoSeeder.SignIns, s => Assert.Contains(lines, l => l.StartsWith(s.Email, StringComparison.Ordinal) && l.Contains(DemoSeeder.Password)));
    }

    private static async Task<long> CountRowsAsync(AppDbContext db)
    {
        long total = 0;
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            total += (long)(await command.ExecuteScalarAsync())!;
        }

        return total;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
