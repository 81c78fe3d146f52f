using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Data;

/// <summary>Two people editing the same record at once: the second save must fail, not silently win.</summary>
public class ConcurrencyStampTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_second_of_two_overlapping_edits_is_refused()
    {
        var person = await factory.CreateUserAsync();
        await using var firstScope = factory.Services.CreateAsyncScope();
        await using var secondScope = factory.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mine = await first.People.SingleAsync(p => p.Id == person.PersonId);
        var theirs = await second.People.SingleAsync(p => p.Id == person.PersonId);

        mine.JobTitle = "Head of service";
        await first.SaveChangesAsync();
        theirs.JobTitle = "Team manager";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        var stored = await factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.PersonId));
        Assert.Equal("Head of service", stored.JobTitle);
    }

    [Fact]
    public async Task Every_save_renews_the_stamp()
    {
        var person = await factory.CreateUserAsync();
        var before = await factory.WithDbAsync(db => db.People.AsNoTracking().Where(p => p.Id == person.PersonId).Select(p => p.ConcurrencyStamp).SingleAsync());

        await factory.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == person.PersonId)).Telephone = "01632 960000";
            await db.SaveChangesAsync();
        });

        var after = await factory.WithDbAsync(db => db.People.AsNoTracking().Where(p => p.Id == person.PersonId).Select(p => p.ConcurrencyStamp).SingleAsync());
        Assert.NotEqual(before, after);
        Assert.NotEqual(Guid.Empty, after);
    }

    [Fact]
    public void Every_record_two_people_can_change_carries_a_concurrency_token()
    {
        using var scope = factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;

        var missing = model.GetEntityTypes()
            .Where(t => typeof(IConcurrencyAware).IsAssignableFrom(t.ClrType))
            .Where(t => t.FindProperty(nameof(IConcurrencyAware.ConcurrencyStamp)) is not { IsConcurrencyToken: true })
            .Select(t => t.ClrType.Name);

        Assert.Empty(missing);
    }
}
