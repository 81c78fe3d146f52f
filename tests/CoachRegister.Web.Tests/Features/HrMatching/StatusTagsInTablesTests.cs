using System.Text.RegularExpressions;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.HrMatching;

/// <summary>
/// A status tag in a table that scrolls in its own box stays on one line: GOV.UK Frontend caps a tag at 160 px so
/// that a long single word can wrap, which in a table column breaks "No longer possible" across two lines.
/// </summary>
public partial class StatusTagsInTablesTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    [GeneratedRegex(@"\.app-table-scroll \.govuk-tag\{(?<rules>[^}]*)\}")]
    private static partial Regex TagInCell();

    [Fact]
    public async Task Tags_in_the_cohort_tables_do_not_wrap()
    {
        var scene = await factory.SceneAsync();
        await factory.CoachAsync(scene);
        var request = await factory.RequestAsync(scene);
        var client = factory.ClientFor(scene.Hr);
        await client.GetPageAsync($"/hr/matching/cohorts/new?scheme={scene.Scheme.Id}");
        await client.PostPairsWithTokenAsync("/hr/matching/cohorts",
            [new("RequestIds", request.Id.ToString()), new("Name", "Spring intake"), new("WholePool", "true"), new("SchemeId", scene.Scheme.Id.ToString())]);

        var cohorts = await client.GetPageAsync("/hr/matching/cohorts");
        var css = await client.Http.GetStringAsync("/css/app.css");

        Assert.NotNull(cohorts.QuerySelector(".app-table-scroll table td.govuk-table__cell .govuk-tag"));
        var rules = TagInCell().Match(css).Groups["rules"].Value;
        Assert.Contains("white-space:nowrap", rules, StringComparison.Ordinal);
        Assert.Contains("max-width:none", rules, StringComparison.Ordinal);
    }
}
