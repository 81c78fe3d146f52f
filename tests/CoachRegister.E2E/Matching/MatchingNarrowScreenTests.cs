using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Matching;

/// <summary>
/// HR's matching tables on a phone (375 px wide): each scrolls inside its own box, so the page keeps the
/// screen's width (WCAG 1.4.10, reflow). The cohort preview is checked in <see cref="CohortJourneyTests"/>.
/// </summary>
[Collection(MatchingPortalCollection.Name)]
public class MatchingNarrowScreenTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/hr/matching", "#queue")]
    [InlineData("/hr/matching?stage=Matched", "#queue")]
    public async Task The_queue_scrolls_inside_its_box_not_the_whole_page(string url, string table)
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr"));
        await page.SetViewportSizeAsync(375, 800);

        await page.GotoAsync(url);

        await Assertions.Expect(page.Locator($".app-table-scroll > {table}")).ToBeVisibleAsync();
        var widths = await page.Locator(".app-table-scroll").First.EvaluateAsync<int[]>("b => [b.scrollWidth, b.clientWidth]");
        Assert.True(widths[0] > widths[1], $"The table ({widths[0]} px) fits the box ({widths[1]} px): the test would prove nothing.");
        await MatchingSteps.AssertNoSidewaysScrollAsync(page);
        await page.AssertNoViolationsAsync();
        await page.Context.CloseAsync();
    }
}
