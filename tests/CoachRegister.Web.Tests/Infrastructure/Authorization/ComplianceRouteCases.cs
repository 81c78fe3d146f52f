using CoachRegister.Data.Identity;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Compliance;
using Microsoft.Extensions.DependencyInjection;
using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>CPD, supervision and compliance: the practitioner's record, evidence files, the supervisor's page, HR's pages.</summary>
internal static class ComplianceRouteCases
{
    private const string Published = "published profile";
    private const string InTraining = "qualification in training";
    private const string WithEvidence = "CPD with an evidence file";
    private const string SupervisedByOther = "session naming another supervisor";
    private const string SupervisedByOwner = "session naming the owner as supervisor";
    private const string SchemeA = "scheme A";

    private static readonly Dictionary<string, string> NoFields = [];

    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [RouteCases]
    public static IEnumerable<RouteCase> Development() =>
    [
        Get("/development", Published, async w => { await w.OwnerProfileAsync(ProfileStatus.Published); return "/development"; }),
        Get("/development/cpd/new", Published, async w => { await w.OwnerProfileAsync(ProfileStatus.Published); return "/development/cpd/new"; }),
        Post("/development/cpd/new", Published, async w =>
        {
            await w.OwnerProfileAsync(ProfileStatus.Published);
            return new RouteRequest("/development/cpd/new", new Dictionary<string, string>
            {
                ["Kind"] = nameof(CpdKind.Activity), ["Title"] = "Webinar", ["Date"] = Day(-1), ["Hours"] = "1",
            });
        }),
        Get("/development/supervision/new", Published, async w => { await w.OwnerProfileAsync(ProfileStatus.Published); return "/development/supervision/new"; }),
        Post("/development/supervision/new", Published, async w =>
        {
            await w.OwnerProfileAsync(ProfileStatus.Published);
            return new RouteRequest("/development/supervision/new", new Dictionary<string, string>
            {
                ["Kind"] = nameof(SupervisionKind.PeerSupport), ["Date"] = Day(-1), ["Hours"] = "1",
            });
        }),
        Get("/development/qualifications/{id:guid}", InTraining, async w => $"/development/qualifications/{await QualificationAsync(w)}"),
        Post("/development/qualifications/{id:guid}", InTraining, async w =>
            new RouteRequest($"/development/qualifications/{await QualificationAsync(w)}", new Dictionary<string, string>
            {
                ["Status"] = nameof(QualificationStatus.InTraining), ["FirstAssignmentSubmittedOn"] = Day(-30),
            })),
        Get("/evidence/{activityId:guid}", WithEvidence, async w => $"/evidence/{await EvidenceAsync(w)}"),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> Supervision() =>
    [
        Get("/supervision", "/supervision"),
        Get("/supervision/{profileId:guid}", Published, async w => $"/supervision/{(await w.OwnerProfileAsync(ProfileStatus.Published)).Id}"),
        Post("/supervision/sessions/{id:guid}/confirm", SupervisedByOther, async w =>
        {
            var profile = await w.OwnerProfileAsync(ProfileStatus.Published);
            var supervisor = await w.Factory.PersonAsync("Sara", "Supervisor", w.OrganisationA.Id, null, Roles.Coach, Roles.Supervisor);
            return new RouteRequest($"/supervision/sessions/{await SessionAsync(w, profile.Id, supervisor.PersonId)}/confirm", NoFields);
        }),
        Post("/supervision/sessions/{id:guid}/confirm", SupervisedByOwner, async w =>
        {
            var coach = await w.Factory.PersonAsync("Cai", "Supervisee", w.OrganisationA.Id, null, Roles.Coach);
            var profile = await w.Factory.ProfileAsync(coach.PersonId, w.SchemeA.Id);
            return new RouteRequest($"/supervision/sessions/{await SessionAsync(w, profile.Id, w.Owner.PersonId)}/confirm", NoFields);
        }),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> Hr() =>
    [
        Get("/hr/compliance", "/hr/compliance"),
        Get("/hr/compliance/export.csv", "/hr/compliance/export.csv"),
        Get("/hr/compliance/{profileId:guid}", Published, async w => $"/hr/compliance/{(await w.OwnerProfileAsync(ProfileStatus.Published)).Id}"),
        Post("/hr/compliance/{profileId:guid}/extensions", Published, async w =>
            new RouteRequest($"/hr/compliance/{(await w.OwnerProfileAsync(ProfileStatus.Published)).Id}/extensions", new Dictionary<string, string>
            {
                ["Deadline"] = $"SupervisionSessions|{Day(30)}", ["NewDeadline"] = Day(60), ["Reason"] = "Parental leave",
            })),
        Post("/hr/compliance/{profileId:guid}/supervisor", Published, async w =>
            new RouteRequest($"/hr/compliance/{(await w.OwnerProfileAsync(ProfileStatus.Published)).Id}/supervisor", new Dictionary<string, string> { ["SupervisorProfileId"] = "" })),
        Get("/hr/compliance/rules/{schemeId:guid}", SchemeA, w => Task.FromResult($"/hr/compliance/rules/{w.SchemeA.Id}")),
        Post("/hr/compliance/rules/{schemeId:guid}", SchemeA, w => Task.FromResult(new RouteRequest($"/hr/compliance/rules/{w.SchemeA.Id}", NoFields))),
        Post("/hr/compliance/rules/{schemeId:guid}/preset", SchemeA, w =>
            Task.FromResult(new RouteRequest($"/hr/compliance/rules/{w.SchemeA.Id}/preset", new Dictionary<string, string> { ["preset"] = "LocalAuthority" }))),
    ];

    private static async Task<Guid> QualificationAsync(RouteWorld w)
    {
        var profile = await w.OwnerProfileAsync(ProfileStatus.Published);
        return await w.Factory.WithDbAsync(async db =>
        {
            var qualification = db.Qualifications.Add(new Qualification { CoachProfileId = profile.Id, Level = QualificationLevel.Ilm3, Status = QualificationStatus.InTraining }).Entity;
            await db.SaveChangesAsync();
            return qualification.Id;
        });
    }

    private static async Task<Guid> EvidenceAsync(RouteWorld w)
    {
        var profile = await w.OwnerProfileAsync(ProfileStatus.Published);
        return await w.Factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CoachRegister.Data.AppDbContext>();
            var activity = new CpdActivity { CoachProfileId = profile.Id, Title = "Course", Date = DateOnly.FromDateTime(DateTime.UtcNow), Hours = 1, HasEvidenceFile = true };
            db.CpdActivities.Add(activity);
            db.CpdEvidenceFiles.Add(await services.GetRequiredService<EvidenceFiles>()
                .SaveAsync(activity.Id, "certificate.pdf", "%PDF-1.4\n%%EOF"u8.ToArray(), "application/pdf", DateTimeOffset.UtcNow, default));
            await db.SaveChangesAsync();
            return activity.Id;
        });
    }

    private static Task<Guid> SessionAsync(RouteWorld w, Guid profileId, Guid supervisorPersonId) =>
        w.Factory.WithDbAsync(async db =>
        {
            var session = db.SupervisionSessions.Add(new SupervisionSession
            {
                CoachProfileId = profileId, SupervisorId = supervisorPersonId, Kind = SupervisionKind.OneToOne, Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), Hours = 1,
            }).Entity;
            await db.SaveChangesAsync();
            return session.Id;
        });
}
