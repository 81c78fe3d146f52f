using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using Microsoft.EntityFrameworkCore;
using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>
/// Asking for a coach or mentor and matching: the owner's request at each stage (the line manager is the one
/// named on it), HR's matching, cohorts and settings for scheme A, and proposals and chemistry meetings where
/// the owner is the proposed coach of another member of staff of scheme A.
/// </summary>
internal static class MatchingRouteCases
{
    private const string DraftRequest = "draft request";
    private const string AwaitingLineManager = "request awaiting the line manager";
    private const string AwaitingMatch = "request awaiting a match";
    private const string Proposal = "proposal to the owner";
    private const string Chemistry = "chemistry meeting of the owner";
    private const string DraftCohort = "draft cohort of scheme A";

    private static readonly Dictionary<string, string> NoFields = [];

    [RouteCases]
    public static IEnumerable<RouteCase> Requests()
    {
        yield return Get("/requests", "/requests");
        yield return Get("/requests/new", "/requests/new");
        yield return Post("/requests/new", "no request", _ => Task.FromResult(new RouteRequest("/requests/new", NoFields)));
        foreach (var page in new[] { "kind", "reasons", "gap", "areas", "goals", "arrangements", "preferences", "check" })
        {
            yield return Get($"/requests/{{id:guid}}/{page}", DraftRequest, async w => $"/requests/{(await OwnerRequestAsync(w, MatchRequestStatus.Draft)).Id}/{page}");
        }

        yield return Post("/requests/{id:guid}/kind", DraftRequest, async w => await DraftPostAsync(w, "kind", new() { ["Kind"] = "Coaching" }));
        yield return Post("/requests/{id:guid}/reasons", DraftRequest, async w => await DraftPostAsync(w, "reasons", new() { ["Reason1"] = "A new team", ["IdentifiedThroughAppraisal"] = "true" }));
        yield return Post("/requests/{id:guid}/gap", DraftRequest, async w => await DraftPostAsync(w, "gap", new() { ["Gaps"] = "Contacts" }));
        yield return Post("/requests/{id:guid}/areas", DraftRequest, async w => await DraftPostAsync(w, "areas", new() { ["AreaIds"] = (await w.AreaAsync()).Id.ToString() }));
        yield return Post("/requests/{id:guid}/goals", DraftRequest, async w => await DraftPostAsync(w, "goals", new() { ["GoalsForSelf"] = "Delegate" }));
        yield return Post("/requests/{id:guid}/arrangements", DraftRequest, async w => await DraftPostAsync(w, "arrangements", new() { ["Formats"] = "Video" }));
        yield return Post("/requests/{id:guid}/preferences/remove", DraftRequest, async w => await DraftPostAsync(w, "preferences/remove", new() { ["coach"] = Guid.NewGuid().ToString() }));
        yield return Post("/requests/{id:guid}/preferences/up", DraftRequest, async w => await DraftPostAsync(w, "preferences/up", new() { ["coach"] = Guid.NewGuid().ToString() }));
        yield return Post("/requests/{id:guid}/submit", DraftRequest, async w =>
        {
            var request = await OwnerRequestAsync(w, MatchRequestStatus.Draft);
            return new RouteRequest($"/requests/{request.Id}/submit", new Dictionary<string, string> { ["concurrencyStamp"] = request.ConcurrencyStamp.ToString() });
        });
        foreach (var (state, status) in new[] { (AwaitingLineManager, MatchRequestStatus.AwaitingLineManager), (AwaitingMatch, MatchRequestStatus.AwaitingMatch) })
        {
            yield return Get("/requests/{id:guid}", state, async w => $"/requests/{(await OwnerRequestAsync(w, status)).Id}");
            yield return Get("/requests/{id:guid}/withdraw", state, async w => $"/requests/{(await OwnerRequestAsync(w, status)).Id}/withdraw");
            yield return Post("/requests/{id:guid}/withdraw", state, async w => new RouteRequest($"/requests/{(await OwnerRequestAsync(w, status)).Id}/withdraw", NoFields));
        }

        yield return Get("/requests/{id:guid}", DraftRequest, async w => $"/requests/{(await OwnerRequestAsync(w, MatchRequestStatus.Draft)).Id}");
    }

    /// <summary>The request on the paper application form: whole for the requester and HR, the line manager's copy for the manager.</summary>
    [RouteCases]
    public static IEnumerable<RouteCase> RequestDocument()
    {
        foreach (var (state, status) in new[] { (DraftRequest, MatchRequestStatus.Draft), (AwaitingLineManager, MatchRequestStatus.AwaitingLineManager), (AwaitingMatch, MatchRequestStatus.AwaitingMatch) })
        {
            yield return Get("/requests/{id:guid}/request.pdf", state, async w => $"/requests/{(await OwnerRequestAsync(w, status)).Id}/request.pdf");
        }

        yield return Get("/requests/{id:guid}/request.pdf", Proposal, async w => $"/requests/{await RequestOfAsync(w, await ProposalToOwnerAsync(w, MatchStatus.Proposed))}/request.pdf");
        yield return Get("/requests/{id:guid}/request.pdf", Chemistry, async w => $"/requests/{await RequestOfAsync(w, await ProposalToOwnerAsync(w, MatchStatus.ChemistryMeeting))}/request.pdf");
    }

    [RouteCases]
    public static IEnumerable<RouteCase> Support()
    {
        foreach (var (state, status) in new[] { (DraftRequest, MatchRequestStatus.Draft), (AwaitingLineManager, MatchRequestStatus.AwaitingLineManager), (AwaitingMatch, MatchRequestStatus.AwaitingMatch) })
        {
            yield return Get("/requests/support/{id:guid}", state, async w => $"/requests/support/{(await OwnerRequestAsync(w, status)).Id}");
        }

        yield return Post("/requests/support/{id:guid}", AwaitingLineManager, async w =>
            new RouteRequest($"/requests/support/{(await OwnerRequestAsync(w, MatchRequestStatus.AwaitingLineManager)).Id}",
                new Dictionary<string, string> { ["Supports"] = "true", ["ProtectedHoursPerMonth"] = "2" }));
    }

    [RouteCases]
    public static IEnumerable<RouteCase> HrMatching()
    {
        yield return Get("/hr/matching", "/hr/matching");
        foreach (var (state, status) in new[] { (AwaitingLineManager, MatchRequestStatus.AwaitingLineManager), (AwaitingMatch, MatchRequestStatus.AwaitingMatch) })
        {
            yield return Get("/hr/matching/{id:guid}", state, async w => $"/hr/matching/{(await OwnerRequestAsync(w, status)).Id}");
        }

        yield return Post("/hr/matching/{id:guid}/propose", AwaitingMatch, async w =>
        {
            var request = await OwnerRequestAsync(w, MatchRequestStatus.AwaitingMatch);
            return new RouteRequest($"/hr/matching/{request.Id}/propose", new Dictionary<string, string>
            {
                ["Coach"] = (await EligibleCoachAsync(w)).Id.ToString(),
                ["ConcurrencyStamp"] = request.ConcurrencyStamp.ToString(),
            });
        });
        yield return Post("/hr/matching/{id:guid}/waitlist", AwaitingMatch, async w =>
        {
            var request = await OwnerRequestAsync(w, MatchRequestStatus.AwaitingMatch);
            return new RouteRequest($"/hr/matching/{request.Id}/waitlist", new Dictionary<string, string>
            {
                ["WaitlistReason"] = "Nobody has a place this month",
                ["ConcurrencyStamp"] = request.ConcurrencyStamp.ToString(),
            });
        });

        yield return Get("/hr/matching/settings", "/hr/matching/settings");
        yield return Get("/hr/matching/settings/{schemeId:guid}", "scheme A", w => Task.FromResult($"/hr/matching/settings/{w.SchemeA.Id}"));
        yield return Post("/hr/matching/settings/{schemeId:guid}", "scheme A", async w =>
        {
            var stamp = await w.Factory.WithDbAsync(db => db.Schemes.Where(s => s.Id == w.SchemeA.Id).Select(s => s.ConcurrencyStamp).SingleAsync());
            var fields = new Dictionary<string, string>
            {
                ["AllowsSameServiceArea"] = "false", ["OtherOrganisation"] = "Allow", ["ConcurrencyStamp"] = stamp.ToString(),
                ["AnswerWithinDays"] = "14", ["FirstReminderDay"] = "7", ["SecondReminderDay"] = "13",
            };
            foreach (var weight in new[] { "AreasInCommon", "FirstChoice", "SecondChoice", "ThirdChoice", "FormatFit", "OtherOrganisationPreferred", "OtherOrganisationAvoided", "LoadSpreading" })
            {
                fields[weight + "Weight"] = "10";
            }

            return new RouteRequest($"/hr/matching/settings/{w.SchemeA.Id}", fields);
        });
    }

    [RouteCases]
    public static IEnumerable<RouteCase> Cohorts()
    {
        yield return Get("/hr/matching/cohorts", "/hr/matching/cohorts");
        yield return Get("/hr/matching/cohorts/new", "scheme A", w => Task.FromResult($"/hr/matching/cohorts/new?scheme={w.SchemeA.Id}"));
        yield return Post("/hr/matching/cohorts", AwaitingMatch, async w =>
        {
            var request = await OwnerRequestAsync(w, MatchRequestStatus.AwaitingMatch);
            return new RouteRequest("/hr/matching/cohorts", new Dictionary<string, string>
            {
                ["Name"] = "Spring intake", ["RequestIds"] = request.Id.ToString(), ["WholePool"] = "true", ["SchemeId"] = w.SchemeA.Id.ToString(),
            });
        });
        yield return Get("/hr/matching/cohorts/{id:guid}", DraftCohort, async w => $"/hr/matching/cohorts/{(await CohortAsync(w)).Plan}");
        yield return Post("/hr/matching/cohorts/{id:guid}/adjust", DraftCohort, async w =>
        {
            var (plan, request) = await CohortAsync(w);
            return new RouteRequest($"/hr/matching/cohorts/{plan}/adjust", new Dictionary<string, string> { ["Request"] = request.ToString(), ["Coach"] = "" });
        });
        yield return Post("/hr/matching/cohorts/{id:guid}/release", DraftCohort, async w =>
        {
            var (plan, _) = await CohortAsync(w);
            var stamp = await w.Factory.WithDbAsync(db => db.CohortPlans.Where(p => p.Id == plan).Select(p => p.ConcurrencyStamp).SingleAsync());
            return new RouteRequest($"/hr/matching/cohorts/{plan}/release", new Dictionary<string, string> { ["concurrencyStamp"] = stamp.ToString() });
        });
        yield return Post("/hr/matching/cohorts/{id:guid}/discard", DraftCohort, async w => new RouteRequest($"/hr/matching/cohorts/{(await CohortAsync(w)).Plan}/discard", NoFields));
    }

    [RouteCases]
    public static IEnumerable<RouteCase> Proposals()
    {
        yield return Get("/proposals", "/proposals");
        yield return Get("/proposals/{id:guid}", Proposal, async w => $"/proposals/{await ProposalToOwnerAsync(w, MatchStatus.Proposed)}");
        yield return Get("/proposals/{id:guid}", Chemistry, async w => $"/proposals/{await ProposalToOwnerAsync(w, MatchStatus.ChemistryMeeting)}");
        yield return Post("/proposals/{id:guid}/accept", Proposal, async w =>
        {
            var id = await ProposalToOwnerAsync(w, MatchStatus.Proposed);
            return new RouteRequest($"/proposals/{id}/accept", new Dictionary<string, string> { ["concurrencyStamp"] = (await MatchStampAsync(w, id)).ToString() });
        });
        yield return Post("/proposals/{id:guid}/decline", Proposal, async w =>
        {
            var id = await ProposalToOwnerAsync(w, MatchStatus.Proposed);
            return new RouteRequest($"/proposals/{id}/decline", new Dictionary<string, string> { ["DeclineReason"] = "On leave", ["ConcurrencyStamp"] = (await MatchStampAsync(w, id)).ToString() });
        });
        yield return Get("/matches/{id:guid}/chemistry", Chemistry, async w => $"/matches/{await ProposalToOwnerAsync(w, MatchStatus.ChemistryMeeting)}/chemistry");
        yield return Post("/matches/{id:guid}/chemistry/arrange", Chemistry, async w =>
        {
            var today = DateTime.UtcNow;
            return new RouteRequest($"/matches/{await ProposalToOwnerAsync(w, MatchStatus.ChemistryMeeting)}/chemistry/arrange", new Dictionary<string, string>
            {
                ["Day"] = today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Month"] = today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Year"] = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Format"] = "Video",
            });
        });
        yield return Post("/matches/{id:guid}/chemistry/answer", Chemistry, async w =>
            new RouteRequest($"/matches/{await ProposalToOwnerAsync(w, MatchStatus.ChemistryMeeting)}/chemistry/answer", new Dictionary<string, string> { ["GoOn"] = "true" }));
    }

    private static async Task<RouteRequest> DraftPostAsync(RouteWorld w, string page, Dictionary<string, string> fields) =>
        new($"/requests/{(await OwnerRequestAsync(w, MatchRequestStatus.Draft)).Id}/{page}", fields);

    /// <summary>A complete request of <paramref name="requester"/> (the owner when null) to scheme A, naming their line manager, taken to <paramref name="stage"/>.</summary>
    private static Task<MatchRequest> OwnerRequestAsync(RouteWorld w, MatchRequestStatus stage, TestUser? requester = null) =>
        w.Factory.WithDbAsync(async db =>
        {
            var who = requester ?? w.Owner;
            var managerId = w.LineManager.PersonId;
            var area = new CoachingArea { Name = "Routes " + Guid.NewGuid().ToString("N")[..6], NameWelsh = "Llwybrau" };
            db.CoachingAreas.Add(area);
            var now = DateTimeOffset.UtcNow.AddDays(-2);
            var request = MatchRequest.Start(who.PersonId, w.SchemeA.Id, managerId, now);
            request.ChooseKind(OfferType.Coaching, _ => OfferType.Both);
            request.SetReasons(["A new team"], identifiedThroughAppraisal: true, keepFromLineManager: true);
            request.SetAreasNeeded([area]);
            request.SetGoals("Delegate", null, null, RequestPart.None);
            request.SetArrangements(DeliveryFormat.Video, null);
            if (stage != MatchRequestStatus.Draft)
            {
                request.Submit(managerId, now);
            }

            if (stage is MatchRequestStatus.AwaitingMatch or MatchRequestStatus.Proposed)
            {
                request.RespondAsLineManager(managerId, true, 2, null, now.AddHours(1));
            }

            db.MatchRequests.Add(request);
            await db.SaveChangesAsync();
            return request;
        });

    /// <summary>A published coach of scheme A in an organisation of their own, so the rules let them coach the owner.</summary>
    private static async Task<CoachProfile> EligibleCoachAsync(RouteWorld w)
    {
        var organisation = await w.Factory.OrganisationAsync(w.SchemeA.Id);
        var coach = await w.Factory.PersonAsync("Cai", "Coach", organisation.Id, null, Roles.Staff, Roles.Coach);
        return await w.Factory.ProfileAsync(coach.PersonId, w.SchemeA.Id, p => p.Offers = OfferType.Both);
    }

    /// <summary>A cohort of scheme A planned with one waiting request of the owner; its id and the request's.</summary>
    private static async Task<(Guid Plan, Guid Request)> CohortAsync(RouteWorld w)
    {
        var request = await OwnerRequestAsync(w, MatchRequestStatus.AwaitingMatch);
        await EligibleCoachAsync(w);
        var hr = w.Factory.ClientFor(w.Hr);
        await hr.GetPageAsync($"/hr/matching/cohorts/new?scheme={w.SchemeA.Id}");
        var response = await hr.SubmitFormAsync($"/hr/matching/cohorts/new?scheme={w.SchemeA.Id}",
            new Dictionary<string, string> { ["Name"] = "Spring intake", ["RequestIds"] = request.Id.ToString(), ["WholePool"] = "true" });
        return (Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last()), request.Id);
    }

    /// <summary>
    /// The owner as the proposed coach (a published profile of scheme A) of a supported request of another member
    /// of staff of scheme A, at <paramref name="status"/>; a chemistry meeting is set for today. The match's id.
    /// </summary>
    private static async Task<Guid> ProposalToOwnerAsync(RouteWorld w, MatchStatus status)
    {
        var profile = await w.OwnerProfileAsync(ProfileStatus.Published);
        var requester = await w.Factory.PersonAsync("Rhian", "Requester", w.OrganisationA.Id, w.LineManager.PersonId, Roles.Staff);
        var request = await OwnerRequestAsync(w, MatchRequestStatus.AwaitingMatch, requester);
        return await w.Factory.WithDbAsync(async db =>
        {
            var stored = await db.MatchRequests.SingleAsync(r => r.Id == request.Id);
            stored.Status = MatchRequestStatus.Proposed;
            var now = DateTimeOffset.UtcNow;
            var match = new Match
            {
                MatchRequestId = request.Id,
                CoachProfileId = profile.Id,
                CoacheeId = requester.PersonId,
                Kind = OfferType.Coaching,
                Status = status,
                CreatedAt = now,
                RespondBy = now.AddDays(14),
                ChemistryMeetingOn = status == MatchStatus.ChemistryMeeting ? DateOnly.FromDateTime(now.UtcDateTime) : null,
                ChemistryMeetingFormat = status == MatchStatus.ChemistryMeeting ? DeliveryFormat.Video : DeliveryFormat.None,
            };
            db.Matches.Add(match);
            await db.SaveChangesAsync();
            return match.Id;
        });
    }

    private static Task<Guid> RequestOfAsync(RouteWorld w, Guid matchId) =>
        w.Factory.WithDbAsync(db => db.Matches.Where(m => m.Id == matchId).Select(m => m.MatchRequestId!.Value).SingleAsync());

    private static Task<Guid> MatchStampAsync(RouteWorld w, Guid matchId) =>
        w.Factory.WithDbAsync(db => db.Matches.Where(m => m.Id == matchId).Select(m => m.ConcurrencyStamp).SingleAsync());
}
