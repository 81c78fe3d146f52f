using System.Net;
using AngleSharp.Html.Dom;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.HrMatching;

/// <summary>
/// An action the rules refuse says so in GOV.UK's neutral notification banner ("Important"), not in the green
/// success banner, which is kept for changes that were made.
/// </summary>
public class RefusedActionBannerTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    private static void AssertImportant(IHtmlDocument page, string message)
    {
        Assert.Null(page.QuerySelector("#success-banner"));
        var banner = page.QuerySelector("#important-banner")!;
        Assert.DoesNotContain("govuk-notification-banner--success", banner.ClassList);
        Assert.Contains("govuk-notification-banner", banner.ClassList);
        Assert.Equal("region", banner.GetAttribute("role"));
        Assert.Equal("Important", banner.QuerySelector(".govuk-notification-banner__title")!.TextContent.Trim());
        Assert.Equal(message, banner.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
    }

    [Fact]
    public async Task Discarding_a_cohort_that_is_no_longer_a_draft_is_refused_in_the_important_banner()
    {
        var scene = await factory.SceneAsync();
        await factory.CoachAsync(scene);
        var request = await factory.RequestAsync(scene);
        var client = factory.ClientFor(scene.Hr);
        await client.GetPageAsync($"/hr/matching/cohorts/new?scheme={scene.Scheme.Id}");
        var planned = await client.PostPairsWithTokenAsync("/hr/matching/cohorts",
            [new("RequestIds", request.Id.ToString()), new("Name", "Spring intake"), new("WholePool", "true"), new("SchemeId", scene.Scheme.Id.ToString())]);
        var url = planned.Headers.Location!.OriginalString;
        var stale = await client.GetPageAsync(url);
        var discarded = await client.SubmitFormAsync(stale, url, new Dictionary<string, string>(), "form[action$='/discard']");
        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        await client.GetPageAsync(discarded.Headers.Location!.OriginalString);

        var again = await client.SubmitFormAsync(stale, url, new Dictionary<string, string>(), "form[action$='/discard']");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        AssertImportant(await client.GetPageAsync(again.Headers.Location!.OriginalString), "This cohort has already been released or discarded");
    }

    [Fact]
    public async Task In_welsh_the_important_banner_is_titled_in_welsh()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene, CoachRegister.Domain.Matching.MatchRequestStatus.Draft);
        var client = factory.ClientFor(scene.Requester);
        await client.SubmitFormAsync($"/requests/{request.Id}/check", new Dictionary<string, string>());
        await Documents.DocumentDownloads.InWelshAsync(client);

        var refused = await client.Http.GetAsync($"/requests/{request.Id}/kind");
        var page = await client.GetPageAsync(refused.Headers.Location!.OriginalString);

        Assert.Null(page.QuerySelector("#success-banner"));
        Assert.Equal("Pwysig", page.QuerySelector("#important-banner .govuk-notification-banner__title")!.TextContent.Trim());
    }
}
