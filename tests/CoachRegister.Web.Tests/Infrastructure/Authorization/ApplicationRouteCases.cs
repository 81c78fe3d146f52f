using CoachRegister.Domain.Register;
using Microsoft.EntityFrameworkCore;
using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>The applicant's sent application (view, withdraw), HR confirming a named line manager, and the import's pages after the upload.</summary>
internal static class ApplicationRouteCases
{
    private const string AwaitingLineManager = "awaiting the line manager";
    private const string NamedManager = "awaiting the scheme, manager named by the applicant";

    private static readonly Dictionary<string, string> NoFields = [];

    [RouteCases]
    public static IEnumerable<RouteCase> SentApplication() =>
    [
        Get("/join/application", AwaitingLineManager, async w => { await w.OwnerApplicationAsync(ApplicationStatus.AwaitingLineManager); return "/join/application"; }),
        Post("/join/application/withdraw", AwaitingLineManager, async w =>
        {
            await w.OwnerApplicationAsync(ApplicationStatus.AwaitingLineManager);
            return new RouteRequest("/join/application/withdraw", NoFields);
        }),
        Post("/hr/applications/{id:guid}/line-manager", NamedManager, async w =>
        {
            var application = await w.OwnerApplicationAsync(ApplicationStatus.AwaitingDecision, LineManagerSupport.Supported);
            await w.Factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == application.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.LineManagerNeedsConfirmation, true)));
            return new RouteRequest($"/hr/applications/{application.Id}/line-manager", NoFields);
        }),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> ImportResults() =>
    [
        Get("/hr/import/preview/{key}", "no upload", _ => Task.FromResult("/hr/import/preview/" + new string('a', 64))),
        Get("/hr/import/imported/{key}", "no import", _ => Task.FromResult("/hr/import/imported/" + new string('a', 64))),
    ];
}
