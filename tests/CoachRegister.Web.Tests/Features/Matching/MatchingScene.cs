using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Matching;

/// <summary>
/// The portal for matching's tests: the outbox dispatcher and the deadline job are off (tests look at the outbox as
/// queued and run the job by hand), and e-mail links start from a fixed public address.
/// </summary>
public sealed class MatchingPortalFactory : PortalFactory
{
    public const string PublicBaseUrl = "https://coaching.example.org";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:DispatcherEnabled"] = "false",
        ["Matching:DeadlineJobEnabled"] = "false",
        ["Portal:PublicBaseUrl"] = PublicBaseUrl,
    };
}

/// <summary>
/// A scheme with a requester, their line manager and the manager's manager in one organisation, an HR admin of
/// the scheme, and coaches in a second organisation of the scheme (so no coach shares the requester's service
/// area): every rule of eligibility holds for them until a test changes one.
/// </summary>
public sealed record MatchingScene(
    Scheme Scheme,
    Guid RequesterOrganisationId,
    Guid CoachOrganisationId,
    TestUser Director,
    TestUser Manager,
    TestUser Requester,
    TestUser Hr,
    CoachingArea Area);

/// <summary>A coach of a scene: their account and profile.</summary>
public sealed record SceneCoach(TestUser User, CoachProfile Profile);

public static class MatchingTestData
{
    public static async Task<MatchingScene> SceneAsync(this PortalFactory factory, Action<Scheme>? scheme = null)
    {
        var s = await factory.SchemeAsync(scheme);
        var home = await factory.OrganisationAsync(s.Id);
        var partner = await factory.OrganisationAsync(s.Id);
        var director = await factory.PersonAsync("Dee", "Director", home.Id, null, Roles.Staff);
        var manager = await factory.PersonAsync("Lena", "Manager", home.Id, director.PersonId, Roles.Staff);
        var requester = await factory.PersonAsync("Rhys", "Requester", home.Id, manager.PersonId, Roles.Staff);
        var hr = await factory.PersonAsync("Hana", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, s.Id);
        var area = await factory.AreaAsync("Leadership");
        return new MatchingScene(s, home.Id, partner.Id, director, manager, requester, hr, area);
    }

    /// <summary>A published coach in the scene's second organisation offering its area, with <paramref name="capacity"/> places.</summary>
    public static async Task<SceneCoach> CoachAsync(this PortalFactory factory, MatchingScene scene, string given = "Cara", int capacity = 2,
        OfferType offers = OfferType.Coaching, Action<CoachRegister.Domain.Register.CoachProfile>? change = null)
    {
        var user = await factory.PersonAsync(given, "Coach" + Guid.NewGuid().ToString("N")[..4], scene.CoachOrganisationId, null, Roles.Staff, offers == OfferType.Mentoring ? Roles.Mentor : Roles.Coach);
        var profile = await factory.ProfileAsync(user.PersonId, scene.Scheme.Id, p =>
        {
            p.Offers = offers;
            p.Capacity = capacity;
            change?.Invoke(p);
        }, [scene.Area.Id]);
        return new SceneCoach(user, profile);
    }

    /// <summary>
    /// A complete request of the scene's requester, taken through the domain's own steps to <paramref name="stage"/>:
    /// a draft, sent to the line manager, or supported and waiting for a match.
    /// </summary>
    public static async Task<MatchRequest> RequestAsync(this PortalFactory factory, MatchingScene scene, MatchRequestStatus stage = MatchRequestStatus.AwaitingMatch,
        TestUser? requester = null, OfferType kind = OfferType.Coaching, RequestPart keepPrivate = RequestPart.None, params Guid[] preferences)
    {
        var who = requester ?? scene.Requester;
        return await factory.WithDbAsync(async db =>
        {
            var managerId = await db.People.Where(p => p.Id == who.PersonId).Select(p => p.LineManagerId).SingleAsync();
            var area = await db.CoachingAreas.SingleAsync(a => a.Id == scene.Area.Id);
            var now = DateTimeOffset.UtcNow.AddDays(-3);
            var request = MatchRequest.Start(who.PersonId, scene.Scheme.Id, managerId, now);
            request.ChooseKind(kind, _ => OfferType.Both);
            request.SetReasons(["I have just become a team manager", "I want to lead through the restructure"], identifiedThroughAppraisal: true, keepFromLineManager: keepPrivate.HasFlag(RequestPart.Reasons));
            if (kind == OfferType.Mentoring)
            {
                request.SetMentoringGap(MentoringGap.Contacts | MentoringGap.Leadership);
            }

            request.SetAreasNeeded([area]);
            request.SetGoals("Delegate with confidence", "A team that plans its own rota", "Keep experienced staff", keepPrivate);
            request.SetArrangements(DeliveryFormat.Video | DeliveryFormat.Telephone, "Tuesday mornings");
            foreach (var preference in preferences)
            {
                request.AddPreference(preference, OfferType.Both);
            }

            if (stage != MatchRequestStatus.Draft)
            {
                request.Submit(managerId, now);
            }

            if (stage is MatchRequestStatus.AwaitingMatch or MatchRequestStatus.Waitlisted)
            {
                request.RespondAsLineManager(managerId!.Value, true, 2, "Supported", now.AddHours(1));
            }

            if (stage == MatchRequestStatus.Waitlisted)
            {
                request.Waitlist(scene.Hr.PersonId, "Nobody has a place this month", now.AddHours(2));
            }

            db.MatchRequests.Add(request);
            await db.SaveChangesAsync();
            return request;
        });
    }

    /// <summary>
    /// Posts <paramref name="fields"/> to a route whose form the person cannot open, with a valid antiforgery token taken
    /// from a page they can: what a forged or replayed request looks like to the portal.
    /// </summary>
    public static Task<HttpResponseMessage> PostWithTokenAsync(this FormClient client, string url, Dictionary<string, string> fields) =>
        client.PostPairsWithTokenAsync(url, fields);

    /// <summary>As <see cref="PostWithTokenAsync"/>, with fields that may repeat (several ticked checkboxes).</summary>
    public static async Task<HttpResponseMessage> PostPairsWithTokenAsync(this FormClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetPageAsync("/requests/new");
        var token = page.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>
    /// Of two changes sent at once, exactly one went through (a redirect) and the other page came back with an error
    /// summary saying one of <paramref name="messages"/>: the conflict when both read the record before either saved,
    /// or the rule the winner's change made true when the loser read it afterwards.
    /// </summary>
    public static async Task AssertOneWinnerAsync(IReadOnlyList<HttpResponseMessage> responses, params string[] messages)
    {
        Assert.Single(responses, r => r.StatusCode == System.Net.HttpStatusCode.Redirect);
        var loser = Assert.Single(responses, r => r.StatusCode == System.Net.HttpStatusCode.OK);
        var summary = (await FormClient.ParseAsync(loser)).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.True(messages.Any(m => summary.Contains(m, StringComparison.Ordinal)), $"The other page said: {summary.Trim()}");
    }

    /// <summary>HR proposes <paramref name="coachProfileId"/> for the request through the matching page; the new match's id.</summary>
    public static async Task<Guid> ProposeAsync(this PortalFactory factory, MatchingScene scene, Guid requestId, Guid coachProfileId)
    {
        var response = await factory.ClientFor(scene.Hr).SubmitFormAsync($"/hr/matching/{requestId}", new Dictionary<string, string> { ["Coach"] = coachProfileId.ToString() });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Matches.Where(m => m.MatchRequestId == requestId && m.Status == MatchStatus.Proposed).Select(m => m.Id).SingleAsync());
    }

    /// <summary>The outbox messages to <paramref name="email"/>, oldest first.</summary>
    public static Task<List<CoachRegister.Data.Outbox.OutboxMessage>> MailToAsync(this PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedAt).ToListAsync());

    public static Task<MatchRequest> ReadRequestAsync(this PortalFactory factory, Guid id) =>
        factory.WithDbAsync(db => db.MatchRequests.AsNoTracking().Include(r => r.History).Include(r => r.Matches).ThenInclude(m => m.History).AsSplitQuery().SingleAsync(r => r.Id == id));

    public static Task<List<string>> AuditActionsAsync(this PortalFactory factory, Guid entityId) =>
        factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.EntityId == entityId).OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
}
