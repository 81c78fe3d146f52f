using System.Net;
using AngleSharp.Dom;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.CoachDirectory;

public class DirectorySearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("#results h2 a").Select(a => a.TextContent.Trim()).ToList();

    private async Task<(Guid SchemeId, Guid OrganisationId, Guid StaffUserId)> ArrangeAsync()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var staff = await factory.PersonAsync("Sam", "Staff", organisation.Id, null, Roles.Staff);
        return (scheme.Id, organisation.Id, staff.UserId);
    }

    private async Task<CoachProfile> CoachAsync(Guid schemeId, Guid organisationId, string given, string family, Action<CoachProfile>? change = null, IEnumerable<Guid>? areas = null, int matches = 0)
    {
        var person = await factory.PersonAsync(given, family, organisationId);
        return await factory.ProfileAsync(person.PersonId, schemeId, change, areas, matches);
    }

    [Fact]
    public async Task Staff_see_published_coaches_with_places_and_not_paused_full_or_unavailable_ones()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        await CoachAsync(scheme, org, "Ada", "Open");
        await CoachAsync(scheme, org, "Ben", "Paused", p => p.Status = ProfileStatus.Paused);
        await CoachAsync(scheme, org, "Cai", "Full", p => p.Capacity = 1, matches: 1);
        await CoachAsync(scheme, org, "Dee", "Closed", p => p.AcceptingNewCoachees = false);
        await CoachAsync(scheme, org, "Eve", "Draft", p => p.Status = ProfileStatus.Draft);
        await CoachAsync(scheme, org, "Fay", "Mentor", p => p.Offers = OfferType.Mentoring);

        var page = await factory.ClientFor(staff).GetPageAsync($"/coaches?organisation={org}");

        Assert.Equal(["Ada Open"], Names(page));
        Assert.Contains("2 of 2 places", page.QuerySelector("#results")!.TextContent);
    }

    [Fact]
    public async Task Showing_everyone_adds_full_and_unavailable_coaches_after_those_with_places_but_never_paused_ones()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        await CoachAsync(scheme, org, "Ada", "Zed");
        await CoachAsync(scheme, org, "Ben", "Paused", p => p.Status = ProfileStatus.Paused);
        await CoachAsync(scheme, org, "Cai", "Full", p => p.Capacity = 1, matches: 1);
        await CoachAsync(scheme, org, "Dee", "Closed", p => p.AcceptingNewCoachees = false);

        var page = await factory.ClientFor(staff).GetPageAsync($"/coaches?organisation={org}&availability=all");

        Assert.Equal(["Ada Zed", "Dee Closed", "Cai Full"], Names(page));
    }

    [Fact]
    public async Task Mentors_and_coaches_are_separate_registers_and_both_offers_appear_in_each()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        await CoachAsync(scheme, org, "Cora", "Coach");
        await CoachAsync(scheme, org, "Mo", "Mentor", p => p.Offers = OfferType.Mentoring);
        await CoachAsync(scheme, org, "Bea", "Both", p => p.Offers = OfferType.Both);
        var client = factory.ClientFor(staff);

        Assert.Equal(["Bea Both", "Cora Coach"], Names(await client.GetPageAsync($"/coaches?organisation={org}")));
        Assert.Equal(["Bea Both", "Mo Mentor"], Names(await client.GetPageAsync($"/mentors?organisation={org}")));
    }

    [Fact]
    public async Task Text_area_format_qualification_and_supervisor_filters_narrow_the_results()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        var change = await factory.AreaAsync("Managing change");
        var finance = await factory.AreaAsync("Financial management");
        await CoachAsync(scheme, org, "Ann", "Change", p => p.Bio = "Restructures and mergers.", [change.Id]);
        await CoachAsync(scheme, org, "Bob", "Money", p =>
        {
            p.Formats = DeliveryFormat.FaceToFace;
            p.IsTrainedSupervisor = true;
            p.Location = "Kingston upon Thames";
            p.Qualifications.Add(new Qualification { Level = CoachRegister.Domain.Schemes.QualificationLevel.Ilm7, Status = QualificationStatus.InTraining });
        }, [finance.Id]);
        var client = factory.ClientFor(staff);

        Assert.Equal(["Ann Change"], Names(await client.GetPageAsync($"/coaches?organisation={org}&q=mergers")));
        Assert.Equal(["Bob Money"], Names(await client.GetPageAsync($"/coaches?organisation={org}&q=financial")));
        Assert.Equal(["Bob Money"], Names(await client.GetPageAsync($"/coaches?organisation={org}&q=bob%20money")));
        Assert.Equal(["Ann Change"], Names(await client.GetPageAsync($"/coaches?organisation={org}&area={change.Id}")));
        Assert.Equal(["Bob Money"], Names(await client.GetPageAsync($"/coaches?organisation={org}&format=FaceToFace")));
        Assert.Equal(["Ann Change"], Names(await client.GetPageAsync($"/coaches?organisation={org}&format=Video")));
        Assert.Equal(["Bob Money"], Names(await client.GetPageAsync($"/coaches?organisation={org}&supervisor=true")));
        Assert.Equal(["Bob Money"], Names(await client.GetPageAsync($"/coaches?organisation={org}&location=kingston")));
        Assert.Equal(["Bob Money"], Names(await client.GetPageAsync($"/coaches?organisation={org}&qualification=Ilm7")));
        Assert.Empty(Names(await client.GetPageAsync($"/coaches?organisation={org}&q=%25%25")));
        Assert.Empty(Names(await client.GetPageAsync($"/coaches?organisation={org}&q=%5F")));
    }

    [Fact]
    public async Task Results_are_paged_and_the_pagination_links_keep_the_filters()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        for (var i = 0; i < DirectoryService.PageSize + 3; i++)
        {
            await CoachAsync(scheme, org, "Coach", $"N{i:D2}");
        }

        var client = factory.ClientFor(staff);
        var first = await client.GetPageAsync($"/coaches?organisation={org}&format=Video");
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        var second = await client.GetPageAsync(next);

        Assert.Equal(DirectoryService.PageSize, Names(first).Count);
        Assert.Contains($"organisation={org}", next);
        Assert.Contains("format=Video", next);
        Assert.Contains("page=2", next);
        Assert.Equal(["Coach N20", "Coach N21", "Coach N22"], Names(second));
        Assert.Equal("Video", second.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Format")!.Value);
    }

    [Fact]
    public async Task A_page_of_results_costs_two_commands_whatever_its_size()
    {
        var (scheme, org, _) = await ArrangeAsync();
        var areas = new[] { await factory.AreaAsync("Leadership"), await factory.AreaAsync("Culture"), await factory.AreaAsync("Politics"), await factory.AreaAsync("Teams") };
        for (var i = 0; i < 30; i++)
        {
            await CoachAsync(scheme, org, "Many", $"M{i:D2}", p => p.Capacity = 4, areas.Select(a => a.Id), matches: i % 3);
        }

        foreach (var pageSize in new[] { 5, 30 })
        {
            factory.Commands.Reset();
            var asker = new Asker(Guid.NewGuid(), scheme, new HashSet<Guid> { scheme }, new HashSet<Guid>(), IsSystemAdmin: false);
            var search = new DirectorySearch { Organisation = org };
            var (entries, total) = await factory.WithServicesAsync(async services =>
            {
                var directory = services.GetRequiredService<DirectoryService>();
                return (await directory.PageAsync(asker, OfferType.Coaching, search, pageSize, default), await directory.CountAsync(asker, OfferType.Coaching, search, default));
            });

            Assert.Equal(30, total);
            Assert.Equal(pageSize, entries.Count);
            Assert.All(entries, e => Assert.Equal(DirectoryService.TopAreaCount, e.TopAreas.Count));
            Assert.Equal(2, factory.Commands.Mentioning("CoachProfiles").Count);
        }
    }

    [Fact]
    public async Task The_search_page_sends_two_commands_to_the_profiles_table_and_none_at_all_when_asked_again()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        for (var i = 0; i < 5; i++)
        {
            await CoachAsync(scheme, org, "Page", $"P{i}", matches: 1);
        }

        var client = factory.ClientFor(staff);
        factory.Commands.Reset();
        var page = await client.GetPageAsync($"/coaches?organisation={org}");
        var first = factory.Commands.Mentioning("CoachProfiles").Count;
        factory.Commands.Reset();
        var again = await client.GetPageAsync($"/coaches?organisation={org}");

        Assert.Equal(5, Names(page).Count);
        Assert.Equal(2, first);
        Assert.Equal(Names(page), Names(again));
        Assert.All(new[] { "CoachProfiles", "DirectoryVersions", "CoachingAreas", "Organisations", "SchemeAdministrators" },
            table => Assert.Empty(factory.Commands.Mentioning(table)));
    }

    [Fact]
    public async Task A_profile_page_is_three_commands_on_a_cold_cache_none_when_asked_again_and_shows_a_change_at_once()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        var area = await factory.AreaAsync("Profile page area");
        var coach = await CoachAsync(scheme, org, "Pia", "Profile", p => p.Bio = "First words.", [area.Id]);
        var client = factory.ClientFor(staff);
        await client.GetPageAsync("/cookies");

        factory.Commands.Reset();
        var first = await client.Http.GetStringAsync($"/coaches/{coach.Id}");
        // The profile, its areas and its qualifications: a split query, each command joined to the profile.
        var cold = factory.Commands.Mentioning("CoachProfiles").Count;
        factory.Commands.Reset();
        var again = await client.Http.GetStringAsync($"/coaches/{coach.Id}");

        Assert.Contains("First words.", first);
        Assert.Equal(3, cold);
        Assert.Contains("First words.", again);
        Assert.All(new[] { "CoachProfiles", "Qualifications", "CoachingAreas", "People", "DirectoryVersions" },
            table => Assert.Empty(factory.Commands.Mentioning(table)));

        await factory.WithDbAsync(async db =>
        {
            var profile = await db.CoachProfiles.SingleAsync(p => p.Id == coach.Id);
            profile.Bio = "Second words.";
            await db.SaveChangesAsync();
        });
        var changed = await client.Http.GetStringAsync($"/coaches/{coach.Id}");
        Assert.Contains("Second words.", changed);
        Assert.DoesNotContain("First words.", changed);
    }

    [Fact]
    public async Task Script_in_the_search_is_shown_encoded_and_an_over_long_search_gives_an_error_summary()
    {
        var (_, _, staff) = await ArrangeAsync();
        var client = factory.ClientFor(staff);

        var response = await client.Http.GetAsync("/coaches?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&location=%3Cscript%3E");
        var html = await response.Content.ReadAsStringAsync();
        var longSearch = await client.GetPageAsync("/coaches?q=" + new string('a', DirectorySearch.MaxTextLength + 1));
        var badEnum = await client.Http.GetAsync("/coaches?format=Pigeon&qualification=99999&page=-4&area=nonsense");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.NotNull(longSearch.QuerySelector(".govuk-error-summary a[href='#Q']"));
        Assert.Equal(HttpStatusCode.OK, badEnum.StatusCode);
    }

    [Fact]
    public async Task A_member_of_staff_signed_in_through_the_sign_in_page_can_search()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        var page = await client.GetPageAsync("/mentors");

        Assert.Equal("Find a mentor", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".govuk-service-navigation a"), a => a.GetAttribute("href") == "/coaches");
    }

    [Fact]
    public async Task The_directory_is_in_welsh_for_welsh_readers_with_welsh_area_names()
    {
        var (scheme, org, staff) = await ArrangeAsync();
        var area = await factory.AreaAsync("Managing change");
        await CoachAsync(scheme, org, "Gwen", "Cymraeg", areas: [area.Id]);

        var response = await factory.ClientFor(staff).Http.GetInWelshAsync($"/coaches?organisation={org}");
        var page = await FormClient.ParseAsync(response);

        Assert.Equal("Dod o hyd i hyfforddwr", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Cofrestr fentora", page.QuerySelector(".govuk-tabs")!.TextContent);
        Assert.Contains("Cy Managing change", page.QuerySelector("#results")!.TextContent);
        Assert.Contains("2 o 2 lle", page.QuerySelector("#results")!.TextContent);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/coaches");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.ToString());
    }
}
