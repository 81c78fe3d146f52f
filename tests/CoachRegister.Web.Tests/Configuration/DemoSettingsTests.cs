using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace CoachRegister.Web.Tests.Configuration;

/// <summary>
/// The demo (scripts/run, the Development environment) names the partnership whose register it shows, not
/// "Your organisation", and its accessibility statement gives a way to reach someone.
/// </summary>
public class DemoSettingsTests
{
    /// <summary>The Portal settings of appsettings.Development.json, as the demo reads them.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> DevelopmentPortalSettings()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "src", "CoachRegister.Web", "appsettings.Development.json")))
        {
            folder = folder.Parent;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(folder!.FullName, "src", "CoachRegister.Web", "appsettings.Development.json"))
            .Build();
        return configuration.GetSection("Portal").AsEnumerable().Where(s => s.Value is not null);
    }

    [Fact]
    public async Task The_demo_header_names_the_partnership_of_the_demo_schemes_and_the_statement_gives_a_contact()
    {
        using var demo = new PortalFactory { AddedSettings = DevelopmentPortalSettings().ToList() };
        var client = demo.CreateFormClient();

        var home = await client.GetPageAsync("/");
        var statement = await client.GetPageAsync("/accessibility");

        var header = home.QuerySelector(".govuk-generic-header__homepage-link")!.TextContent.Trim();
        // The places of the demo's three schemes (Infrastructure/Seeding/DemoCatalogue.cs).
        Assert.All(new[] { "Cwm Taran", "Westmoor", "Northfell" }, place => Assert.Contains(place, header));
        Assert.Contains("Partnership", header);
        var contact = statement.QuerySelector("#accessibility-contact")!;
        Assert.Contains("mailto:", contact.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Telephone", contact.TextContent);
    }
}
