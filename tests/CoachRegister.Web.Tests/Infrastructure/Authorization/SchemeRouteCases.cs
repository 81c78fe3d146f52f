using Microsoft.EntityFrameworkCore;
using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>Who administers each scheme (system admins) and each scheme's settings (its HR).</summary>
internal static class SchemeRouteCases
{
    private const string SchemeA = "scheme A";

    [RouteCases]
    public static IEnumerable<RouteCase> Schemes() =>
    [
        Get("/hr/schemes", "/hr/schemes"),
        Get("/hr/schemes/{id:guid}", SchemeA, w => Task.FromResult($"/hr/schemes/{w.SchemeA.Id}")),
        Post("/hr/schemes/{id:guid}", SchemeA, async w =>
        {
            var stamp = await w.Factory.WithDbAsync(db => db.Schemes.Where(s => s.Id == w.SchemeA.Id).Select(s => s.ConcurrencyStamp).SingleAsync());
            return new RouteRequest($"/hr/schemes/{w.SchemeA.Id}", new Dictionary<string, string> { ["OpenTo"] = w.SchemeB.Id.ToString(), ["ConcurrencyStamp"] = stamp.ToString() });
        }),
        Get("/admin/schemes", "/admin/schemes"),
        Get("/admin/schemes/{id:guid}", SchemeA, w => Task.FromResult($"/admin/schemes/{w.SchemeA.Id}")),
        Post("/admin/schemes/{id:guid}", SchemeA, w =>
            Task.FromResult(new RouteRequest($"/admin/schemes/{w.SchemeA.Id}", new Dictionary<string, string> { ["Email"] = w.Owner.Email }))),
        Post("/admin/schemes/{id:guid}/remove/{personId:guid}", "scheme A's HR admin", w =>
            Task.FromResult(new RouteRequest($"/admin/schemes/{w.SchemeA.Id}/remove/{w.Hr.PersonId}", new Dictionary<string, string>()))),
    ];
}
