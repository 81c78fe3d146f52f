using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Register;

[Collection(PortalCollection.Name)]
public class WhoMayRegisterPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Hr_adds_a_domain_from_the_schemes_page_and_the_page_fits_a_phone()
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr"));
        await page.GotoAsync("/hr/schemes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Who may register for your schemes' organisations" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cwm Taran County Council" }).ClickAsync();

        await page.GetByLabel("Add a domain").FillAsync("cwmtaran.gov.uk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add domain" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The domain was added.");
        await Assertions.Expect(page.Locator("#domains")).ToContainTextAsync("@cwmtaran.example");
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync("hr-who-may-register");

        await page.SetViewportSizeAsync(375, 800);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 375 px.");
        await page.SaveForDocsAsync("hr-who-may-register-375");
    }
}
