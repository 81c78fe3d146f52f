using System.Globalization;
using System.Net;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Language;

public class LanguageSwitchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string SwitchForm = "form[data-language-switch]";

    [Fact]
    public async Task Choosing_Cymraeg_returns_to_the_same_page_in_Welsh()
    {
        var client = factory.CreateFormClient();
        var english = await client.GetPageAsync("/cookies");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));

        var response = await client.SubmitFormAsync(english, "/cookies", new Dictionary<string, string>(), SwitchForm);

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
        await client.SubmitFormAsync("/", new Dictionary<string, string>(), SwitchForm);
        var welsh = await client.GetPageAsync("/accessibility");
        Assert.Equal("cy", welsh.DocumentElement.GetAttribute("lang"));

        var response = await client.SubmitFormAsync(welsh, "/accessibility", new Dictionary<string, string>(), SwitchForm);

        Assert.Equal("/accessibility", response.Headers.Location?.OriginalString);
        var english = await client.GetPageAsync("/accessibility");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Accessibility statement for the Coaching and mentoring register", english.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_switch_keeps_the_query_string_of_the_page()
    {
        var client = factory.CreateFormClient();

        var response = await client.SubmitFormAsync("/cookies?from=footer", new Dictionary<string, string>(), SwitchForm);

        Assert.Equal("/cookies?from=footer", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task The_switch_never_sends_anyone_to_another_site(string returnUrl)
    {
        var client = factory.CreateFormClient();

        var response = await client.SubmitFormAsync("/", new Dictionary<string, string> { ["returnUrl"] = returnUrl }, SwitchForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unsupported_culture_changes_nothing()
    {
        var client = factory.CreateFormClient();

        var response = await client.SubmitFormAsync("/", new Dictionary<string, string> { ["culture"] = "fr-FR" }, SwitchForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
        Assert.Equal("en", (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_switch_refuses_a_post_without_the_antiforgery_token()
    {
        var response = await factory.CreatePlainClient().PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "cy-GB",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(".AspNetCore.Culture", response.Header("Set-Cookie"));
    }

    [Fact]
    public async Task The_language_cookie_is_http_only_and_lasts_a_year()
    {
        var client = factory.CreateFormClient();

        var response = await client.SubmitFormAsync("/", new Dictionary<string, string>(), SwitchForm);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=" + DateTime.UtcNow.AddYears(1).ToString("ddd, dd MMM yyyy", CultureInfo.InvariantCulture), cookie, StringComparison.OrdinalIgnoreCase);
    }
}
