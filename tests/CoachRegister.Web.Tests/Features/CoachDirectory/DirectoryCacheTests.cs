using System.Net;
using AngleSharp.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.CoachDirectory;

public class DirectoryCacheTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("#results h2 a").Select(a => a.TextContent.Trim()).ToList();

    private async Task<(Guid Scheme, Guid Organisation, TestUser Staff)> ArrangeAsync()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var staff = await factory.PersonAsync("Sam", "Staff", organisation.Id, null, Roles.Staff);
        return (scheme.Id, organisation.Id, staff);
    }

    private Task ChangeAsync(Guid profileId, Action<CoachProfile> change) =>
        factory.WithDbAsync(async db =>
        {
            change(await db.CoachProfiles.Include(p => p.Areas).SingleAsync(p => p.Id == profileId));
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task A_published_paused_or_full_coach_appears_or_disappears_at_once()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        var ada = await factory.ProfileAsync((await factory.PersonAsync("Ada", "Able", org)).PersonId, scheme, p => p.Capacity = 1);
        var client = factory.ClientFor(staff);
        var url = $"/coaches?organisation={org}";

        var before = Names(await client.GetPageAsync(url));
        await ChangeAsync(ada.Id, p => p.Pause("Supervision overdue", null, DateTimeOffset.UtcNow));
        var paused = Names(await client.GetPageAsync(url));
        await ChangeAsync(ada.Id, p => p.Unpause(null, DateTimeOffset.UtcNow));
        var unpaused = Names(await client.GetPageAsync(url));
        var match = await factory.WithDbAsync(async db =>
        {
            var coachee = new Person { GivenName = "Cai", FamilyName = "Coachee", Email = $"cai{Guid.NewGuid():N}@example.org" };
            var m = new Match { CoachProfileId = ada.Id, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = MatchStatus.Proposed };
            db.AddRange(coachee, m);
            await db.SaveChangesAsync();
            return m.Id;
        });
        var full = Names(await client.GetPageAsync(url));
        await factory.WithDbAsync(async db =>
        {
            (await db.Matches.SingleAsync(m => m.Id == match)).ChangeStatus(MatchStatus.Declined, null, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var declined = Names(await client.GetPageAsync(url));
        var area = await factory.AreaAsync("Teams");
        var draft = await factory.ProfileAsync((await factory.PersonAsync("Bea", "Draft", org)).PersonId, scheme, p => p.Status = ProfileStatus.Draft, [area.Id]);
        var withDraft = Names(await client.GetPageAsync(url));
        await ChangeAsync(draft.Id, p => p.Status = ProfileStatus.Published);
        var published = Names(await client.GetPageAsync(url));

        Assert.Equal(["Ada Able"], before);
        Assert.Empty(paused);
        Assert.Equal(["Ada Able"], unpaused);
        Assert.Empty(full);
        Assert.Equal(["Ada Able"], declined);
        Assert.Equal(["Ada Able"], withDraft);
        Assert.Equal(["Ada Able", "Bea Draft"], published);
    }

    [Fact]
    public async Task A_second_server_on_the_same_database_drops_its_results_when_it_next_reads_the_version()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        var ada = await factory.ProfileAsync((await factory.PersonAsync("Ada", "Other", org)).PersonId, scheme);
        using var second = factory.WithWebHostBuilder(_ => { });
        var client = second.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Add(PortalFactory.UserHeader, staff.UserId.ToString());
        var url = $"/coaches?organisation={org}";
        async Task<List<string>> OnSecondAsync() => Names(await FormClient.ParseAsync(await client.GetAsync(url)));

        var before = await OnSecondAsync();
        await ChangeAsync(ada.Id, p => p.Pause("Left the scheme", null, DateTimeOffset.UtcNow));
        var onFirst = Names(await factory.ClientFor(staff).GetPageAsync(url));
        factory.Clock.Offset += new DirectoryOptions().VersionCheckInterval + TimeSpan.FromSeconds(1);
        var after = await OnSecondAsync();

        Assert.Equal(["Ada Other"], before);
        Assert.Empty(onFirst);
        Assert.Empty(after);
    }

    [Fact]
    public async Task The_cache_keeps_no_more_entries_than_its_bound()
    {
        await using var small = new PortalFactory { AddedSettings = [new("Directory:MaxEntries", "6")] };
        var scheme = await small.SchemeAsync();
        var org = await small.OrganisationAsync(scheme.Id);
        var staff = await small.PersonAsync("Sam", "Bounded", org.Id, null, Roles.Staff);
        var client = small.ClientFor(staff);

        for (var i = 0; i < 15; i++)
        {
            await client.GetPageAsync($"/coaches?q=word{i}");
        }

        var cache = small.Services.GetRequiredService<DirectoryCache>();
        await Task.Delay(100);
        Assert.InRange(cache.Count, 1, 6);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    public async Task A_wrong_page_number_goes_to_the_first_page_and_keeps_the_other_filters(string page)
    {
        var (_, org, staff) = await ArrangeAsync();

        var response = await factory.ClientFor(staff).Http.GetAsync($"/coaches?format=Video&organisation={org}&page={page}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/coaches?format=Video&organisation={org}", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_page_past_the_end_goes_to_the_last_page_with_its_results()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        for (var i = 0; i < DirectoryService.PageSize + 2; i++)
        {
            await factory.ProfileAsync((await factory.PersonAsync("Deep", $"D{i:D2}", org)).PersonId, scheme);
        }

        var client = factory.ClientFor(staff);
        var response = await client.Http.GetAsync($"/coaches?organisation={org}&page=999");
        var last = await client.GetPageAsync(response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/coaches?organisation={org}&page=2", response.Headers.Location!.ToString());
        Assert.Equal(["Deep D20", "Deep D21"], Names(last));
    }

    [Fact]
    public async Task Back_to_the_register_returns_to_the_search_the_profile_was_found_by()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        await factory.ProfileAsync((await factory.PersonAsync("Ffion", "Found", org)).PersonId, scheme);
        var client = factory.ClientFor(staff);

        var results = await client.GetPageAsync($"/coaches?q=ffion&organisation={org}&availability=all");
        var profile = await client.GetPageAsync(results.QuerySelector("#results h2 a")!.GetAttribute("href")!);
        var back = profile.QuerySelector(".govuk-back-link")!.GetAttribute("href")!;
        var again = await client.GetPageAsync(back);

        Assert.Equal($"/coaches?q=ffion&organisation={org}&availability=all", back);
        Assert.Equal(["Ffion Found"], Names(again));
    }

    [Fact]
    public async Task One_place_is_said_in_the_singular_in_both_languages()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        var one = await factory.ProfileAsync((await factory.PersonAsync("Owen", "One", org)).PersonId, scheme, p => p.Capacity = 1);
        var client = factory.ClientFor(staff);

        var english = await client.GetPageAsync($"/coaches?organisation={org}");
        var welsh = await FormClient.ParseAsync(await client.Http.GetInWelshAsync($"/coaches?organisation={org}"));
        var profile = await client.GetPageAsync($"/coaches/{one.Id}");

        Assert.Contains("1 of 1 place", english.QuerySelector("#results")!.TextContent);
        Assert.DoesNotContain("places", english.QuerySelector("#results")!.TextContent);
        Assert.Contains("1 o 1 lle", welsh.QuerySelector("#results")!.TextContent);
        Assert.Contains("1 of 1 place", profile.QuerySelector(".govuk-summary-list")!.TextContent);
    }
}
