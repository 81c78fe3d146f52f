using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task A_page_without_a_form_sets_no_cookie_for_an_anonymous_visitor()
    {
        var response = await factory.CreatePlainClient().GetAsync("/cookies");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), response.Header("Set-Cookie"));
        Assert.Null((await FormClient.ParseAsync(response)).QuerySelector("form"));
    }

    [Fact]
    public async Task The_header_of_someone_signed_in_has_a_sign_out_form_with_its_antiforgery_token()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/account/sign-in");
        Assert.Null(page.QuerySelector("header form"));

        var home = await factory.ClientFor(await factory.CreateUserAsync(Roles.Staff)).GetPageAsync("/");

        var form = home.QuerySelector("header form[action='/account/sign-out']");
        Assert.Equal("post", form?.GetAttribute("method"));
        Assert.False(string.IsNullOrEmpty(form?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")));
        Assert.Equal("/account", home.QuerySelector("header a.app-header__account-link")?.GetAttribute("href"));
    }

    /// <summary>The layout leaves out the head and body tag helpers, which exist only to run these.</summary>
    [Fact]
    public void No_tag_helper_component_is_registered_for_the_layout_to_miss()
    {
        Assert.Empty(factory.Services.GetServices<Microsoft.AspNetCore.Razor.TagHelpers.ITagHelperComponent>());
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
