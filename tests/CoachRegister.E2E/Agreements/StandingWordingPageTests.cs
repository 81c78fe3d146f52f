using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Agreements;

[Collection(PortalCollection.Name)]
public class StandingWordingPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Hr_rewords_a_forms_notice_from_the_schemes_page_and_the_page_fits_a_phone()
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr"));
        await page.GotoAsync("/hr/schemes");
        await page.GetByRole(AriaRole.Link, new() { Name = "The standing wording of the agreement and the forms for your schemes' organisations" }).ClickAsync();
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cwm Taran County Council" }).ClickAsync();

        // The demo council reworded the session record's opening paragraph; each form's group opens on its own.
        var sessionRecord = page.Locator("details[data-form='SessionRecordLead']");
        await sessionRecord.Locator("summary").ClickAsync();
        await Assertions.Expect(sessionRecord).ToContainTextAsync("within a week of each session");
        await page.AssertNoViolationsAsync();

        var plan = page.Locator("details[data-form='DevelopmentPlanLead']");
        await plan.Locator("summary").ClickAsync();
        await plan.GetByRole(AriaRole.Link, new() { Name = "Change Learning and development plan: notice (English)" }).ClickAsync();
        await page.GetByLabel("The wording").FillAsync("Confidential to the two of you. Keep paper copies locked away.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The form prints it from now on");
        await Assertions.Expect(page.Locator("details[data-form='DevelopmentPlanLead'][open]")).ToContainTextAsync("Keep paper copies locked away.");
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync("hr-wording-forms");

        await page.SetViewportSizeAsync(375, 800);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 375 px.");
        await page.SaveForDocsAsync("hr-wording-forms-375");
    }
}
