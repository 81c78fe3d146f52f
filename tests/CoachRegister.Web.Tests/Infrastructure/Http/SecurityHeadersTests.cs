using CoachRegister.Web.Tests.Infrastructure;
using System.Net;

namespace CoachRegister.Web.Tests.Infrastructure.Http;

public class SecurityHeadersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/cookies")]
    [InlineData("/no-such-page")]
    [InlineData("/css/app.css")]
    public async Task Every_response_carries_the_content_security_policy_and_browser_protections(string url)
    {
        var response = await factory.CreatePlainClient().GetAsync(url);

        var csp = response.Header("Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("style-src 'self';", csp);
        Assert.Contains("img-src 'self' data:", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", response.Header("Referrer-Policy"));
        Assert.Contains("camera=()", response.Header("Permissions-Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/accessibility")]
    [InlineData("/no-such-page")]
    public async Task Pages_are_never_stored_by_browsers_or_proxies(string url)
    {
        var response = await factory.CreatePlainClient().GetAsync(url);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control was '{response.CacheControl()}'");
    }

    [Fact]
    public async Task Static_files_keep_normal_caching()
    {
        var response = await factory.CreatePlainClient().GetAsync("/css/app.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_for_the_policy_to_block()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/");

        Assert.All(page.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")), script.OuterHtml));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Contains(page.QuerySelectorAll("script"), s => s.GetAttribute("type") == "module" && s.GetAttribute("src")!.StartsWith("/js/app.", StringComparison.Ordinal));
    }
}
