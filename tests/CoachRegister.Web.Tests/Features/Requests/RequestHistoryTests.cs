using System.Globalization;
using System.Net;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Tests.Features.Documents;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Requests;

/// <summary>
/// The requester's page says why their request is where it is, as far as the domain lets them know: the scheme
/// team's waiting-list reason is written for them; the coach's reason for declining is for the scheme team alone,
/// and after a chemistry meeting neither side learns who said no.
/// </summary>
public class RequestHistoryTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    private static string Timeline(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("#timeline")!.TextContent;

    [Fact]
    public async Task After_a_coach_declines_the_requester_reads_that_it_is_back_with_the_scheme_team_but_not_the_coachs_reason()
    {
        var scene = await factory.SceneAsync();
        var coach = await factory.CoachAsync(scene);
        var request = await factory.RequestAsync(scene);
        var matchId = await factory.ProposeAsync(scene, request.Id, coach.Profile.Id);
        var declined = await factory.ClientFor(coach.User).SubmitFormAsync($"/proposals/{matchId}", new Dictionary<string, string> { ["DeclineReason"] = "I am on leave for a month" },
            $"form[action='/proposals/{matchId}/decline']");
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var client = factory.ClientFor(scene.Requester);

        var page = await client.GetPageAsync($"/requests/{request.Id}");

        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("The proposed coach could not take your request on, so it is back with the scheme team. They will propose someone else.", main, StringComparison.Ordinal);
        Assert.Contains("The proposed coach could not take it on", Timeline(page), StringComparison.Ordinal);
        Assert.DoesNotContain("I am on leave", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        await client.InWelshAsync();
        Assert.Contains("Nid oedd modd i’r sawl a gynigiwyd dderbyn eich cais, felly mae’n ôl gyda thîm y cynllun.",
            (await client.GetPageAsync($"/requests/{request.Id}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scheme_teams_waiting_list_reason_stays_in_the_history_after_the_request_moves_on()
    {
        var scene = await factory.SceneAsync();
        var coach = await factory.CoachAsync(scene);
        var request = await factory.RequestAsync(scene, MatchRequestStatus.Waitlisted);
        await factory.ProposeAsync(scene, request.Id, coach.Profile.Id);
        var client = factory.ClientFor(scene.Requester);

        var page = await client.GetPageAsync($"/requests/{request.Id}");

        Assert.Contains("Put on the waiting list by the scheme team: Nobody has a place this month", Timeline(page), StringComparison.Ordinal);
        await client.InWelshAsync();
        Assert.Contains("Wedi’i roi ar y rhestr aros gan dîm y cynllun: Nobody has a place this month",
            Timeline(await client.GetPageAsync($"/requests/{request.Id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_chemistry_meeting_the_coach_said_no_to_the_requester_reads_that_it_did_not_lead_to_a_match_not_who_said_no()
    {
        var scene = await factory.SceneAsync();
        var coach = await factory.CoachAsync(scene);
        var request = await factory.RequestAsync(scene);
        var matchId = await factory.ProposeAsync(scene, request.Id, coach.Profile.Id);
        var coachClient = factory.ClientFor(coach.User);
        await coachClient.SubmitFormAsync($"/proposals/{matchId}", new Dictionary<string, string>());
        var today = DateTime.UtcNow;
        await coachClient.SubmitFormAsync($"/matches/{matchId}/chemistry", new Dictionary<string, string>
        {
            ["Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["Format"] = "Video",
        }, $"form[action='/matches/{matchId}/chemistry/arrange']");
        var answered = await coachClient.SubmitFormAsync($"/matches/{matchId}/chemistry", new Dictionary<string, string> { ["GoOn"] = "false" },
            $"form[action='/matches/{matchId}/chemistry/answer']");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var page = await factory.ClientFor(scene.Requester).GetPageAsync($"/requests/{request.Id}");

        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Your chemistry meeting did not lead to a match.", main, StringComparison.Ordinal);
        Assert.Contains("Your request is back with the scheme team, who will propose someone else.", main, StringComparison.Ordinal);
        Assert.DoesNotContain("said no", main, StringComparison.OrdinalIgnoreCase);
    }
}
