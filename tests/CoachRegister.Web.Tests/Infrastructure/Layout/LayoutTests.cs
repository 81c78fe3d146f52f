using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Infrastructure.Layout;

public class LayoutTests(BrandedPortalFactory factory) : IClassFixture<BrandedPortalFactory>
{
    [Fact]
    public async Task The_header_shows_the_organisation_and_the_service_without_the_GOV_UK_brand()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/");

        Assert.Equal("Test Borough Council", page.QuerySelector(".govuk-generic-header__homepage-link")?.TextContent.Trim());
        Assert.Equal("Coaching and mentoring register", page.QuerySelector(".govuk-service-navigation__service-name")?.TextContent.Trim());
        Assert.Null(page.QuerySelector(".govuk-header__logo, svg, [class*=crown]"));
        Assert.DoesNotContain("GOV.UK", page.Title);
        Assert.Equal("#main-content", page.QuerySelector("a.govuk-skip-link")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#main-content"));
    }

    [Fact]
    public async Task Home_is_in_the_navigation_for_everyone_and_marked_current_on_the_home_page()
    {
        var client = factory.CreateFormClient();

        var home = await client.GetPageAsync("/");
        var cookies = await client.GetPageAsync("/cookies");

        var current = Assert.Single(home.QuerySelectorAll(".govuk-service-navigation__list a"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal("Home", current.TextContent.Trim());
        Assert.Null(cookies.QuerySelector(".govuk-service-navigation__list a[aria-current]"));
    }

    [Fact]
    public async Task The_brand_style_sheet_carries_the_configured_colour_and_may_be_cached()
    {
        var client = factory.CreateFormClient();
        var page = await client.GetPageAsync("/");
        var href = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith("/brand.css?v=", StringComparison.Ordinal));

        var response = await client.Http.GetAsync(href);

        Assert.Equal("text/css", response.ContentType()?.MediaType);
        Assert.Contains(".govuk-generic-header{background-color:#123456}", await response.Content.ReadAsStringAsync());
        Assert.Contains("max-age=31536000", response.CacheControl());
        Assert.False(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_html_element_is_the_govuk_template_in_the_page_language()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("govuk-template", page.DocumentElement.ClassList);
        Assert.Equal("Home - Coaching and mentoring register", page.Title);
    }
}
