using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Shell;

[Collection(PortalCollection.Name)]
public class HomePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_home_page_loads_in_chromium_with_its_heading_and_no_accessibility_violations()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Coaching and mentoring register");
        await page.AssertNoViolationsAsync();
    }
}
