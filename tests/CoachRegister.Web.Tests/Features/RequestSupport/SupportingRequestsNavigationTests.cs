using AngleSharp.Html.Dom;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Infrastructure.Layout;
using CoachRegister.Web.Tests.Features.Matching;
using Microsoft.AspNetCore.Http;

namespace CoachRegister.Web.Tests.Features.RequestSupport;

/// <summary>
/// The menu marks the reader's own task: a line manager answering a report's request for a coach is not at
/// "My requests", which is the requester's.
/// </summary>
public class SupportingRequestsNavigationTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    private static string? CurrentMenuItem(IHtmlDocument page) =>
        page.QuerySelector(".govuk-service-navigation__list a[aria-current=page]")?.TextContent.Trim();

    [Fact]
    public async Task The_line_managers_support_page_does_not_mark_my_requests_and_the_requesters_page_does()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene, MatchRequestStatus.AwaitingLineManager);

        var support = await factory.ClientFor(scene.Manager).GetPageAsync($"/requests/support/{request.Id}");
        var own = await factory.ClientFor(scene.Requester).GetPageAsync($"/requests/{request.Id}");

        Assert.Contains(support.QuerySelectorAll(".govuk-service-navigation__list a"), a => a.TextContent.Trim() == "My requests");
        Assert.Null(CurrentMenuItem(support));
        Assert.Equal("My requests", CurrentMenuItem(own));
    }

    /// <summary>
    /// Every page below a menu item's path is that item's unless it says otherwise: these are the pages below one
    /// item's path that are someone else's task, and no item but the one named may claim them.
    /// </summary>
    [Theory]
    [InlineData("/requests/support/0199a000-0000-7000-8000-000000000001", null)]
    [InlineData("/join/support/0199a000-0000-7000-8000-000000000001", null)]
    [InlineData("/requests/0199a000-0000-7000-8000-000000000001/kind", "My requests")]
    [InlineData("/requests", "My requests")]
    [InlineData("/join/start", "Join the register")]
    [InlineData("/hr/matching/cohorts/new", "Matching")]
    [InlineData("/hr/matching/settings", "Matching")]
    [InlineData("/development/supervision/new", "My CPD")]
    [InlineData("/supervision/0199a000-0000-7000-8000-000000000001", "Supervision")]
    public void At_most_one_item_is_current_and_it_is_the_pages_own(string path, string? expected)
    {
        var current = PortalNavigation.Items.Where(item => item.IsCurrent(new PathString(path))).Select(item => item.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], current);
    }
}
