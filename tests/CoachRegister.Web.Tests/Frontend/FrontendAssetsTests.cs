using System.Net;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Frontend;

public class FrontendAssetsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_compiled_css_is_served_without_the_GOV_UK_font()
    {
        var response = await factory.CreatePlainClient().GetAsync("/css/app.css");
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.ContentType()?.MediaType);
        Assert.Contains(".govuk-generic-header", css);
        Assert.Contains(".app-language-navigation__button", css);
        Assert.Contains("font-family:arial,sans-serif", css);
        Assert.DoesNotContain("GDS Transport", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/assets/fonts/", css);
    }

    [Theory]
    [InlineData("/js/app.js", "initAll")]
    [InlineData("/lib/govuk/govuk-frontend.min.js", "export{")]
    public async Task The_javascript_modules_are_served(string url, string expected)
    {
        var response = await factory.CreatePlainClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.ContentType()?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_GOV_UK_fonts_are_not_served()
    {
        var response = await factory.CreatePlainClient().GetAsync("/assets/fonts/bold-b542beb274-v2.woff2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
