using AngleSharp.Dom;
using CoachRegister.Data.Directory;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.CoachDirectory;

/// <summary>The server's in-memory directory (<see cref="DirectoryProjections"/>), on in these tests only.</summary>
public sealed class DirectoryProjectionsTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new() { AddedSettings = [new("Directory:ProjectedProfilesLimit", "1000")] };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("#results h2 a").Select(a => a.TextContent.Trim()).ToList();

    private DirectoryProjections Projections => _factory.Services.GetRequiredService<DirectoryProjections>();

    private Task<long> VersionAsync() => _factory.WithDbAsync(db => DirectoryUpkeep.ReadVersionAsync(db, default));

    [Fact]
    public async Task A_search_is_answered_from_memory_at_the_current_version_and_a_change_shows_at_once()
    {
        var scheme = await _factory.SchemeAsync();
        var org = await _factory.OrganisationAsync(scheme.Id);
        var staff = await _factory.PersonAsync("Sam", "Staff", org.Id, null, Roles.Staff);
        var ada = await _factory.ProfileAsync((await _factory.PersonAsync("Ada", "Able", org.Id)).PersonId, scheme.Id, p => p.Bio = "Leadership in busy teams.");
        await _factory.ProfileAsync((await _factory.PersonAsync("Bryn", "Baker", org.Id)).PersonId, scheme.Id, p => p.Bio = "Managing change.");
        var client = _factory.ClientFor(staff);

        var loaded = await Projections.LoadNowAsync();
        Assert.NotNull(loaded);
        Assert.Same(loaded, Projections.At(await VersionAsync()));
        _factory.Commands.Reset();
        var fromMemory = Names(await client.GetPageAsync($"/coaches?organisation={org.Id}&q=leadership"));
        // The page's rows only: the count and which rows are on the page came from memory.
        var profileCommands = _factory.Commands.Mentioning("CoachProfiles").Count;

        await _factory.WithDbAsync(async db =>
        {
            (await db.CoachProfiles.SingleAsync(p => p.Id == ada.Id)).Pause("On leave", null, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var version = await VersionAsync();
        // The projection held is of the old version: the database answers until the new one is read.
        Assert.Null(Projections.At(version));
        var afterChange = Names(await client.GetPageAsync($"/coaches?organisation={org.Id}"));
        var reloaded = await Projections.LoadNowAsync();
        var afterReload = Names(await client.GetPageAsync($"/coaches?organisation={org.Id}&availability=all"));

        Assert.Equal(["Ada Able"], fromMemory);
        Assert.Equal(1, profileCommands);
        Assert.Equal(["Bryn Baker"], afterChange);
        Assert.Equal(version, reloaded!.Version);
        Assert.Same(reloaded, Projections.At(version));
        Assert.Equal(["Bryn Baker"], afterReload);
    }

    [Fact]
    public async Task A_register_over_the_limit_is_not_held_and_is_searched_in_the_database()
    {
        await using var small = new PortalFactory { AddedSettings = [new("Directory:ProjectedProfilesLimit", "1")] };
        var scheme = await small.SchemeAsync();
        var org = await small.OrganisationAsync(scheme.Id);
        var staff = await small.PersonAsync("Sam", "Staff", org.Id, null, Roles.Staff);
        foreach (var (given, family) in new[] { ("Ada", "Able"), ("Bryn", "Baker") })
        {
            await small.ProfileAsync((await small.PersonAsync(given, family, org.Id)).PersonId, scheme.Id);
        }

        var projections = small.Services.GetRequiredService<DirectoryProjections>();
        var held = await projections.LoadNowAsync();
        var names = Names(await small.ClientFor(staff).GetPageAsync($"/coaches?organisation={org.Id}"));

        Assert.Null(held);
        Assert.Equal(["Ada Able", "Bryn Baker"], names);
    }
}
