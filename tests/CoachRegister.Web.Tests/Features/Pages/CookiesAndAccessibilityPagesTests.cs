using System.Net;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Pages;

public class CookiesAndAccessibilityPagesTests(BrandedPortalFactory factory) : IClassFixture<BrandedPortalFactory>
{
    [Fact]
    public async Task The_cookies_page_lists_every_cookie_the_portal_sets()
    {
        var client = factory.CreateFormClient();
        var setByPages = new List<string>();
        foreach (var url in new[] { "/", "/account/sign-in" })
        {
            var response = await client.Http.GetAsync(url);
            setByPages.AddRange(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]) : []);
        }

        var page = await client.GetPageAsync("/cookies");

        Assert.Equal("Cookies - Coaching and mentoring register", page.Title);
        var names = page.QuerySelectorAll("table code").Select(c => c.TextContent).ToList();
        Assert.Contains("__Host-CoachRegister", names);
        Assert.Contains(".AspNetCore.Culture", names);
        Assert.Contains("__Host-Antiforgery", setByPages);
        Assert.All(setByPages, cookie => Assert.Contains(cookie, names));
        Assert.Contains("Keeps you signed in as you move from page to page.", page.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task The_cookies_page_is_in_Welsh_for_Welsh_readers()
    {
        var page = await FormClient.ParseAsync(await factory.CreatePlainClient().GetInWelshAsync("/cookies"));

        Assert.Equal("Cwcis", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Yn cofio a wnaethoch ddewis Saesneg neu Gymraeg.", page.QuerySelector("table")!.TextContent);
        Assert.Equal("Diben", page.QuerySelectorAll("th")[1].TextContent);
    }

    [Fact]
    public async Task The_accessibility_statement_names_the_organisation_and_the_standard()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/accessibility");

        Assert.Equal("Accessibility statement - Coaching and mentoring register", page.Title);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("run by Test Borough Council.", text);
        Assert.Contains("version 2.2 at the AA standard", text);
        Assert.Contains("Enforcement procedure", text);
        Assert.Equal("https://www.equalityadvisoryservice.com/", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Last());
    }

    [Fact]
    public async Task The_accessibility_statement_is_in_Welsh_with_the_Welsh_name_of_the_organisation()
    {
        var response = await factory.CreatePlainClient().GetInWelshAsync("/accessibility");
        var page = await FormClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Datganiad hygyrchedd ar gyfer y Gofrestr hyfforddi a mentora", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("sy'n cael ei rhedeg gan Cyngor Bwrdeistref Prawf.", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Cyngor Bwrdeistref Prawf", page.QuerySelector(".govuk-generic-header__homepage-link")?.TextContent.Trim());
        Assert.Contains("Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_footer_links_to_both_pages_in_the_reader_s_language()
    {
        var english = await factory.CreateFormClient().GetPageAsync("/");
        var welsh = await FormClient.ParseAsync(await factory.CreatePlainClient().GetInWelshAsync("/"));

        Assert.Equal(["Cookies", "Accessibility statement"], english.QuerySelectorAll("footer a").Select(a => a.TextContent));
        Assert.Equal(["Cwcis", "Datganiad hygyrchedd"], welsh.QuerySelectorAll("footer a").Select(a => a.TextContent));
        Assert.Equal(["/cookies", "/accessibility"], welsh.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));
    }
}
