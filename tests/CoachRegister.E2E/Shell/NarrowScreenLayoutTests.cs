using System.Globalization;
using CoachRegister.Data;
using CoachRegister.E2E.Infrastructure;
using CoachRegister.Web.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Shell;

/// <summary>
/// Pages a new user found broken on a phone (375 px wide) or in Welsh, measured in Chromium and captured in
/// docs/screenshots/ (the *-375 and *-cy files) for a person to look at.
/// </summary>
[Collection(PortalCollection.Name)]
public class NarrowScreenLayoutTests(BrowserFixture browser)
{
    private const int PhoneWidth = 375;

    private async Task<IPage> PhoneAsync(string who, string locale = "en-GB")
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo(who), locale);
        await page.SetViewportSizeAsync(PhoneWidth, 800);
        return page;
    }

    /// <summary>Passes when nothing makes the page wider than the screen; otherwise names what reaches beyond it.</summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var beyond = overflow == 0 ? "" : await page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('.app-table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 8)
                .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`)
                .join(', ')
            """);
        Assert.True(overflow == 0, $"{page.Url} is {overflow} px wider than the screen: {beyond}");
    }

    [Theory]
    [InlineData("/hr/applications", "hr-applications-375")]
    [InlineData("/hr/profiles", "hr-profiles-375")]
    public async Task An_hr_table_scrolls_inside_its_box_not_the_whole_page(string url, string screenshot)
    {
        var page = await PhoneAsync("hr");

        await page.GotoAsync(url);

        var box = page.Locator(".app-table-scroll").First;
        var widths = await box.EvaluateAsync<int[]>("b => [b.scrollWidth, b.clientWidth]");
        var (inner, visible) = (widths[0], widths[1]);
        Assert.True(inner > visible, $"The table ({inner} px) fits the box ({visible} px): the test would prove nothing.");
        await AssertNoSidewaysScrollAsync(page);
        await page.SaveForDocsAsync(screenshot);
    }

    [Fact]
    public async Task A_message_with_a_long_link_wraps_in_the_mail_viewer()
    {
        var subject = "Long link " + Guid.NewGuid().ToString("N")[..8];
        var link = "https://register.example.org/join/support/" + string.Concat(Enumerable.Repeat("0123456789abcdef", 12)) + "?from=email";
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EmailOutbox>().QueueAsync(
                "reader@example.org", NotificationEmail.Template, new NotificationEmail(subject, "A long link", [$"Open {link} to answer."]), new CultureInfo("en-GB"));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        await browser.Portal.Services.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(CancellationToken.None);
        var page = await PhoneAsync("admin");
        await page.GotoAsync("/admin/mail");
        await page.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();

        await Assertions.Expect(page.Locator("pre.app-mail-text")).ToContainTextAsync("0123456789abcdef");
        await AssertNoSidewaysScrollAsync(page);
        await page.SaveForDocsAsync("mail-message-375");
    }

    [Fact]
    public async Task The_welsh_hr_menu_keeps_each_item_on_one_line()
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr"), "cy-GB");
        await page.GotoAsync("/hr/applications");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");

        await page.SaveForDocsAsync("hr-menu-cy");
        var items = await page.Locator(".govuk-service-navigation__item").EvaluateAllAsync<string[]>(
            "items => items.map(i => `${i.textContent.trim()} at ${Math.round(i.getBoundingClientRect().top)} px, ${i.querySelector('a').getClientRects().length} line(s)`)");

        Assert.True(items.All(i => i.EndsWith(" 1 line(s)", StringComparison.Ordinal)), string.Join("; ", items));
        Assert.True(items.Select(i => i.Split(" at ")[1].Split(' ')[0]).Distinct().Count() == 1, string.Join("; ", items));
    }

    [Fact]
    public async Task The_profile_reveals_the_accrediting_body_counts_characters_and_confirms_in_a_banner()
    {
        var page = await PhoneAsync("coach");
        await page.GotoAsync("/profile");

        var otherBody = page.GetByLabel("Name of the accrediting body");
        await page.Locator("input[name=Accreditation][value=Other]").CheckAsync();
        await Assertions.Expect(otherBody).ToBeVisibleAsync();
        await page.Locator("input[name=Accreditation][value=None]").CheckAsync();
        await Assertions.Expect(otherBody).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".govuk-character-count__status").First).ToContainTextAsync("characters remaining");

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my profile is still current" }).ClickAsync();

        var banner = page.Locator("main > .govuk-grid-row:first-child .govuk-notification-banner--success");
        await Assertions.Expect(banner).ToContainTextAsync("Thank you for confirming your profile is up to date.");
        await AssertNoSidewaysScrollAsync(page);
        await page.SaveForDocsAsync("profile-banner-375");
    }
}
