using System.Net;
using System.Text.RegularExpressions;
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
        Assert.Contains(".app-header__link-button", css);
        Assert.Contains("font-family:arial,sans-serif", css);
        Assert.DoesNotContain("GDS Transport", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/assets/fonts/", css);
    }

    [Fact]
    public async Task The_javascript_bundle_is_served_with_the_components_the_views_use()
    {
        var response = await factory.CreatePlainClient().GetAsync("/js/app.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.ContentType()?.MediaType);
        Assert.All(ViewModules(), module => Assert.Contains($"\"{module}\"", script));
        Assert.DoesNotContain("govuk-accordion", script);
    }

    [Fact]
    public async Task Every_GOV_UK_block_the_views_use_is_in_the_compiled_css()
    {
        var css = await (await factory.CreatePlainClient().GetAsync("/css/app.css")).Content.ReadAsStringAsync();
        var blocks = ViewFiles()
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\bgovuk-(?!!)[a-z-]+").Select(m => m.Value))
            .Select(c => Regex.Replace(c, "(__|--).*$", ""))
            .Where(c => !c.StartsWith("govuk-js-", StringComparison.Ordinal) && c != "govuk-frontend-supported")
            .Distinct()
            .ToList();

        Assert.NotEmpty(blocks);
        Assert.All(blocks, block => Assert.Contains("." + block, css));
        Assert.DoesNotContain(".govuk-accordion", css);
    }

    [Fact]
    public async Task The_layout_links_the_fingerprinted_assets_which_are_cached_as_immutable()
    {
        var client = factory.CreatePlainClient();
        var page = await FormClient.ParseAsync(await client.GetAsync("/accessibility"));
        var css = page.QuerySelector("link[rel=stylesheet][href*='/css/app']")!.GetAttribute("href")!;
        var script = page.QuerySelector("script[type=module]")!.GetAttribute("src")!;
        var response = await client.GetAsync(css);

        Assert.Matches(@"^/css/app\.[a-z0-9]+\.css$", css);
        Assert.Matches(@"^/js/app\.[a-z0-9]+\.js$", script);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.CacheControl());
    }

    /// <summary>
    /// The build's endpoint manifest (MapStaticAssets) offers each asset compressed; a published portal serves the
    /// compressed files, which the test host's web root does not hold (the load test measures them on the wire).
    /// </summary>
    [Theory]
    [InlineData("css/app.css")]
    [InlineData("js/app.js")]
    public void The_built_assets_have_compressed_variants(string asset)
    {
        var manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CoachRegister.Web.staticwebassets.endpoints.json"));

        Assert.Contains($"\"AssetFile\":\"{asset}.gz\"", manifest);
    }

    /// <summary>The data-module names the views write: a component the bundle must start.</summary>
    private static List<string> ViewModules() =>
        ViewFiles()
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "data-module=\"(govuk-[a-z-]+)\"").Select(m => m.Groups[1].Value))
            .Append("govuk-radios")
            .Append("govuk-checkboxes")
            .Distinct()
            .ToList();

    private static IEnumerable<string> ViewFiles()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "CoachRegister.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var web = Path.Combine(root, "src", "CoachRegister.Web");
        return Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains("node_modules", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_GOV_UK_fonts_are_not_served()
    {
        var response = await factory.CreatePlainClient().GetAsync("/assets/fonts/bold-b542beb274-v2.woff2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
