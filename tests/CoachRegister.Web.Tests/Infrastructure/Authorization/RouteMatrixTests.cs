using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CoachRegister.Web.Tests.Infrastructure.Email;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>
/// Every GET and POST route of the portal, visited with real records in each state that matters, as every
/// relationship a person can have to them (<see cref="Visitor"/>), compared with the route table written by
/// hand in docs/confidentiality.md. A route without a case, a case without a row, or an answer that differs
/// from its row fails the test; nothing rewrites the table. A request that is refused (404, 403, sign-in)
/// must also leave the database exactly as it was (the portal runs with no background work, so any write
/// seen during a request is the request's).
/// </summary>
// In the PDF collection: the document routes start Chromium, which the PDF tests count as theirs.
[Collection(Pdf.PdfCollection.Name)]
public partial class RouteMatrixTests(OutboxPortalFactory factory) : IClassFixture<OutboxPortalFactory>
{
    private const string StartMarker = "<!-- routes:start -->";
    private const string EndMarker = "<!-- routes:end -->";

    private static readonly Visitor[] Visitors = Enum.GetValues<Visitor>();

    public static IReadOnlyList<RouteCase> AllCases { get; } = typeof(RouteMatrixTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        .Where(m => m.GetCustomAttribute<RouteCasesAttribute>() is not null)
        .SelectMany(m => (IEnumerable<RouteCase>)m.Invoke(null, null)!)
        .ToList();

    [Fact]
    public void Every_route_of_the_portal_has_cases_and_every_case_a_row_in_the_table()
    {
        var routes = PortalRoutes();
        var cased = AllCases.Select(c => c.Route).ToHashSet(StringComparer.Ordinal);
        var documented = ReadDocumentedTable();

        Assert.Empty(routes.Where(r => !cased.Contains(r)).Select(r => $"{r} has no route case."));
        Assert.Empty(cased.Where(r => !routes.Contains(r)).Select(r => $"{r} is a case for a route the portal does not have."));
        Assert.Empty(AllCases.Where(c => !documented.ContainsKey((c.Route, c.State))).Select(c => $"{c.Route} ({c.State}) has no row in docs/confidentiality.md."));
        Assert.Empty(documented.Keys.Where(k => !AllCases.Any(c => (c.Route, c.State) == k)).Select(k => $"The row {k.Item1} ({k.Item2}) names no case."));
        Assert.Equal(AllCases.Count, AllCases.Select(c => (c.Route, c.State)).Distinct().Count());
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in AllCases)
        {
            data.Add(c.Route, c.State);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_visitor_gets_the_answer_the_table_gives(string route, string state)
    {
        var routeCase = AllCases.Single(c => c.Route == route && c.State == state);
        var expected = ReadDocumentedTable()[(route, state)];
        var isPost = route.StartsWith("POST ", StringComparison.Ordinal);
        var failures = new List<string>();

        // A GET changes nothing, so all visitors share one world; each POST gets a world of its own.
        var shared = isPost ? null : await RouteWorld.CreateAsync(factory);
        var sharedRequest = shared is null ? null : await routeCase.Arrange(shared);
        for (var i = 0; i < Visitors.Length; i++)
        {
            var world = shared ?? await RouteWorld.CreateAsync(factory);
            var request = sharedRequest ?? await routeCase.Arrange(world);
            var client = world.ClientFor(Visitors[i]);
            var token = isPost ? await AntiforgeryTokenAsync(client) : null;

            await using var watch = new SqliteConnection($"Data Source={factory.DatabasePath}");
            await watch.OpenAsync();
            var before = await DataVersionAsync(watch);
            var outcome = Classify(await SendAsync(client, isPost, request, token));
            var changed = await DataVersionAsync(watch) != before;

            if (outcome != expected[i])
            {
                failures.Add($"{Visitors[i]}: the table says '{expected[i]}', the portal answered '{outcome}'.");
            }

            if (changed && outcome is "404" or "denied" or "sign-in")
            {
                failures.Add($"{Visitors[i]}: refused ({outcome}) but the database changed.");
            }
        }

        Assert.True(failures.Count == 0, $"{route} ({state}):\n" + string.Join('\n', failures));
    }

    private static async Task<HttpResponseMessage> SendAsync(FormClient client, bool isPost, RouteRequest request, string? token)
    {
        using var message = new HttpRequestMessage(isPost ? HttpMethod.Post : HttpMethod.Get, request.Url);
        if (request.ExpectsServerError)
        {
            message.ExpectingServerError();
        }

        if (isPost)
        {
            var fields = new List<KeyValuePair<string, string>>(request.Form ?? new Dictionary<string, string>());
            if (token is not null)
            {
                fields.Add(new("__RequestVerificationToken", token));
            }

            if (request.File is { } file)
            {
                var multipart = new MultipartFormDataContent();
                foreach (var (name, value) in fields)
                {
                    multipart.Add(new StringContent(value), name);
                }

                multipart.Add(new ByteArrayContent(file.Content), file.Field, file.FileName);
                message.Content = multipart;
            }
            else
            {
                message.Content = new FormUrlEncodedContent(fields);
            }
        }

        return await client.Http.SendAsync(message);
    }

    /// <summary>
    /// The visitor's antiforgery token: from the sign-out form every page carries for someone signed in, or from
    /// the sign-in form for anyone else.
    /// </summary>
    private static async Task<string?> AntiforgeryTokenAsync(FormClient client)
    {
        var home = await client.GetPageAsync("/");
        var page = home.QuerySelector("input[name=__RequestVerificationToken]") is null ? await client.GetPageAsync("/account/sign-in") : home;
        return page.QuerySelector("input[name=__RequestVerificationToken]") is IHtmlInputElement input ? input.Value : null;
    }

    private static async Task<long> DataVersionAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// open = the page is shown; "→ /path" = redirected within the portal (ids shown as {id}); sign-in = sent to
    /// sign in first (the challenge, with a return address); denied = the role may not open the page (403 or the access-denied page); 404 = no such record
    /// for this person, exactly as for one that does not exist; 400 = the request is incomplete.
    /// </summary>
    private static string Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location is { } to ? (to.IsAbsoluteUri ? to.PathAndQuery : to.OriginalString) : string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => "open",
            HttpStatusCode.Forbidden => "denied",
            HttpStatusCode.NotFound => "404",
            HttpStatusCode.BadRequest => "400",
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther when location.Contains("/account/sign-in?returnurl=", StringComparison.OrdinalIgnoreCase) => "sign-in",
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther when location.Contains("/account/access-denied", StringComparison.Ordinal) => "denied",
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther => "→ " + Ids().Replace(location.Split('?')[0], "{id}"),
            var other => ((int)other).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>"GET /path" for every route the portal answers, as its pattern is written.</summary>
    private HashSet<string> PortalRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText != PortalFactory.FailurePath)
            // The built CSS, JS and images (MapStaticAssets) are files for everyone, not records.
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Where(m => m is "GET" or "POST")
                .Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .ToHashSet(StringComparer.Ordinal);

    private static Dictionary<(string Route, string State), string[]> ReadDocumentedTable()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "confidentiality.md"));
        var start = doc.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = doc.IndexOf(EndMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/confidentiality.md has no routes table between its markers.");
        var rows = doc[(start + StartMarker.Length)..end]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        Assert.Equal(["Route", "Case", .. Visitors.Select(v => v.ToString())], rows[0]);
        return rows.Skip(2).ToDictionary(r => (r[0].Trim('`'), r[1]), r => r[2..]);
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

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Ids();
}
