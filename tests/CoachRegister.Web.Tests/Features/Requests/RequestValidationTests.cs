using System.Net;
using AngleSharp.Html.Dom;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Requests;

public class RequestValidationTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    private static List<string?> Summary(IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();

    /// <summary>Text of exactly <paramref name="length"/> characters, one of them beyond ASCII.</summary>
    private static string Text(int length, char mark) => new string(mark, length - 1) + "ä";

    [Fact]
    public async Task The_reasons_page_lists_its_errors_in_field_order()
    {
        var scene = await factory.SceneAsync();
        var draft = await factory.RequestAsync(scene, MatchRequestStatus.Draft);
        var client = factory.ClientFor(scene.Requester);

        var response = await client.SubmitFormAsync($"/requests/{draft.Id}/reasons", new Dictionary<string, string>
        {
            ["Reason1"] = "",
            ["Reason2"] = Text(MatchRequestLimits.Reason + 1, 'b'),
            ["Reason3"] = Text(MatchRequestLimits.Reason + 1, 'c'),
            ["IdentifiedThroughAppraisal"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["#Reason1", "#Reason2", "#Reason3", "#IdentifiedThroughAppraisal"], Summary(await FormClient.ParseAsync(response)));
        Assert.Equal(2, (await factory.ReadRequestAsync(draft.Id)).Reasons.Count);
    }

    [Fact]
    public async Task Every_field_at_its_maximum_survives_a_validation_error_with_nothing_lost()
    {
        var scene = await factory.SceneAsync();
        var draft = await factory.RequestAsync(scene, MatchRequestStatus.Draft);
        var client = factory.ClientFor(scene.Requester);
        var reasons = new[] { Text(MatchRequestLimits.Reason, 'x'), Text(MatchRequestLimits.Reason, 'y'), Text(MatchRequestLimits.Reason, 'z') };
        var goals = new[] { Text(MatchRequestLimits.Goal, 'p'), Text(MatchRequestLimits.Goal, 'q') };

        var reasonsPage = await FormClient.ParseAsync(await client.SubmitFormAsync($"/requests/{draft.Id}/reasons", new Dictionary<string, string>
        {
            ["Reason1"] = reasons[0],
            ["Reason2"] = reasons[1],
            ["Reason3"] = reasons[2],
            ["IdentifiedThroughAppraisal"] = "",
            ["KeepReasonsPrivate"] = "true",
        }));
        var goalsPage = await FormClient.ParseAsync(await client.SubmitFormAsync($"/requests/{draft.Id}/goals", new Dictionary<string, string>
        {
            ["GoalsForSelf"] = goals[0],
            ["KeepGoalsForSelfPrivate"] = "true",
            ["GoalsForTeam"] = goals[1],
            ["GoalsForOrganisation"] = Text(MatchRequestLimits.Goal + 1, 'r'),
        }));
        // No format ticked: the field is left out of the post, as a browser does.
        var timesPage = await FormClient.ParseAsync(await client.PostWithTokenAsync($"/requests/{draft.Id}/arrangements", new()
        {
            ["PreferredTimes"] = Text(MatchRequestLimits.PreferredTimes, 't'),
        }));

        Assert.Equal(["#IdentifiedThroughAppraisal"], Summary(reasonsPage));
        Assert.Equal(reasons, new[] { "Reason1", "Reason2", "Reason3" }.Select(n => ((IHtmlTextAreaElement)reasonsPage.QuerySelector($"textarea[name='{n}']")!).Value));
        Assert.True(((IHtmlInputElement)reasonsPage.QuerySelector("input[name='KeepReasonsPrivate']")!).IsChecked);
        Assert.Equal(["#GoalsForOrganisation"], Summary(goalsPage));
        Assert.Equal(goals, new[] { "GoalsForSelf", "GoalsForTeam" }.Select(n => ((IHtmlTextAreaElement)goalsPage.QuerySelector($"textarea[name='{n}']")!).Value));
        Assert.Equal(MatchRequestLimits.Goal + 1, ((IHtmlTextAreaElement)goalsPage.QuerySelector("textarea[name='GoalsForOrganisation']")!).Value.Length);
        Assert.True(((IHtmlInputElement)goalsPage.QuerySelector("input[name='KeepGoalsForSelfPrivate']")!).IsChecked);
        Assert.Equal(["#Formats"], Summary(timesPage));
        Assert.Equal(Text(MatchRequestLimits.PreferredTimes, 't'), timesPage.QuerySelector("[name='PreferredTimes']")!.GetAttribute("value") ?? timesPage.QuerySelector("[name='PreferredTimes']")!.TextContent);
        var saved = await factory.ReadRequestAsync(draft.Id);
        Assert.Equal("Delegate with confidence", saved.GoalsForSelf);
    }
}
