using CoachRegister.Domain.Register;
using Microsoft.EntityFrameworkCore;
using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>The register's routes: the directory, joining, the line manager's support, the coach's profile, HR's pages.</summary>
internal static class RegisterRouteCases
{
    private const string Published = "published profile";
    private const string Draft = "draft profile";
    private const string Paused = "paused profile";
    private const string DraftApplication = "draft application";
    private const string Returned = "returned to the applicant";
    private const string AwaitingLineManager = "awaiting the line manager";
    private const string AwaitingScheme = "awaiting the scheme";
    private const string Accepted = "accepted";
    private const string AsksForReferences = "draft application, references asked";

    private static readonly Dictionary<string, string> NoFields = [];

    [RouteCases]
    public static IEnumerable<RouteCase> Directory() =>
    [
        Get("/coaches", "/coaches"),
        Get("/mentors", "/mentors"),
        Get("/coaches/{id:guid}", Published, async w => $"/coaches/{(await w.OwnerProfileAsync(ProfileStatus.Published)).Id}"),
        Get("/coaches/{id:guid}", Draft, async w => $"/coaches/{(await w.OwnerProfileAsync(ProfileStatus.Draft)).Id}"),
        Get("/coaches/{id:guid}", Paused, async w => $"/coaches/{(await w.OwnerProfileAsync(ProfileStatus.Paused)).Id}"),
        Get("/mentors/{id:guid}", Published, async w => $"/mentors/{(await w.OwnerProfileAsync(ProfileStatus.Published)).Id}"),
        Get("/mentors/{id:guid}", Paused, async w => $"/mentors/{(await w.OwnerProfileAsync(ProfileStatus.Paused)).Id}"),
        Get("/register/photos/{id:guid}", Published, async w => $"/register/photos/{(await w.OwnerProfileAsync(ProfileStatus.Published)).Id}"),
        Get("/register/photos/{id:guid}", Paused, async w => $"/register/photos/{(await w.OwnerProfileAsync(ProfileStatus.Paused)).Id}"),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> Profile() =>
    [
        Get("/profile", Draft, async w => { await w.OwnerProfileAsync(ProfileStatus.Draft); return "/profile"; }),
        Get("/profile", Published, async w => { await w.OwnerProfileAsync(ProfileStatus.Published); return "/profile"; }),
        Post("/profile", Published, async w => { await w.OwnerProfileAsync(ProfileStatus.Published); return new RouteRequest("/profile", NoFields); }),
        Post("/profile/confirm", Published, async w => { await w.OwnerProfileAsync(ProfileStatus.Published); return new RouteRequest("/profile/confirm", NoFields); }),
        Post("/profile/photo", Published, async w =>
        {
            await w.OwnerProfileAsync(ProfileStatus.Published);
            return new RouteRequest("/profile/photo", NoFields) { File = ("photo", "not-a-photo.jpg", "not an image"u8.ToArray()) };
        }),
        Post("/profile/photo/remove", Published, async w => { await w.OwnerProfileAsync(ProfileStatus.Published); return new RouteRequest("/profile/photo/remove", NoFields); }),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> Join()
    {
        yield return Get("/join", "/join");
        yield return Post("/join/start", "no application", _ => Task.FromResult(new RouteRequest("/join/start", NoFields)));
        foreach (var page in new[] { "offer", "experience", "areas", "qualifications", "references", "practice", "start-date", "commitments", "check" })
        {
            yield return Get($"/join/{page}", DraftApplication, async w => { await w.OwnerApplicationAsync(ApplicationStatus.Draft); return $"/join/{page}"; });
        }

        foreach (var page in new[] { "references", "practice" })
        {
            yield return Get($"/join/{page}", AsksForReferences, async w =>
            {
                await w.AskForReferencesAndPracticeAsync();
                await w.OwnerApplicationAsync(ApplicationStatus.Draft);
                return $"/join/{page}";
            });
            yield return Post($"/join/{page}", AsksForReferences, async w =>
            {
                await w.AskForReferencesAndPracticeAsync();
                return await DraftAsync(w, $"/join/{page}", []);
            });
        }

        yield return Post("/join/offer", DraftApplication, async w => await DraftAsync(w, "/join/offer", new() { ["Offers"] = "Mentoring" }));
        yield return Post("/join/experience", DraftApplication, async w =>
            await DraftAsync(w, "/join/experience", new() { ["ExperienceAndSkills"] = "Ten years of team leadership", ["Motivation"] = "To help others grow" }));
        yield return Post("/join/areas", DraftApplication, async w =>
            await DraftAsync(w, "/join/areas", new() { ["AreaIds"] = (await w.AreaAsync()).Id.ToString() }));
        yield return Post("/join/qualifications", DraftApplication, async w => await DraftAsync(w, "/join/qualifications", new()
        {
            ["HoldsAccreditation"] = "false", ["Ilm3"] = "NotHeld", ["Ilm5"] = "NotHeld", ["Ilm7"] = "NotHeld", ["Other"] = "NotHeld",
        }));
        yield return Post("/join/references", DraftApplication, async w => await DraftAsync(w, "/join/references", []));
        yield return Post("/join/practice", DraftApplication, async w => await DraftAsync(w, "/join/practice", []));
        yield return Post("/join/start-date", DraftApplication, async w => await DraftAsync(w, "/join/start-date", new()
        {
            ["StartDay"] = "1", ["StartMonth"] = "9", ["StartYear"] = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        yield return Post("/join/commitments", DraftApplication, async w => await DraftAsync(w, "/join/commitments", new()
        {
            ["AgreesToExpectations"] = "true", ["ConfirmsCodeOfEthics"] = "true", ["ConfirmsSupervisionAndCpd"] = "true",
            ["ConfirmsLineManagerRelease"] = "true", ["ConfirmsDataProcessing"] = "true",
        }));
        yield return Post("/join/submit", DraftApplication, async w => await DraftAsync(w, "/join/submit", []));
        yield return Get("/join/sent", "/join/sent");
    }

    [RouteCases]
    public static IEnumerable<RouteCase> Support()
    {
        foreach (var (state, status, support) in new (string, ApplicationStatus, LineManagerSupport?)[]
                 {
                     (DraftApplication, ApplicationStatus.Draft, null),
                     (Returned, ApplicationStatus.Draft, LineManagerSupport.NotSupported),
                     (AwaitingLineManager, ApplicationStatus.AwaitingLineManager, null),
                     (AwaitingScheme, ApplicationStatus.AwaitingDecision, null),
                 })
        {
            yield return Get("/join/support/{id:guid}", state, async w => $"/join/support/{(await w.OwnerApplicationAsync(status, support)).Id}");
        }

        foreach (var (state, status) in new[] { (AwaitingLineManager, ApplicationStatus.AwaitingLineManager), (AwaitingScheme, ApplicationStatus.AwaitingDecision) })
        {
            yield return Post("/join/support/{id:guid}", state, async w =>
                new RouteRequest($"/join/support/{(await w.OwnerApplicationAsync(status)).Id}", new Dictionary<string, string> { ["Supports"] = "true" }));
        }
    }

    /// <summary>The application on its paper form: the applicant's and HR's as on their pages, the line manager's as on the support page.</summary>
    [RouteCases]
    public static IEnumerable<RouteCase> ApplicationDocument()
    {
        foreach (var (state, status) in new[] { (DraftApplication, ApplicationStatus.Draft), (AwaitingLineManager, ApplicationStatus.AwaitingLineManager), (AwaitingScheme, ApplicationStatus.AwaitingDecision) })
        {
            yield return Get("/join/applications/{id:guid}/application.pdf", state, async w => $"/join/applications/{(await w.OwnerApplicationAsync(status)).Id}/application.pdf");
        }
    }

    [RouteCases]
    public static IEnumerable<RouteCase> HrApplications()
    {
        yield return Get("/hr/applications", "/hr/applications");
        foreach (var (state, status) in new[]
                 {
                     (DraftApplication, ApplicationStatus.Draft), (AwaitingLineManager, ApplicationStatus.AwaitingLineManager),
                     (AwaitingScheme, ApplicationStatus.AwaitingDecision), (Accepted, ApplicationStatus.Accepted),
                 })
        {
            yield return Get("/hr/applications/{id:guid}", state, async w => $"/hr/applications/{(await w.OwnerApplicationAsync(status)).Id}");
        }

        yield return Post("/hr/applications/{id:guid}/interview", AwaitingScheme, async w =>
            new RouteRequest($"/hr/applications/{(await w.OwnerApplicationAsync(ApplicationStatus.AwaitingDecision)).Id}/interview", new Dictionary<string, string>
            {
                ["Day"] = "2", ["Month"] = "11", ["Year"] = "2026", ["Outcome"] = "Passed",
            }));
        yield return Post("/hr/applications/{id:guid}/decision", AwaitingScheme, async w =>
        {
            var application = await w.OwnerApplicationAsync(ApplicationStatus.AwaitingDecision);
            var stamp = await w.Factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == application.Id).Select(a => a.ConcurrencyStamp).SingleAsync());
            return new RouteRequest($"/hr/applications/{application.Id}/decision", new Dictionary<string, string>
            {
                ["Decision"] = "accept", ["StartDay"] = "1", ["StartMonth"] = "3", ["StartYear"] = "2027", ["ConcurrencyStamp"] = stamp.ToString(),
            });
        });
    }

    [RouteCases]
    public static IEnumerable<RouteCase> HrRegister() =>
    [
        Get("/hr/profiles", "/hr/profiles"),
        Get("/hr/profiles/{id:guid}/pause", Published, async w => $"/hr/profiles/{(await w.OwnerProfileAsync(ProfileStatus.Published)).Id}/pause"),
        Post("/hr/profiles/{id:guid}/pause", Published, async w =>
            new RouteRequest($"/hr/profiles/{(await w.OwnerProfileAsync(ProfileStatus.Published)).Id}/pause", new Dictionary<string, string> { ["Reason"] = "Supervision lapsed" })),
        Post("/hr/profiles/{id:guid}/unpause", Paused, async w =>
            new RouteRequest($"/hr/profiles/{(await w.OwnerProfileAsync(ProfileStatus.Paused)).Id}/unpause", NoFields)),
        Get("/hr/areas", "/hr/areas"),
        Post("/hr/areas", "-", _ => Task.FromResult(new RouteRequest("/hr/areas", new Dictionary<string, string> { ["Name"] = "Area " + Guid.NewGuid().ToString("N")[..8] }))),
        Get("/hr/areas/{id:guid}", "an area", async w => $"/hr/areas/{(await w.AreaAsync()).Id}"),
        Post("/hr/areas/{id:guid}", "an area", async w =>
            new RouteRequest($"/hr/areas/{(await w.AreaAsync()).Id}", new Dictionary<string, string> { ["Name"] = "Renamed " + Guid.NewGuid().ToString("N")[..8], ["IsActive"] = "true" })),
        Get("/hr/import", "/hr/import"),
        Get("/hr/import/template.csv", "/hr/import/template.csv"),
        Post("/hr/import", "a file with no rows", _ => Task.FromResult(new RouteRequest("/hr/import", NoFields)
        {
            File = ("file", "register.csv", System.Text.Encoding.UTF8.GetBytes("Email,GivenName,FamilyName,Scheme,Offers\n")),
        })),
        Post("/hr/import/confirm", "no preview", _ => Task.FromResult(new RouteRequest("/hr/import/confirm", new Dictionary<string, string> { ["Key"] = Guid.NewGuid().ToString("N") }))),
    ];

    private static async Task<RouteRequest> DraftAsync(RouteWorld w, string url, Dictionary<string, string> form)
    {
        await w.OwnerApplicationAsync(ApplicationStatus.Draft);
        return new RouteRequest(url, form);
    }
}
