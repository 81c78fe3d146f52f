using CoachRegister.Data.Identity;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.Compliance;

/// <summary>The nightly job pauses and reminds once, however often and on however many servers it runs.</summary>
public class ComplianceJobTests
{
    private static readonly KeyValuePair<string, string?> AnyTimeOfDay = new("Compliance:RunAtUtc", "00:00");

    private sealed record Setup(Guid SchemeId, TestUser Lapsed, Guid LapsedProfile, TestUser DueSoon, Guid DueSoonProfile, TestUser Hr);

    private static async Task<Setup> ArrangeAsync(PortalFactory factory)
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var scheme = await factory.SchemeAsync(s => s.UseRequirements(SchemeRequirementPresets.LeadershipAcademy));
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var hr = await factory.PersonAsync("Hari", "Hr", organisation.Id, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, scheme.Id);
        var lapsed = await factory.PersonAsync("Lee", "Lapsed", organisation.Id, null, Roles.Coach);
        var lapsedProfile = await factory.ProfileAsync(lapsed.PersonId, scheme.Id, p => p.CreatedAt = At(today.AddYears(-2)));
        var dueSoon = await factory.PersonAsync("Dee", "Soon", organisation.Id, null, Roles.Coach);
        var dueSoonProfile = await factory.ProfileAsync(dueSoon.PersonId, scheme.Id, p => p.CreatedAt = At(today.AddMonths(-12).AddDays(20)));
        return new Setup(scheme.Id, lapsed, lapsedProfile.Id, dueSoon, dueSoonProfile.Id, hr);
    }

    [Fact]
    public async Task Run_twice_it_pauses_once_reminds_once_and_tells_the_coach_and_hr_once()
    {
        using var factory = new PortalFactory { AddedSettings = [AnyTimeOfDay] };
        var setup = await ArrangeAsync(factory);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

        var first = await RunJobAsync(factory, today);
        var second = await RunJobAsync(factory, today);

        Assert.Equal((1, 3), (first.Paused, first.RemindersSent));
        Assert.Equal((0, 0, 0), (second.Paused, second.RemindersSent, second.Unpaused));
        await AssertOnceEachAsync(factory, setup);
    }

    [Fact]
    public async Task Two_servers_on_one_database_running_at_once_do_the_work_once()
    {
        using var one = new PortalFactory { AddedSettings = [AnyTimeOfDay] };
        var setup = await ArrangeAsync(one);
        using var two = new PortalFactory { AddedSettings = [AnyTimeOfDay, new("ConnectionStrings:Default", $"Data Source={one.DatabasePath}")] };

        var ran = await Task.WhenAll(RunIfDueAsync(one), RunIfDueAsync(two), RunIfDueAsync(one), RunIfDueAsync(two));

        Assert.Equal(1, ran.Count(r => r));
        Assert.False(await RunIfDueAsync(two), "The job is done for today: no server runs it again.");
        await AssertOnceEachAsync(one, setup);
    }

    [Fact]
    public async Task Two_jobs_at_once_without_the_lease_still_send_nothing_twice_and_pause_once()
    {
        using var one = new PortalFactory { AddedSettings = [AnyTimeOfDay] };
        var setup = await ArrangeAsync(one);
        using var two = new PortalFactory { AddedSettings = [AnyTimeOfDay, new("ConnectionStrings:Default", $"Data Source={one.DatabasePath}")] };
        var today = DateOnly.FromDateTime(one.Clock.GetUtcNow().UtcDateTime);

        await Task.WhenAll(RunJobAsync(one, today), RunJobAsync(two, today), RunJobAsync(one, today));

        await AssertOnceEachAsync(one, setup);
    }

    [Fact]
    public async Task A_pause_the_job_made_is_lifted_once_the_shortfall_is_made_up_but_never_one_hr_made()
    {
        using var factory = new PortalFactory { AddedSettings = [AnyTimeOfDay] };
        var setup = await ArrangeAsync(factory);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        await RunJobAsync(factory, today);
        await factory.WithDbAsync(async db =>
        {
            var hrPaused = await db.CoachProfiles.FirstAsync(p => p.Id == setup.DueSoonProfile);
            hrPaused.Pause("HR's own pause", setup.Hr.PersonId, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            db.ComplianceExtensions.Add(Domain.Development.ComplianceExtensionGrant.Grant(
                setup.LapsedProfile, RequirementKind.PracticeHours, today.AddYears(-1).AddDays(-1), today.AddDays(90), "Back from leave", setup.Hr.PersonId, DateTimeOffset.UtcNow));
            foreach (var kind in new[] { RequirementKind.SupervisionSessions, RequirementKind.CpdActivities })
            {
                db.ComplianceExtensions.Add(Domain.Development.ComplianceExtensionGrant.Grant(
                    setup.LapsedProfile, kind, today.AddYears(-1).AddDays(-1), today.AddDays(90), "Back from leave", setup.Hr.PersonId, DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        });

        var next = await RunJobAsync(factory, today.AddDays(1));

        Assert.Equal(1, next.Unpaused);
        var statuses = await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == setup.LapsedProfile || p.Id == setup.DueSoonProfile)
            .ToDictionaryAsync(p => p.Id, p => p.Status));
        Assert.Equal(ProfileStatus.Published, statuses[setup.LapsedProfile]);
        Assert.Equal(ProfileStatus.Paused, statuses[setup.DueSoonProfile]);
    }

    private static async Task AssertOnceEachAsync(PortalFactory factory, Setup setup)
    {
        var (pauses, mail, reminders) = await factory.WithDbAsync(async db => (
            await db.ProfileStatusChanges.CountAsync(c => c.CoachProfileId == setup.LapsedProfile && c.To == ProfileStatus.Paused),
            await db.OutboxMessages.GroupBy(m => m.To).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            await db.ComplianceReminders.CountAsync(r => r.CoachProfileId == setup.DueSoonProfile)));
        Assert.Equal(1, pauses);
        Assert.Equal(3, reminders);
        Assert.Equal(1, mail.GetValueOrDefault(setup.Lapsed.Email));
        Assert.Equal(1, mail.GetValueOrDefault(setup.DueSoon.Email));
        Assert.Equal(1, mail.GetValueOrDefault(setup.Hr.Email));
        var status = await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == setup.LapsedProfile).Select(p => p.Status).SingleAsync());
        Assert.Equal(ProfileStatus.Paused, status);
    }

    private static Task<ComplianceRunSummary> RunJobAsync(PortalFactory factory, DateOnly day) =>
        factory.WithServicesAsync(s => s.GetRequiredService<ComplianceJob>().RunAsync(day));

    private static Task<bool> RunIfDueAsync(PortalFactory factory) =>
        factory.Services.GetRequiredService<ComplianceJobRunner>().RunIfDueAsync(CancellationToken.None);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
