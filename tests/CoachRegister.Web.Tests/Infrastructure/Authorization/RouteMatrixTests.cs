using System.Net;
using System.Text;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>
/// Visits every GET route of the portal as an anonymous visitor and as a signed-in holder of each role, and
/// compares what happens with the route table in docs/confidentiality.md. A new route fails the test until
/// it is written into that table, so no page reaches users without someone deciding who may open it.
/// Routes that name one record are visited with an id that does not exist: they must refuse or say not
/// found, never show anything or fail; the record-by-record checks are in each feature's tests.
/// To rewrite the table after adding routes, run with UPDATE_ROUTE_TABLE=1 and review the diff.
/// </summary>
public class RouteMatrixTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Anonymous = "Anonymous";
    private const string StartMarker = "<!-- routes:start -->";
    private const string EndMarker = "<!-- routes:end -->";

    private static readonly string[] Visitors =
        [Anonymous, Roles.Staff, Roles.Coach, Roles.Mentor, Roles.Supervisor, Roles.HrAdmin, Roles.SystemAdmin];

    [Fact]
    public async Task Every_route_answers_every_role_as_the_documented_table_says()
    {
        var routes = GetRoutes();
        var observed = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        var clients = new Dictionary<string, FormClient>();
        foreach (var visitor in Visitors)
        {
            clients[visitor] = visitor == Anonymous ? factory.CreateFormClient() : factory.ClientFor(await factory.CreateUserAsync(visitor));
        }

        foreach (var route in routes)
        {
            var outcomes = new string[Visitors.Length];
            for (var i = 0; i < Visitors.Length; i++)
            {
                var response = await clients[Visitors[i]].Http.GetAsync(SampleUrl(route));
                Assert.True((int)response.StatusCode < 500, $"GET {route} as {Visitors[i]} gave {(int)response.StatusCode}.");
                outcomes[i] = Classify(response);
            }

            observed[route] = outcomes;
        }

        var docPath = Path.Combine(RepositoryRoot(), "docs", "confidentiality.md");
        var table = RenderTable(observed);
        if (Environment.GetEnvironmentVariable("UPDATE_ROUTE_TABLE") == "1")
        {
            var doc = await File.ReadAllTextAsync(docPath);
            var start = doc.IndexOf(StartMarker, StringComparison.Ordinal) + StartMarker.Length;
            var end = doc.IndexOf(EndMarker, StringComparison.Ordinal);
            await File.WriteAllTextAsync(docPath, doc[..start] + "\n" + table + doc[end..]);
        }

        var documented = ReadDocumentedTable(await File.ReadAllTextAsync(docPath));
        Assert.Equal(documented.Keys.Order(StringComparer.Ordinal), observed.Keys);
        foreach (var (route, outcomes) in observed)
        {
            for (var i = 0; i < Visitors.Length; i++)
            {
                Assert.True(
                    documented[route][i] == outcomes[i],
                    $"GET {route} as {Visitors[i]}: the table says '{documented[route][i]}', the portal answered '{outcomes[i]}'.");
            }
        }
    }

    [Fact]
    public void Pages_for_one_record_never_open_to_an_anonymous_visitor()
    {
        var table = ReadDocumentedTable(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "confidentiality.md")));

        Assert.DoesNotContain(table, r =>
            r.Key.Contains('{', StringComparison.Ordinal) && r.Value[0] == "open" && !r.Key.StartsWith("/account/", StringComparison.Ordinal));
    }

    private List<string> GetRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { } m && m.HttpMethods.Contains("GET"))
            // The built CSS, JS and images (MapStaticAssets) are files for everyone, not records.
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r != "/health" && !r.StartsWith("/error", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Fills each route parameter with a value that names no record.</summary>
    private static string SampleUrl(string route)
    {
        var pattern = RoutePatternFactory.Parse(route);
        var url = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int") => "999999",
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid")
                        || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase) => "0193a000-0000-7000-8000-000000000000",
                    RoutePatternParameterPart => "unknown",
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => throw new InvalidOperationException($"Unexpected route part in {route}."),
                });
            }
        }

        return url.Length == 0 ? "/" : url.ToString();
    }

    private static string Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => "denied",
            HttpStatusCode.NotFound => "404",
            HttpStatusCode.BadRequest => "400",
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther when location.Contains("/account/sign-in", StringComparison.Ordinal) => "sign-in",
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther when location.Contains("/account/access-denied", StringComparison.Ordinal) => "denied",
            _ when (int)response.StatusCode is >= 200 and < 400 => "open",
            var other => ((int)other).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string RenderTable(SortedDictionary<string, string[]> observed)
    {
        var text = new StringBuilder();
        text.Append("| Route | ").AppendJoin(" | ", Visitors).AppendLine(" |");
        text.Append("|---|").AppendJoin(string.Empty, Visitors.Select(_ => "---|")).AppendLine();
        foreach (var (route, outcomes) in observed)
        {
            text.Append("| `").Append(route).Append("` | ").AppendJoin(" | ", outcomes).AppendLine(" |");
        }

        return text.ToString();
    }

    private static Dictionary<string, string[]> ReadDocumentedTable(string doc)
    {
        var start = doc.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = doc.IndexOf(EndMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/confidentiality.md has no routes table between its markers.");
        var rows = doc[(start + StartMarker.Length)..end]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        Assert.Equal(["Route", .. Visitors], rows[0]);
        return rows.Skip(2).ToDictionary(r => r[0].Trim('`'), r => r[1..]);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoachRegister.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("CoachRegister.sln not found above the test folder.");
    }
}
