using CoachRegister.E2E.Infrastructure;

namespace CoachRegister.E2E.Accessibility;

/// <summary>axe's WCAG 2.x A/AA rules on every page of the foundation, in English and in Welsh.</summary>
[Collection(PortalCollection.Name)]
public class FoundationPagesAccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, string?, string> Pages()
    {
        var data = new TheoryData<string, string?, string>();
        string[] anonymous =
        [
            "/", "/account/sign-in", "/account/register", "/account/forgot-password", "/account/resend-confirmation",
            "/cookies", "/accessibility", "/no-such-page", "/account/register/check-your-email",
            "/account/forgot-password/check-your-email",
        ];
        (string Url, string Who)[] signedIn =
        [
            ("/", "staff"), ("/account", "staff"), ("/account/change-password", "staff"), ("/account/change-email", "staff"),
            ("/account/two-factor", "staff"),
            ("/account/two-factor/set-up", "staff"), ("/account/re-authenticate", "staff"),
            ("/account/access-denied", "staff"), ("/admin/mail", "admin"), ("/", "hr"), ("/", "coach"), ("/", "manager"),
            ("/hr/schemes", "hr"), ("/hr/organisations", "hr"), ("/admin/schemes", "admin"),
        ];
        foreach (var locale in new[] { "en-GB", "cy-GB" })
        {
            foreach (var url in anonymous)
            {
                data.Add(url, null, locale);
            }

            foreach (var (url, who) in signedIn)
            {
                data.Add(url, who, locale);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violations(string url, string? who, string locale)
    {
        var page = who is null
            ? await browser.NewPageAsync(locale)
            : await browser.NewSignedInPageAsync(SignIn.Demo(who), locale);

        var response = await page.GotoAsync(url);

        Assert.NotNull(response);
        if (who is not null)
        {
            Assert.DoesNotContain("/account/sign-in", page.Url, StringComparison.Ordinal);
        }

        Assert.Equal(locale[..2], await page.Locator("html").GetAttributeAsync("lang"));
        await page.AssertNoViolationsAsync();
    }
}
