using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.RequestSupport;

public class RequestSupportTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    [Fact]
    public async Task The_line_manager_reads_only_the_shared_parts_and_supports_with_protected_time()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene, MatchRequestStatus.AwaitingLineManager, keepPrivate: RequestPart.Reasons | RequestPart.GoalsForSelf);
        var client = factory.ClientFor(scene.Manager);

        var home = await client.GetPageAsync("/");
        Assert.Contains("Rhys Requester", home.QuerySelector("#requests-to-support")!.TextContent, StringComparison.Ordinal);
        var page = await client.GetPageAsync($"/requests/support/{request.Id}");
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("I have just become a team manager", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Delegate with confidence", html, StringComparison.Ordinal);
        Assert.Contains("A team that plans its own rota", html, StringComparison.Ordinal);
        Assert.Contains("has kept some parts of the request private", html, StringComparison.Ordinal);

        var response = await client.SubmitFormAsync(page, $"/requests/support/{request.Id}", new Dictionary<string, string>
        {
            ["Supports"] = "true",
            ["ProtectedHoursPerMonth"] = "3",
        });

        Assert.Equal($"/requests/support/{request.Id}", response.Headers.Location!.OriginalString);
        var supported = await factory.ReadRequestAsync(request.Id);
        Assert.Equal(MatchRequestStatus.AwaitingMatch, supported.Status);
        Assert.Equal(LineManagerSupport.Supported, supported.LineManagerSupport);
        Assert.Equal(3m, supported.ProtectedHoursPerMonth);
        Assert.Contains("MatchRequestSupported", await factory.AuditActionsAsync(request.Id));
        Assert.NotEmpty(await factory.MailToAsync(scene.Requester.Email));
        var after = await client.GetPageAsync($"/requests/support/{request.Id}");
        Assert.NotNull(after.QuerySelector("#answered"));
        Assert.Null(after.QuerySelector("main form"));
    }

    [Fact]
    public async Task Not_supporting_needs_a_comment_which_goes_back_to_the_requester()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene, MatchRequestStatus.AwaitingLineManager);
        var client = factory.ClientFor(scene.Manager);

        var invalid = await client.SubmitFormAsync($"/requests/support/{request.Id}", new Dictionary<string, string> { ["Supports"] = "false" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var errors = (await FormClient.ParseAsync(invalid)).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Comment"], errors);
        Assert.Equal(MatchRequestStatus.AwaitingLineManager, (await factory.ReadRequestAsync(request.Id)).Status);

        var response = await client.SubmitFormAsync($"/requests/support/{request.Id}", new Dictionary<string, string>
        {
            ["Supports"] = "false",
            ["Comment"] = "Let us talk about this at your next one-to-one",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var answered = await factory.ReadRequestAsync(request.Id);
        Assert.Equal(LineManagerSupport.NotSupported, answered.LineManagerSupport);
        Assert.NotEqual(MatchRequestStatus.AwaitingMatch, answered.Status);
        Assert.Contains("MatchRequestNotSupported", await factory.AuditActionsAsync(request.Id));
        var status = await factory.ClientFor(scene.Requester).GetPageAsync($"/requests/{request.Id}/check");
        Assert.Contains("Let us talk about this at your next one-to-one", status.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_named_line_manager_opens_the_support_page_and_not_before_it_is_sent()
    {
        var scene = await factory.SceneAsync();
        var sent = await factory.RequestAsync(scene, MatchRequestStatus.AwaitingLineManager);
        var other = await factory.PersonAsync("Olly", "Requester", scene.RequesterOrganisationId, scene.Manager.PersonId, Roles.Staff);
        var draft = await factory.RequestAsync(scene, MatchRequestStatus.Draft, requester: other);
        var colleague = await factory.PersonAsync("Colin", "Manager", scene.RequesterOrganisationId, scene.Director.PersonId, Roles.Staff);

        foreach (var user in new[] { colleague, scene.Director, scene.Hr, scene.Requester })
        {
            var client = factory.ClientFor(user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/requests/support/{sent.Id}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(scene.Manager).Http.GetAsync($"/requests/support/{draft.Id}")).StatusCode);
        var forged = await factory.ClientFor(colleague).PostWithTokenAsync($"/requests/support/{sent.Id}", new() { ["Supports"] = "true", ["ProtectedHoursPerMonth"] = "1" });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(MatchRequestStatus.AwaitingLineManager, (await factory.ReadRequestAsync(sent.Id)).Status);
    }

    [Fact]
    public async Task Two_tabs_answering_at_once_end_with_one_answer_and_the_other_is_told()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene, MatchRequestStatus.AwaitingLineManager);
        var tabs = new[] { factory.ClientFor(scene.Manager), factory.ClientFor(scene.Manager) };
        var pages = await Task.WhenAll(tabs.Select(t => t.GetPageAsync($"/requests/support/{request.Id}")));

        var responses = await Task.WhenAll(tabs.Select((t, i) => t.SubmitFormAsync(pages[i], $"/requests/support/{request.Id}", i == 0
            ? new Dictionary<string, string> { ["Supports"] = "true", ["ProtectedHoursPerMonth"] = "2" }
            : new Dictionary<string, string> { ["Supports"] = "true", ["ProtectedHoursPerMonth"] = "4" })));

        await MatchingTestData.AssertOneWinnerAsync(responses, "This request changed while you were answering it", "This request is no longer waiting for your answer");
        var answered = await factory.ReadRequestAsync(request.Id);
        Assert.Equal(2, answered.History.Count);
        Assert.Single(await factory.MailToAsync(scene.Requester.Email));
    }
}
