using System.Net;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Errors;

public class ErrorPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_unknown_address_gives_the_friendly_not_found_page_with_status_404()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/no-such-page", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Page not found - Coaching and mentoring register", page.Title);
        Assert.NotNull(page.QuerySelector("header .govuk-service-navigation"));
    }

    [Fact]
    public async Task The_not_found_page_is_in_Welsh_for_Welsh_readers()
    {
        var response = await factory.CreatePlainClient().GetInWelshAsync("/no-such-page");
        var page = await FormClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Heb ddod o hyd i'r dudalen", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_language_switch_on_a_not_found_page_returns_to_the_address_asked_for()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/no-such-page?x=1", HttpStatusCode.NotFound);

        Assert.Equal("/language?culture=cy-GB&returnUrl=%2Fno-such-page%3Fx%3D1", page.QuerySelector(".govuk-language-navigation a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_failure_gives_the_friendly_page_with_status_500_and_no_details()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PortalFactory.FailurePath).ExpectingServerError();
        request.Headers.Add("X-Correlation-ID", "failure-ref-42");

        var response = await factory.CreatePlainClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", html);
        Assert.Contains("<strong>failure-ref-42</strong>", html);
        Assert.DoesNotContain(PortalFactory.FailureMessage, html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("default-src 'self'", response.Header("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_failed_post_also_gets_the_friendly_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PortalFactory.FailurePath) { Content = new FormUrlEncodedContent([]) }.ExpectingServerError();

        var response = await factory.CreatePlainClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_failure_page_is_in_Welsh_for_Welsh_readers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PortalFactory.FailurePath).InWelsh().ExpectingServerError();

        var response = await factory.CreatePlainClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Mae&#x27;n ddrwg gennym, mae problem gyda&#x27;r gwasanaeth", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/error/403", HttpStatusCode.Forbidden, "Sorry, you do not have access to this page")]
    [InlineData("/error/404", HttpStatusCode.NotFound, "Page not found")]
    [InlineData("/error/400", HttpStatusCode.BadRequest, "Sorry, there is a problem with your request")]
    [InlineData("/error/503", HttpStatusCode.ServiceUnavailable, "Sorry, there is a problem with the service")]
    [InlineData("/error/200", HttpStatusCode.NotFound, "Page not found")]
    public async Task Each_error_page_has_its_status_and_its_own_words(string url, HttpStatusCode status, string heading)
    {
        var page = await factory.CreateFormClient().GetPageAsync(url, status);

        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_forbidden_page_is_in_Welsh_for_Welsh_readers()
    {
        var response = await factory.CreatePlainClient().GetInWelshAsync("/error/403");
        var page = await FormClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Mae'n ddrwg gennym, nid oes gennych fynediad i'r dudalen hon", page.QuerySelector("h1")?.TextContent);
    }
}
