namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>
/// One request a route case sends, with the ids of the case's records filled in. A POST sends
/// <see cref="Form"/> with the visitor's antiforgery token, as multipart when it carries a <see cref="File"/>.
/// </summary>
public sealed record RouteRequest(string Url, IReadOnlyDictionary<string, string>? Form = null)
{
    /// <summary>A file field (name, file name, bytes) for upload routes.</summary>
    public (string Field, string FileName, byte[] Content)? File { get; init; }

    /// <summary>The route is the error page itself, which answers 500 on purpose.</summary>
    public bool ExpectsServerError { get; init; }
}

/// <summary>
/// A route visited in one situation (<see cref="State"/>: "published profile", "application awaiting the line
/// manager", or "-" where nothing about a record changes the answer). <see cref="Arrange"/> makes the case's
/// records in a fresh <see cref="RouteWorld"/> and returns the request to send as each visitor.
/// </summary>
public sealed record RouteCase(string Route, string State, Func<RouteWorld, Task<RouteRequest>> Arrange)
{
    public static RouteCase Get(string route, string state, Func<RouteWorld, Task<string>> url) =>
        new($"GET {route}", state, async w => new RouteRequest(await url(w)));

    public static RouteCase Get(string route, string url) =>
        new($"GET {route}", "-", _ => Task.FromResult(new RouteRequest(url)));

    public static RouteCase Post(string route, string state, Func<RouteWorld, Task<RouteRequest>> arrange) =>
        new($"POST {route}", state, arrange);

    public static RouteCase Post(string route, string url, IReadOnlyDictionary<string, string>? form = null) =>
        new($"POST {route}", "-", _ => Task.FromResult(new RouteRequest(url, form ?? new Dictionary<string, string>())));
}

/// <summary>
/// Marks a static method returning <c>IEnumerable&lt;RouteCase&gt;</c>: the matrix test collects every such
/// method in this assembly, so a feature adds its routes' cases in a file of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RouteCasesAttribute : Attribute;
