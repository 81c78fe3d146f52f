using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Language;

public class LanguageSwitchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string SwitchLink = ".govuk-language-navigation a";

    private static string SwitchHref(IHtmlDocument page) =>
        Assert.Single(page.QuerySelectorAll(SwitchLink)).GetAttribute("href")!;

    [Fact]
    public async Task Choosing_Cymraeg_returns_to_the_same_page_in_Welsh()
    {
        var client = factory.CreateFormClient();
        var english = await client.GetPageAsync("/cookies");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));

        var response = await client.Http.GetAsync(SwitchHref(english));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cookies", response.Headers.Location?.OriginalString);
        var welsh = await client.GetPageAsync("/cookies");
        Assert.Equal("cy", welsh.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Cwcis", welsh.QuerySelector("h1")?.TextContent);
        Assert.Equal("Cwcis - Cofrestr hyfforddi a mentora", welsh.Title);
        Assert.Contains("Neidio i'r prif gynnwys", welsh.QuerySelector(".govuk-skip-link")?.TextContent);
    }

    [Fact]
    public async Task Choosing_English_again_switches_back()
    {
        var client = factory.CreateFormClient();
        await client.Http.GetAsync(SwitchHref(await client.GetPageAsync("/")));
        var welsh = await client.GetPageAsync("/accessibility");
        Assert.Equal("cy", welsh.DocumentElement.GetAttribute("lang"));

        var response = await client.Http.GetAsync(SwitchHref(welsh));

        Assert.Equal("/accessibility", response.Headers.Location?.OriginalString);
        var english = await client.GetPageAsync("/accessibility");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Accessibility statement for the Coaching and mentoring register", english.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_switch_is_a_link_in_the_other_language_and_the_current_one_is_marked()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/cookies?from=footer");

        var link = Assert.Single(page.QuerySelectorAll(SwitchLink));
        Assert.Equal("Cymraeg", link.TextContent);
        Assert.Equal("cy", link.GetAttribute("lang"));
        Assert.Equal("cy", link.GetAttribute("hreflang"));
        Assert.Equal("/language?culture=cy-GB&returnUrl=%2Fcookies%3Ffrom%3Dfooter", link.GetAttribute("href"));
        var current = page.QuerySelector(".govuk-language-navigation [aria-current=true]");
        Assert.Equal("English", current?.TextContent);
        Assert.Null(page.QuerySelector("form[action='/language']"));
    }

    [Fact]
    public async Task The_switch_keeps_the_query_string_of_the_page()
    {
        var client = factory.CreateFormClient();

        var response = await client.Http.GetAsync(SwitchHref(await client.GetPageAsync("/cookies?from=footer")));

        Assert.Equal("/cookies?from=footer", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task The_switch_never_sends_anyone_to_another_site(string returnUrl)
    {
        var response = await factory.CreatePlainClient().GetAsync("/language?culture=cy-GB&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unsupported_culture_changes_nothing()
    {
        var client = factory.CreateFormClient();

        var response = await client.Http.GetAsync("/language?culture=fr-FR&returnUrl=%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
        Assert.Equal("en", (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_post_to_the_switch_is_not_answered()
    {
        var response = await factory.CreatePlainClient().PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "cy-GB",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.DoesNotContain(".AspNetCore.Culture", response.Header("Set-Cookie"));
    }

    [Fact]
    public async Task The_language_cookie_is_http_only_and_lasts_a_year_and_the_redirect_is_not_stored()
    {
        var response = await factory.CreatePlainClient().GetAsync("/language?culture=cy-GB&returnUrl=%2F");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=" + DateTime.UtcNow.AddYears(1).ToString("ddd, dd MMM yyyy", CultureInfo.InvariantCulture), cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no-store", response.CacheControl());
    }
}
