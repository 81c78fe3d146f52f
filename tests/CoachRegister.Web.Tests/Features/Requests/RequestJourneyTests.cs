using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Requests;

public class RequestJourneyTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    private static async Task<string> PostAsync(FormClient client, string url, Dictionary<string, string> fields)
    {
        var response = await client.SubmitFormAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Fills every page of a new request for coaching and returns its id.</summary>
    private async Task<Guid> DraftThroughEveryPageAsync(FormClient client, MatchingScene scene)
    {
        var kindPage = await PostAsync(client, "/requests/new", []);
        var id = Guid.Parse(kindPage.Split('/')[2]);
        Assert.Equal($"/requests/{id}/kind", kindPage);
        Assert.Equal($"/requests/{id}/reasons", await PostAsync(client, kindPage, new() { ["Kind"] = "Coaching" }));
        Assert.Equal($"/requests/{id}/areas", await PostAsync(client, $"/requests/{id}/reasons", new()
        {
            ["Reason1"] = "I have just become a team manager",
            ["Reason2"] = "",
            ["Reason3"] = "My team is being restructured",
            ["IdentifiedThroughAppraisal"] = "true",
            ["KeepReasonsPrivate"] = "true",
        }));
        Assert.Equal($"/requests/{id}/goals", await PostAsync(client, $"/requests/{id}/areas", new() { ["AreaIds"] = scene.Area.Id.ToString() }));
        Assert.Equal($"/requests/{id}/arrangements", await PostAsync(client, $"/requests/{id}/goals", new()
        {
            ["GoalsForSelf"] = "Delegate with confidence",
            ["KeepGoalsForSelfPrivate"] = "true",
            ["GoalsForTeam"] = "A team that plans its own rota",
        }));
        Assert.Equal($"/requests/{id}/preferences", await PostAsync(client, $"/requests/{id}/arrangements", new()
        {
            ["Formats"] = "Video",
            ["PreferredTimes"] = "Tuesday mornings",
        }));
        return id;
    }

    [Fact]
    public async Task A_staff_member_asks_page_by_page_checks_their_answers_and_sends_it_to_their_line_manager()
    {
        var scene = await factory.SceneAsync();
        var client = factory.ClientFor(scene.Requester);

        var id = await DraftThroughEveryPageAsync(client, scene);
        var check = await client.GetPageAsync($"/requests/{id}/check");
        var summary = check.QuerySelector("main")!.TextContent;
        Assert.Contains("1. I have just become a team manager", summary, StringComparison.Ordinal);
        Assert.Contains("2. My team is being restructured", summary, StringComparison.Ordinal);
        Assert.Contains("(kept from your line manager)", summary, StringComparison.Ordinal);
        Assert.Contains("Lena Manager", summary, StringComparison.Ordinal);
        Assert.NotNull(check.QuerySelector($"a[href='/requests/{id}/goals?change=true']"));

        var sent = await client.SubmitFormAsync($"/requests/{id}/check", new Dictionary<string, string>());

        Assert.Equal($"/requests/{id}", sent.Headers.Location!.OriginalString);
        var request = await factory.ReadRequestAsync(id);
        Assert.Equal(MatchRequestStatus.AwaitingLineManager, request.Status);
        Assert.Equal(scene.Manager.PersonId, request.LineManagerId);
        Assert.Equal(RequestPart.Reasons | RequestPart.GoalsForSelf, request.PrivateParts);
        Assert.Equal([MatchRequestStatus.AwaitingLineManager], request.History.Select(h => h.To));
        var mail = Assert.Single(await factory.MailToAsync(scene.Manager.Email));
        Assert.Contains("Rhys Requester asks for your support to find a coach", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"{MatchingPortalFactory.PublicBaseUrl}/requests/support/{id}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("MatchRequestSubmitted", await factory.AuditActionsAsync(id));

        var status = await client.GetPageAsync($"/requests/{id}");
        Assert.Equal("Waiting for the line manager", status.QuerySelector("#stage")!.TextContent.Trim());
        Assert.Contains("Sent to your line manager, Lena Manager", status.QuerySelector("#timeline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_left_open_after_the_request_was_sent_changes_nothing_and_leads_to_where_it_stands()
    {
        var scene = await factory.SceneAsync();
        var draft = await factory.RequestAsync(scene, MatchRequestStatus.Draft);
        var client = factory.ClientFor(scene.Requester);
        var stale = await client.GetPageAsync($"/requests/{draft.Id}/kind");
        await client.SubmitFormAsync($"/requests/{draft.Id}/check", new Dictionary<string, string>());

        var post = await client.SubmitFormAsync(stale, $"/requests/{draft.Id}/kind", new Dictionary<string, string> { ["Kind"] = "Mentoring" });
        var get = await client.Http.GetAsync($"/requests/{draft.Id}/reasons");

        Assert.Equal($"/requests/{draft.Id}", post.Headers.Location!.OriginalString);
        Assert.Equal($"/requests/{draft.Id}", get.Headers.Location!.OriginalString);
        Assert.Equal(OfferType.Coaching, (await factory.ReadRequestAsync(draft.Id)).Wanted);
        var status = await client.GetPageAsync($"/requests/{draft.Id}");
        Assert.Null(status.QuerySelector("#success-banner"));
        Assert.Equal("Your request has been sent, so it can no longer be changed", status.QuerySelector("#important-banner .govuk-notification-banner__heading")!.TextContent.Trim());
    }

    [Fact]
    public async Task Ask_for_this_coach_on_a_profile_starts_a_request_naming_that_coach_and_adds_the_next_one_to_it()
    {
        var scene = await factory.SceneAsync();
        var first = await factory.CoachAsync(scene, "Cara");
        var second = await factory.CoachAsync(scene, "Dion", offers: OfferType.Both);
        var client = factory.ClientFor(scene.Requester);

        var profile = await client.GetPageAsync($"/coaches/{first.Profile.Id}");
        var ask = profile.QuerySelector("#ask-for-this")!;
        Assert.Equal("Ask for this coach", ask.TextContent.Trim());
        var start = await client.GetPageAsync(ask.GetAttribute("href")!);
        Assert.StartsWith("Ask for Cara Coach", start.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        var kindPage = await PostAsync(client, ask.GetAttribute("href")!, []);
        var id = Guid.Parse(kindPage.Split('/')[2]);
        var more = await PostAsync(client, $"/requests/new?coach={second.Profile.Id}&kind=Coaching", []);

        Assert.Equal($"/requests/{id}/preferences", more);
        var request = await factory.ReadRequestAsync(id);
        Assert.Equal(OfferType.Coaching, request.Wanted);
        Assert.Equal([first.Profile.Id, second.Profile.Id], request.Preferences);
        var choices = (await client.GetPageAsync(more)).QuerySelectorAll("#choices .govuk-summary-list__row").Select(r => r.TextContent).ToList();
        Assert.Equal(2, choices.Count);
        Assert.Contains("First choice", choices[0], StringComparison.Ordinal);

        await client.SubmitFormAsync(more, new Dictionary<string, string>(), $"form[action='/requests/{id}/preferences/up']");
        Assert.Equal([second.Profile.Id, first.Profile.Id], (await factory.ReadRequestAsync(id)).Preferences);
    }

    [Fact]
    public async Task Only_the_requester_opens_their_request_pages_everyone_else_gets_not_found()
    {
        var scene = await factory.SceneAsync();
        var draft = await factory.RequestAsync(scene, MatchRequestStatus.Draft);
        var supported = await factory.RequestAsync(scene, MatchRequestStatus.AwaitingMatch, requester: await factory.PersonAsync("Sam", "Other", scene.RequesterOrganisationId, scene.Manager.PersonId, Roles.Staff));
        var stranger = await factory.PersonAsync("Stan", "Stranger", scene.RequesterOrganisationId, null, Roles.Staff);

        foreach (var user in new[] { stranger, scene.Manager, scene.Hr })
        {
            var client = factory.ClientFor(user);
            foreach (var url in new[] { $"/requests/{draft.Id}", $"/requests/{draft.Id}/kind", $"/requests/{draft.Id}/check", $"/requests/{supported.Id}", $"/requests/{supported.Id}/withdraw" })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(scene.Requester).Http.GetAsync($"/requests/{draft.Id}/kind")).StatusCode);
    }

    [Fact]
    public async Task Two_tabs_sending_the_same_request_at_once_send_it_once_and_the_other_tab_is_told()
    {
        var scene = await factory.SceneAsync();
        var draft = await factory.RequestAsync(scene, MatchRequestStatus.Draft);
        var tabs = new[] { factory.ClientFor(scene.Requester), factory.ClientFor(scene.Requester) };
        var pages = await Task.WhenAll(tabs.Select(t => t.GetPageAsync($"/requests/{draft.Id}/check")));

        var responses = await Task.WhenAll(tabs.Select((t, i) => t.SubmitFormAsync(pages[i], $"/requests/{draft.Id}/check", new Dictionary<string, string>())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var request = await factory.ReadRequestAsync(draft.Id);
        Assert.Equal(MatchRequestStatus.AwaitingLineManager, request.Status);
        Assert.Single(request.History);
        Assert.Single(await factory.MailToAsync(scene.Manager.Email));
        var notices = new List<(string Banner, string Text)>();
        foreach (var (tab, response) in tabs.Zip(responses))
        {
            var banner = (await tab.GetPageAsync(response.Headers.Location!.OriginalString)).QuerySelector(".govuk-notification-banner")!;
            notices.Add((banner.Id!, banner.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim()));
        }

        Assert.Contains(("success-banner", "Request sent to Lena Manager"), notices);
        // The other tab sent nothing: it is told so, not congratulated.
        Assert.Single(notices, n => n.Text != "Request sent to Lena Manager" && n.Banner == "important-banner");
    }

    [Fact]
    public async Task A_check_page_left_open_while_an_answer_changed_in_another_tab_asks_to_check_again()
    {
        var scene = await factory.SceneAsync();
        var draft = await factory.RequestAsync(scene, MatchRequestStatus.Draft);
        var client = factory.ClientFor(scene.Requester);
        var stale = await client.GetPageAsync($"/requests/{draft.Id}/check");
        await PostAsync(client, $"/requests/{draft.Id}/arrangements", new() { ["Formats"] = "FaceToFace", ["PreferredTimes"] = "Never on Mondays", ["ReturnToCheck"] = "true" });

        var response = await client.SubmitFormAsync(stale, $"/requests/{draft.Id}/check", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your answers changed in another tab or window", (await FormClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(MatchRequestStatus.Draft, (await factory.ReadRequestAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task Withdrawing_ends_a_proposal_in_progress_tells_the_coach_and_frees_their_place()
    {
        var scene = await factory.SceneAsync();
        var coach = await factory.CoachAsync(scene, capacity: 1);
        var request = await factory.RequestAsync(scene);
        await factory.ClientFor(scene.Hr).SubmitFormAsync($"/hr/matching/{request.Id}", new Dictionary<string, string> { ["Coach"] = coach.Profile.Id.ToString() });
        var client = factory.ClientFor(scene.Requester);

        var response = await client.SubmitFormAsync($"/requests/{request.Id}/withdraw", new Dictionary<string, string>());

        Assert.Equal($"/requests/{request.Id}", response.Headers.Location!.OriginalString);
        var withdrawn = await factory.ReadRequestAsync(request.Id);
        Assert.Equal(MatchRequestStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(MatchStatus.Withdrawn, Assert.Single(withdrawn.Matches).Status);
        Assert.Contains(await factory.MailToAsync(coach.User.Email), m => m.Subject.Contains("has withdrawn their request", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Matches.CountAsync(m => m.CoachProfileId == coach.Profile.Id && Match.HoldsPlace.Contains(m.Status))));
        Assert.Null((await client.GetPageAsync($"/requests/{request.Id}")).QuerySelector($"a[href='/requests/{request.Id}/withdraw']"));
    }
}
