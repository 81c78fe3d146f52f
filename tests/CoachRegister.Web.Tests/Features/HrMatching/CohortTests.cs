using System.Net;
using AngleSharp.Html.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrMatching;

public class CohortTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    private static string CoachCell(IHtmlDocument page, Guid requestId) =>
        page.QuerySelector($"tr[data-request='{requestId}'] [data-coach]")!.TextContent;

    /// <summary>
    /// Two coaches with one place each and two requests: Xavi is first choice of the first request and the only
    /// coach the second may have (Yana shares its service area). A best-first pass gives Xavi to the first and
    /// leaves the second with nobody; the best assignment gives each a coach.
    /// </summary>
    private async Task<(MatchingScene Scene, MatchRequest First, MatchRequest Second, SceneCoach Xavi, SceneCoach Yana)> CohortSceneAsync()
    {
        var scene = await factory.SceneAsync();
        var elsewhere = await factory.OrganisationAsync(scene.Scheme.Id);
        var xaviUser = await factory.PersonAsync("Xavi", "Coach", elsewhere.Id, null, Roles.Staff, Roles.Coach);
        var xavi = new SceneCoach(xaviUser, await factory.ProfileAsync(xaviUser.PersonId, scene.Scheme.Id, p => p.Capacity = 1, [scene.Area.Id]));
        var yana = await factory.CoachAsync(scene, "Yana", capacity: 1);
        var first = await factory.RequestAsync(scene, preferences: [xavi.Profile.Id]);
        var second = await factory.RequestAsync(scene, requester: await factory.PersonAsync("Sara", "Second", scene.CoachOrganisationId, scene.Manager.PersonId, Roles.Staff));
        return (scene, first, second, xavi, yana);
    }

    private async Task<(FormClient Client, string Preview)> PlanAsync(MatchingScene scene, params Guid[] requestIds)
    {
        var client = factory.ClientFor(scene.Hr);
        await client.GetPageAsync($"/hr/matching/cohorts/new?scheme={scene.Scheme.Id}");
        var response = await client.PostPairsWithTokenAsync("/hr/matching/cohorts",
            requestIds.Select(id => new KeyValuePair<string, string>("RequestIds", id.ToString()))
                .Concat([new("Name", "Leadership fellows, spring intake"), new("WholePool", "true"), new("SchemeId", scene.Scheme.Id.ToString())]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Hr_previews_the_best_assignment_with_reasons_adjusts_it_and_releases_the_proposals()
    {
        var (scene, first, second, xavi, yana) = await CohortSceneAsync();
        var (client, url) = await PlanAsync(scene, first.Id, second.Id);

        var preview = await client.GetPageAsync(url);
        Assert.Contains("Yana", CoachCell(preview, first.Id), StringComparison.Ordinal);
        Assert.Contains("Xavi", CoachCell(preview, second.Id), StringComparison.Ordinal);
        Assert.Contains("Offers 1 of the 1 areas asked for", preview.QuerySelector($"tr[data-request='{first.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 pairs", preview.QuerySelector("[data-figure='planned']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("a simple best-first pass would make 1 pair,", preview.QuerySelector("[data-figure='optimal']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await factory.MailToAsync(xavi.User.Email));

        var adjusted = await client.SubmitFormAsync(preview, url, new Dictionary<string, string> { ["Coach"] = "" }, $"tr[data-request='{first.Id}'] form");
        Assert.Equal(HttpStatusCode.Redirect, adjusted.StatusCode);
        var changed = await client.GetPageAsync(url);
        Assert.NotNull(changed.QuerySelector($"tr[data-request='{first.Id}'] [data-unmatched]"));
        Assert.StartsWith("1 pair,", changed.QuerySelector("[data-figure='planned']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Release: send 1 proposal", changed.QuerySelector("form[action$='/release']")!.TextContent, StringComparison.Ordinal);
        await client.SubmitFormAsync(changed, url, new Dictionary<string, string> { ["Coach"] = yana.Profile.Id.ToString() }, $"tr[data-request='{first.Id}'] form");

        var released = await client.SubmitFormAsync(await client.GetPageAsync(url), url, new Dictionary<string, string>(), "form[action$='/release']");

        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.NotNull((await client.GetPageAsync(url)).QuerySelector("#released"));
        Assert.Equal(yana.Profile.Id, Assert.Single((await factory.ReadRequestAsync(first.Id)).Matches).CoachProfileId);
        Assert.Equal(xavi.Profile.Id, Assert.Single((await factory.ReadRequestAsync(second.Id)).Matches).CoachProfileId);
        Assert.Single(await factory.MailToAsync(xavi.User.Email));
        Assert.Single(await factory.MailToAsync(yana.User.Email));
        var planId = Guid.Parse(url.Split('/').Last());
        Assert.Equal(["CohortPlanned", "CohortAdjusted", "CohortAdjusted", "CohortReleased"], await factory.AuditActionsAsync(planId));
        Assert.Null((await client.GetPageAsync(url)).QuerySelector("form[action$='/release'], form[action$='/discard']"));
    }

    [Fact]
    public async Task A_request_matched_meanwhile_stops_the_release_and_nothing_goes_out()
    {
        var (scene, first, second, xavi, yana) = await CohortSceneAsync();
        var (client, url) = await PlanAsync(scene, first.Id, second.Id);
        var preview = await client.GetPageAsync(url);
        await factory.ProposeAsync(scene, first.Id, yana.Profile.Id);
        var yanaMail = (await factory.MailToAsync(yana.User.Email)).Count;

        var released = await client.SubmitFormAsync(preview, url, new Dictionary<string, string>(), "form[action$='/release']");

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Contains("Some pairs can no longer be made", (await FormClient.ParseAsync(released)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await factory.ReadRequestAsync(second.Id)).Matches);
        Assert.Empty(await factory.MailToAsync(xavi.User.Email));
        Assert.Equal(yanaMail, (await factory.MailToAsync(yana.User.Email)).Count);
        Assert.Equal(CohortPlanStatus.Draft, await factory.WithDbAsync(db => db.CohortPlans.Where(p => p.Id == Guid.Parse(url.Split('/').Last())).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Hr_of_another_scheme_cannot_open_or_release_a_cohort()
    {
        var (scene, first, second, _, _) = await CohortSceneAsync();
        var (_, url) = await PlanAsync(scene, first.Id, second.Id);
        var elsewhere = await factory.SceneAsync();
        var client = factory.ClientFor(elsewhere.Hr);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync(url + "/release", new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/hr/matching/cohorts/new?scheme={scene.Scheme.Id}")).StatusCode);
        Assert.DoesNotContain(url, (await client.GetPageAsync("/hr/matching/cohorts")).DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Empty((await factory.ReadRequestAsync(first.Id)).Matches);
    }
}
