using System.Net;
using AngleSharp.Html.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrMatching;

public class HrMatchingTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    private static List<string> Suggested(IHtmlDocument page) =>
        page.QuerySelectorAll("#suggestions [data-coach]").Select(s => s.GetAttribute("data-coach")!).ToList();

    [Fact]
    public async Task The_queue_shows_the_schemes_supported_requests_with_their_age_and_the_home_page_its_oldest()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene);
        var waiting = await factory.RequestAsync(scene, MatchRequestStatus.AwaitingLineManager,
            requester: await factory.PersonAsync("Wyn", "Waiting", scene.RequesterOrganisationId, scene.Manager.PersonId, Roles.Staff));
        var elsewhere = await factory.SceneAsync();
        var theirs = await factory.RequestAsync(elsewhere);
        var client = factory.ClientFor(scene.Hr);

        var queue = await client.GetPageAsync("/hr/matching");

        var links = queue.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/hr/matching/{request.Id}", links);
        Assert.DoesNotContain($"/hr/matching/{waiting.Id}", links);
        Assert.DoesNotContain($"/hr/matching/{theirs.Id}", links);
        // Supported three days ago less an hour: two whole days.
        Assert.Equal("2", queue.QuerySelector($"tr[data-request='{request.Id}'] [data-age]")!.TextContent.Trim());
        var home = await client.GetPageAsync("/");
        Assert.Equal("1", home.QuerySelector("#matching-queue [data-figure='waiting-for-match']")!.TextContent.Trim());
        Assert.Contains("the oldest for 2 days", home.QuerySelector("#matching-queue")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_are_only_eligible_coaches_with_their_reasons_and_named_coaches_who_cannot_be_matched_say_why()
    {
        var scene = await factory.SceneAsync();
        var eligible = await factory.CoachAsync(scene, "Cara");
        var fern = await factory.PersonAsync("Fern", "Full", scene.CoachOrganisationId, null, Roles.Staff, Roles.Coach);
        var full = await factory.ProfileAsync(fern.PersonId, scene.Scheme.Id, p => p.Capacity = 1, [scene.Area.Id], activeMatches: 1);
        var director = await factory.ProfileAsync(scene.Director.PersonId, scene.Scheme.Id, p => p.Capacity = 3, [scene.Area.Id]);
        var sameArea = await factory.PersonAsync("Sian", "Sameplace", scene.RequesterOrganisationId, null, Roles.Staff, Roles.Coach);
        var sameAreaProfile = await factory.ProfileAsync(sameArea.PersonId, scene.Scheme.Id, null, [scene.Area.Id]);
        var request = await factory.RequestAsync(scene, preferences: [director.Id, full.Id, eligible.Profile.Id]);

        var page = await factory.ClientFor(scene.Hr).GetPageAsync($"/hr/matching/{request.Id}");

        Assert.Equal([eligible.Profile.Id.ToString()], Suggested(page));
        var why = page.QuerySelector($"[data-coach='{eligible.Profile.Id}'] [data-why]")!.TextContent;
        Assert.Contains("Offers 1 of the 1 areas asked for", why, StringComparison.Ordinal);
        Assert.Contains("The requester's third choice", why, StringComparison.Ordinal);
        Assert.Contains("(Third choice)", page.QuerySelector($"[data-coach='{eligible.Profile.Id}'] label")!.TextContent, StringComparison.Ordinal);
        var ineligible = page.QuerySelector("#ineligible-preferences")!.TextContent;
        Assert.Contains("Dee Director (First choice) cannot be matched", ineligible, StringComparison.Ordinal);
        Assert.Contains("Above the requester in their reporting line", ineligible, StringComparison.Ordinal);
        Assert.Contains("Fern Full (Second choice) cannot be matched", ineligible, StringComparison.Ordinal);
        Assert.Contains("Has no places left", ineligible, StringComparison.Ordinal);
        Assert.DoesNotContain(sameAreaProfile.Id.ToString(), page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheme_that_allows_its_own_service_area_and_a_changed_weight_change_the_suggestions()
    {
        var scene = await factory.SceneAsync(s => s.Matching.AllowsSameServiceArea = true);
        var sameArea = await factory.PersonAsync("Sian", "Sameplace", scene.RequesterOrganisationId, null, Roles.Staff, Roles.Coach);
        var sameAreaProfile = await factory.ProfileAsync(sameArea.PersonId, scene.Scheme.Id, null, [scene.Area.Id]);
        var request = await factory.RequestAsync(scene);
        var client = factory.ClientFor(scene.Hr);

        var before = await client.GetPageAsync($"/hr/matching/{request.Id}");
        Assert.Equal([sameAreaProfile.Id.ToString()], Suggested(before));
        var points = before.QuerySelector($"[data-coach='{sameAreaProfile.Id}'] label")!.TextContent;

        var settings = await client.GetPageAsync($"/hr/matching/settings/{scene.Scheme.Id}");
        var areaWeight = (IHtmlInputElement)settings.QuerySelector("main input[name='AreasInCommonWeight']")!;
        var saved = await client.SubmitFormAsync(settings, $"/hr/matching/settings/{scene.Scheme.Id}", new Dictionary<string, string>
        {
            ["AreasInCommonWeight"] = (int.Parse(areaWeight.Value, System.Globalization.CultureInfo.InvariantCulture) + 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await client.GetPageAsync($"/hr/matching/{request.Id}");
        Assert.NotEqual(points, after.QuerySelector($"[data-coach='{sameAreaProfile.Id}'] label")!.TextContent);
    }

    [Fact]
    public async Task Hr_proposes_a_coach_who_is_told_by_e_mail_and_sees_it_waiting_and_the_requester_is_told()
    {
        var scene = await factory.SceneAsync();
        var coach = await factory.CoachAsync(scene);
        var request = await factory.RequestAsync(scene, preferences: [coach.Profile.Id]);
        var client = factory.ClientFor(scene.Hr);
        var page = await client.GetPageAsync($"/hr/matching/{request.Id}");
        Assert.Equal("checked", page.QuerySelector($"[data-coach='{coach.Profile.Id}'] input")!.GetAttribute("checked"));

        var response = await client.SubmitFormAsync(page, $"/hr/matching/{request.Id}", new Dictionary<string, string>());

        Assert.Equal($"/hr/matching/{request.Id}", response.Headers.Location!.OriginalString);
        var proposed = await factory.ReadRequestAsync(request.Id);
        Assert.Equal(MatchRequestStatus.Proposed, proposed.Status);
        var match = Assert.Single(proposed.Matches);
        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Equal(coach.Profile.Id, match.CoachProfileId);
        Assert.Equal(14, (int)Math.Round((match.RespondBy!.Value - match.CreatedAt).TotalDays));
        Assert.Contains("MatchProposed", await factory.AuditActionsAsync(match.Id));
        Assert.Contains($"{MatchingPortalFactory.PublicBaseUrl}/proposals/{match.Id}", Assert.Single(await factory.MailToAsync(coach.User.Email)).TextBody, StringComparison.Ordinal);
        Assert.NotEmpty(await factory.MailToAsync(scene.Requester.Email));
        var coachHome = await factory.ClientFor(coach.User).GetPageAsync("/");
        Assert.Contains("Rhys Requester", coachHome.QuerySelector("#my-proposals")!.TextContent, StringComparison.Ordinal);
        var status = await factory.ClientFor(scene.Requester).GetPageAsync($"/requests/{request.Id}");
        Assert.Equal("Proposed: waiting for the coach's answer", status.QuerySelector("#stage")!.TextContent.Trim());
    }

    [Fact]
    public async Task Hr_puts_a_request_on_the_waiting_list_with_a_reason_the_requester_reads()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene);
        var client = factory.ClientFor(scene.Hr);
        var page = await client.GetPageAsync($"/hr/matching/{request.Id}");
        Assert.NotNull(page.QuerySelector("#no-suggestions"));

        var invalid = await client.SubmitFormAsync(page, $"/hr/matching/{request.Id}", new Dictionary<string, string>(), $"form[action='/hr/matching/{request.Id}/waitlist']");
        Assert.Equal(["#WaitlistReason"], (await FormClient.ParseAsync(invalid)).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());

        var response = await client.SubmitFormAsync(page, $"/hr/matching/{request.Id}", new Dictionary<string, string> { ["WaitlistReason"] = "Every leadership coach is full until March" },
            $"form[action='/hr/matching/{request.Id}/waitlist']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var waitlisted = await factory.ReadRequestAsync(request.Id);
        Assert.Equal(MatchRequestStatus.Waitlisted, waitlisted.Status);
        Assert.Contains("MatchRequestWaitlisted", await factory.AuditActionsAsync(request.Id));
        Assert.Contains(await factory.MailToAsync(scene.Requester.Email), m => m.TextBody.Contains("Every leadership coach is full until March", StringComparison.Ordinal));
        var status = await factory.ClientFor(scene.Requester).GetPageAsync($"/requests/{request.Id}");
        Assert.Contains("Every leadership coach is full until March", status.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_a_coach_with_the_wanted_area_joins_hr_sees_the_waiting_request_now_has_an_eligible_coach()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene, MatchRequestStatus.Waitlisted);
        var client = factory.ClientFor(scene.Hr);
        var before = await client.GetPageAsync("/hr/matching?stage=Waitlisted");
        Assert.Equal("0", before.QuerySelector($"tr[data-request='{request.Id}'] [data-eligible]")!.TextContent.Trim());

        var coach = await factory.CoachAsync(scene);

        var after = await client.GetPageAsync("/hr/matching?stage=Waitlisted");
        Assert.Equal("1", after.QuerySelector($"tr[data-request='{request.Id}'] [data-eligible]")!.TextContent.Trim());
        var details = await client.GetPageAsync($"/hr/matching/{request.Id}");
        Assert.Equal([coach.Profile.Id.ToString()], Suggested(details));
    }

    [Fact]
    public async Task Hr_of_another_scheme_cannot_open_or_match_a_request()
    {
        var scene = await factory.SceneAsync();
        var coach = await factory.CoachAsync(scene);
        var request = await factory.RequestAsync(scene);
        var elsewhere = await factory.SceneAsync();
        var client = factory.ClientFor(elsewhere.Hr);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/hr/matching/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/hr/matching/{request.Id}/propose", new() { ["Coach"] = coach.Profile.Id.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/hr/matching/{request.Id}/waitlist", new() { ["WaitlistReason"] = "No" })).StatusCode);
        Assert.Equal(MatchRequestStatus.AwaitingMatch, (await factory.ReadRequestAsync(request.Id)).Status);
        foreach (var user in new[] { scene.Requester, scene.Manager, coach.User })
        {
            var refused = await factory.ClientFor(user).Http.GetAsync($"/hr/matching/{request.Id}");
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || refused.Headers.Location?.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) == true,
                $"GET gave {(int)refused.StatusCode}");
        }
    }

    [Fact]
    public async Task Two_hr_admins_confirming_at_once_make_one_proposal_and_the_other_is_told()
    {
        var scene = await factory.SceneAsync();
        var first = await factory.CoachAsync(scene, "Cara");
        var second = await factory.CoachAsync(scene, "Dion");
        var request = await factory.RequestAsync(scene);
        var colleague = await factory.PersonAsync("Huw", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(colleague.PersonId, scene.Scheme.Id);
        var admins = new[] { factory.ClientFor(scene.Hr), factory.ClientFor(colleague) };
        var pages = await Task.WhenAll(admins.Select(a => a.GetPageAsync($"/hr/matching/{request.Id}")));

        var responses = await Task.WhenAll(admins.Select((a, i) => a.SubmitFormAsync(pages[i], $"/hr/matching/{request.Id}",
            new Dictionary<string, string> { ["Coach"] = (i == 0 ? first : second).Profile.Id.ToString() })));

        await MatchingTestData.AssertOneWinnerAsync(responses, "Someone else changed this request while you were looking at it", "This request is no longer waiting for a match");
        var proposed = await factory.ReadRequestAsync(request.Id);
        Assert.Single(proposed.Matches);
        Assert.Single(proposed.History, h => h.To == MatchRequestStatus.Proposed);
    }

    [Fact]
    public async Task Two_proposals_for_a_coachs_last_place_at_once_end_with_one_and_the_other_admin_is_told()
    {
        var scene = await factory.SceneAsync();
        var coach = await factory.CoachAsync(scene, capacity: 1);
        var one = await factory.RequestAsync(scene);
        var two = await factory.RequestAsync(scene, requester: await factory.PersonAsync("Tom", "Two", scene.RequesterOrganisationId, scene.Manager.PersonId, Roles.Staff));
        var colleague = await factory.PersonAsync("Huw", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(colleague.PersonId, scene.Scheme.Id);
        var admins = new[] { (Client: factory.ClientFor(scene.Hr), Request: one), (Client: factory.ClientFor(colleague), Request: two) };
        var pages = await Task.WhenAll(admins.Select(a => a.Client.GetPageAsync($"/hr/matching/{a.Request.Id}")));

        var responses = await Task.WhenAll(admins.Select((a, i) => a.Client.SubmitFormAsync(pages[i], $"/hr/matching/{a.Request.Id}",
            new Dictionary<string, string> { ["Coach"] = coach.Profile.Id.ToString() })));

        await MatchingTestData.AssertOneWinnerAsync(responses, "That coach's last place was taken a moment ago by another proposal", "That coach cannot be matched with this request under the scheme's rules");
        Assert.Equal(1, await factory.WithDbAsync(db => db.Matches.CountAsync(m => m.CoachProfileId == coach.Profile.Id)));
        Assert.Single(new[] { await factory.ReadRequestAsync(one.Id), await factory.ReadRequestAsync(two.Id) }, r => r.Status == MatchRequestStatus.Proposed);
    }
}
