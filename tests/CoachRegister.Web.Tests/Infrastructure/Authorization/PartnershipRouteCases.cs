using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Features.Relationships;
using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>
/// The partnership's routes: the relationship page, agreement, goals, three-way confirmation, sessions, feedback,
/// plan, reflective log, caseload and HR's figures. Each is visited twice: once when the owner is the coachee (their
/// line manager is the coachee's, invited to the three-way confirmation) and once when the owner is the coach.
/// </summary>
internal static class PartnershipRouteCases
{
    internal const string Coachee = "owner is the coachee";
    private const string Coach = "owner is the coach";

    private static readonly Dictionary<string, string> NoFields = [];

    /// <summary>An active partnership in scheme A with the owner on the side <paramref name="state"/> names.</summary>
    internal static async Task<PartnershipRecords> PartnershipAsync(RouteWorld w, string state)
    {
        var f = w.Factory;
        if (state == Coachee)
        {
            var coach = await f.PersonAsync("Cat", "Coach", w.OrganisationA.Id, null, Roles.Staff, Roles.Coach);
            var profile = await f.ProfileAsync(coach.PersonId, w.SchemeA.Id);
            return await f.PartnershipRecordsAsync(profile.Id, w.Owner.PersonId, w.LineManager.PersonId);
        }

        var coacheesManager = await f.PersonAsync("Mo", "Othermanager", w.OrganisationA.Id, null, Roles.Staff);
        var coachee = await f.PersonAsync("Cy", "Coachee", w.OrganisationA.Id, coacheesManager.PersonId, Roles.Staff);
        var own = await f.ProfileAsync(w.Owner.PersonId, w.SchemeA.Id);
        return await f.PartnershipRecordsAsync(own.Id, coachee.PersonId, coacheesManager.PersonId);
    }

    internal static IEnumerable<RouteCase> BothSides(string route, Func<PartnershipRecords, string> url)
    {
        foreach (var state in new[] { Coachee, Coach })
        {
            yield return route.StartsWith("POST ", StringComparison.Ordinal)
                ? Post(route[5..], state, async w => new RouteRequest(url(await PartnershipAsync(w, state)), NoFields))
                : Get(route[4..], state, async w => url(await PartnershipAsync(w, state)));
        }
    }

    [RouteCases]
    public static IEnumerable<RouteCase> Relationships() =>
    [
        .. BothSides("GET /relationships", _ => "/relationships"),
        .. BothSides("GET /relationships/{id:guid}", p => $"/relationships/{p.MatchId}"),
        .. BothSides("POST /relationships/{id:guid}/review", p => $"/relationships/{p.MatchId}/review"),
        .. BothSides("GET /relationships/{id:guid}/end", p => $"/relationships/{p.MatchId}/end"),
        .. BothSides("POST /relationships/{id:guid}/end", p => $"/relationships/{p.MatchId}/end"),
        .. BothSides("GET /caseload", _ => "/caseload"),
        .. BothSides("GET /hr/partnerships", _ => "/hr/partnerships"),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> Agreements() =>
    [
        .. BothSides("GET /relationships/{id:guid}/agreement", p => $"/relationships/{p.MatchId}/agreement"),
        .. BothSides("GET /relationships/{id:guid}/agreement/versions/{version:int}", p => $"/relationships/{p.MatchId}/agreement/versions/1"),
        .. BothSides("GET /relationships/{id:guid}/agreement/edit", p => $"/relationships/{p.MatchId}/agreement/edit"),
        .. BothSides("POST /relationships/{id:guid}/agreement/edit", p => $"/relationships/{p.MatchId}/agreement/edit"),
        .. BothSides("POST /relationships/{id:guid}/agreement/sign", p => $"/relationships/{p.MatchId}/agreement/sign"),
        .. BothSides("GET /relationships/{id:guid}/goals", p => $"/relationships/{p.MatchId}/goals"),
        .. BothSides("POST /relationships/{id:guid}/goals", p => $"/relationships/{p.MatchId}/goals"),
        .. BothSides("GET /relationships/{id:guid}/goals/{goalId:guid}", p => $"/relationships/{p.MatchId}/goals/{p.SharedGoalId}"),
        .. BothSides("POST /relationships/{id:guid}/goals/{goalId:guid}", p => $"/relationships/{p.MatchId}/goals/{p.SharedGoalId}"),
        .. BothSides("GET /relationships/{id:guid}/three-way", p => $"/relationships/{p.MatchId}/three-way"),
        .. BothSides("POST /relationships/{id:guid}/three-way", p => $"/relationships/{p.MatchId}/three-way"),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> Sessions() =>
    [
        .. BothSides("GET /relationships/{id:guid}/sessions/new", p => $"/relationships/{p.MatchId}/sessions/new"),
        .. BothSides("POST /relationships/{id:guid}/sessions/new", p => $"/relationships/{p.MatchId}/sessions/new"),
        .. BothSides("GET /sessions/{sessionId:guid}", p => $"/sessions/{p.HeldSessionId}"),
        .. BothSides("GET /sessions/{sessionId:guid}/invite.ics", p => $"/sessions/{p.PlannedSessionId}/invite.ics"),
        .. BothSides("GET /sessions/{sessionId:guid}/move", p => $"/sessions/{p.PlannedSessionId}/move"),
        .. BothSides("POST /sessions/{sessionId:guid}/move", p => $"/sessions/{p.PlannedSessionId}/move"),
        .. BothSides("GET /sessions/{sessionId:guid}/cancel", p => $"/sessions/{p.PlannedSessionId}/cancel"),
        .. BothSides("POST /sessions/{sessionId:guid}/cancel", p => $"/sessions/{p.PlannedSessionId}/cancel"),
        .. BothSides("GET /sessions/{sessionId:guid}/record", p => $"/sessions/{p.HeldSessionId}/record"),
        .. BothSides("POST /sessions/{sessionId:guid}/record", p => $"/sessions/{p.HeldSessionId}/record"),
        .. BothSides("GET /sessions/{sessionId:guid}/preparation", p => $"/sessions/{p.PlannedSessionId}/preparation"),
        .. BothSides("POST /sessions/{sessionId:guid}/preparation", p => $"/sessions/{p.PlannedSessionId}/preparation"),
        .. BothSides("GET /sessions/{sessionId:guid}/reflection", p => $"/sessions/{p.HeldSessionId}/reflection"),
        .. BothSides("POST /sessions/{sessionId:guid}/reflection", p => $"/sessions/{p.HeldSessionId}/reflection"),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> Feedback() =>
    [
        .. BothSides("GET /sessions/{sessionId:guid}/feedback", p => $"/sessions/{p.HeldSessionId}/feedback"),
        .. BothSides("POST /sessions/{sessionId:guid}/feedback", p => $"/sessions/{p.HeldSessionId}/feedback"),
        .. BothSides("GET /relationships/{id:guid}/rating", p => $"/relationships/{p.MatchId}/rating"),
        .. BothSides("POST /relationships/{id:guid}/rating", p => $"/relationships/{p.MatchId}/rating"),
        .. BothSides("GET /relationships/{id:guid}/evaluation", p => $"/relationships/{p.MatchId}/evaluation"),
        .. BothSides("POST /relationships/{id:guid}/evaluation", p => $"/relationships/{p.MatchId}/evaluation"),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> PlanAndLog() =>
    [
        .. BothSides("GET /relationships/{id:guid}/plan", p => $"/relationships/{p.MatchId}/plan"),
        .. BothSides("POST /relationships/{id:guid}/plan", p => $"/relationships/{p.MatchId}/plan"),
        .. BothSides("GET /relationships/{id:guid}/plan/{itemId:guid}", p => $"/relationships/{p.MatchId}/plan/{p.PlanItemId}"),
        .. BothSides("POST /relationships/{id:guid}/plan/{itemId:guid}", p => $"/relationships/{p.MatchId}/plan/{p.PlanItemId}"),
        .. BothSides("GET /reflective-log", _ => "/reflective-log"),
        .. BothSides("GET /reflective-log/new", _ => "/reflective-log/new"),
        .. BothSides("POST /reflective-log/new", _ => "/reflective-log/new"),
        .. BothSides("GET /reflective-log/{entryId:guid}", p => $"/reflective-log/{p.ReflectiveLogEntryId}"),
        .. BothSides("POST /reflective-log/{entryId:guid}", p => $"/reflective-log/{p.ReflectiveLogEntryId}"),
    ];
}
