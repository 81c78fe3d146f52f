using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Account;

[Collection(PortalCollection.Name)]
public class DemoSignInTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("staff")]
    [InlineData("manager")]
    [InlineData("coach")]
    [InlineData("mentor")]
    [InlineData("supervisor")]
    [InlineData("hr")]
    [InlineData("admin")]
    public async Task Each_demo_role_signs_in_through_the_form_and_reaches_its_home_page(string who)
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync(SignIn.Demo(who));

        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync($"home-{who}");
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_summary_linked_to_the_field()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(SignIn.Demo("staff"));
        await page.GetByLabel("Password").FillAsync("not the demo password at all");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_sign_in_page_is_captured_for_the_docs_in_both_languages()
    {
        var english = await browser.NewPageAsync();
        await english.GotoAsync("/account/sign-in");
        await Assertions.Expect(english.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await english.SaveForDocsAsync("sign-in");

        var welsh = await browser.NewPageAsync("cy-GB");
        await welsh.GotoAsync("/account/sign-in");
        await Assertions.Expect(welsh.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(welsh.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Sign in");
        await welsh.SaveForDocsAsync("sign-in-cy");
    }

    [Fact]
    public async Task The_language_switch_keeps_you_on_the_same_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/cookies");

        await page.GetByRole(AriaRole.Link, new() { Name = "Cymraeg" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/cookies", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cwcis");
    }
}
