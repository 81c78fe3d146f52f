using CoachRegister.Data;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Matching;

/// <summary>A coach or mentor named on a request, with what the requester's pages show of them.</summary>
public sealed record NamedPreference(int Choice, Guid ProfileId, string Name, OfferType Offers, ProfileStatus Status);

/// <summary>One step in a request's life as its pages show it.</summary>
public sealed record RequestStep(DateTimeOffset At, MatchRequestStatus From, MatchRequestStatus To, string? Note);

/// <summary>A request read back: the check-your-answers page, the status page, the line manager's, HR's and the coach's view.</summary>
public sealed record RequestSummary
{
    public Guid Id { get; init; }
    public Guid RequesterId { get; init; }
    public required string RequesterName { get; init; }
    public string? RequesterEmail { get; init; }
    public string? RequesterJobTitle { get; init; }
    public string? Organisation { get; init; }
    public string? ServiceArea { get; init; }
    public required string SchemeName { get; init; }
    public MatchRequestStatus Status { get; init; }
    public LineManagerSupport LineManagerSupport { get; init; }
    public OfferType Wanted { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public bool? IdentifiedThroughAppraisal { get; init; }
    public MentoringGap MentoringGap { get; init; }
    public IReadOnlyList<AreaLabel> Areas { get; init; } = [];
    public string? GoalsForSelf { get; init; }
    public string? GoalsForTeam { get; init; }
    public string? GoalsForOrganisation { get; init; }
    public RequestPart PrivateParts { get; init; }
    public DeliveryFormat Formats { get; init; }
    public string? PreferredTimes { get; init; }
    public IReadOnlyList<NamedPreference> Preferences { get; init; } = [];
    public string? LineManagerName { get; init; }
    public decimal? ProtectedHoursPerMonth { get; init; }
    public string? LineManagerComment { get; init; }
    public DateTimeOffset? LineManagerRespondedAt { get; init; }
    public string? WaitlistReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public IReadOnlyList<RequestStep> History { get; init; } = [];
    public IReadOnlyList<RequestSection> Sections { get; init; } = [];
    public IReadOnlyList<RequestSection> Missing { get; init; } = [];

    /// <summary>True when the private parts were taken out: the line manager's copy.</summary>
    public bool PrivatePartsRemoved { get; init; }

    /// <summary>
    /// The copy the line manager reads: the parts the requester keeps from them are removed here, so they never
    /// reach the page, and the history shows only the steps the manager took part in.
    /// </summary>
    public RequestSummary ForLineManager() => this with
    {
        Reasons = PrivateParts.HasFlag(RequestPart.Reasons) ? [] : Reasons,
        GoalsForSelf = PrivateParts.HasFlag(RequestPart.GoalsForSelf) ? null : GoalsForSelf,
        GoalsForTeam = PrivateParts.HasFlag(RequestPart.GoalsForTeam) ? null : GoalsForTeam,
        GoalsForOrganisation = PrivateParts.HasFlag(RequestPart.GoalsForOrganisation) ? null : GoalsForOrganisation,
        WaitlistReason = null,
        History = [],
        PrivatePartsRemoved = PrivateParts != RequestPart.None,
    };

    /// <summary>
    /// The copy a coach or mentor reads while their proposal or chemistry meeting is open, as on the proposal page:
    /// without the coaches the requester named, the reason for a wait, or the request's history.
    /// </summary>
    public RequestSummary ForCoach() => this with
    {
        Preferences = [],
        WaitlistReason = null,
        History = [],
    };
}

/// <summary>Reads a request back in a fixed number of queries (the request, its areas, the names of its preferences, its history).</summary>
public sealed class RequestReader(AppDbContext db)
{
    public async Task<RequestSummary?> SummaryAsync(Guid id, CancellationToken ct)
    {
        var r = await db.MatchRequests.AsNoTracking()
            .Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id,
                x.RequesterId,
                RequesterName = x.Requester!.GivenName + " " + x.Requester.FamilyName,
                x.Requester.Email,
                x.Requester.JobTitle,
                Organisation = x.Requester.Organisation!.Name,
                ServiceArea = x.Requester.ServiceArea!.Name,
                SchemeName = x.Scheme!.Name,
                x.Status,
                x.LineManagerSupport,
                x.Wanted,
                x.Reason1,
                x.Reason2,
                x.Reason3,
                x.IdentifiedThroughAppraisal,
                x.MentoringGap,
                x.GoalsForSelf,
                x.GoalsForTeam,
                x.GoalsForOrganisation,
                x.PrivateParts,
                x.Formats,
                x.PreferredTimes,
                x.PreferredCoachId,
                x.SecondPreferredCoachId,
                x.ThirdPreferredCoachId,
                LineManagerName = x.LineManager!.GivenName + " " + x.LineManager.FamilyName,
                x.LineManagerId,
                x.ProtectedHoursPerMonth,
                x.LineManagerComment,
                x.LineManagerRespondedAt,
                x.WaitlistReason,
                x.CreatedAt,
                x.SubmittedAt,
                Areas = x.AreasNeeded.OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new AreaLabel(a.Name, a.NameWelsh)).ToList(),
                History = x.History.OrderBy(h => h.ChangedAt).Select(h => new RequestStep(h.ChangedAt, h.From, h.To, h.Note)).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return null;
        }

        var named = new[] { r.PreferredCoachId, r.SecondPreferredCoachId, r.ThirdPreferredCoachId }.OfType<Guid>().ToList();
        var profiles = named.Count == 0
            ? []
            : await db.CoachProfiles.AsNoTracking().Where(p => named.Contains(p.Id))
                .Select(p => new { p.Id, Name = p.Person!.GivenName + " " + p.Person.FamilyName, p.Offers, p.Status })
                .ToListAsync(ct);
        var preferences = named
            .Select((profileId, i) => profiles.FirstOrDefault(p => p.Id == profileId) is { } p ? new NamedPreference(i + 1, p.Id, p.Name, p.Offers, p.Status) : null)
            .OfType<NamedPreference>()
            .ToList();

        var draft = new MatchRequest
        {
            Wanted = r.Wanted,
            Reason1 = r.Reason1,
            IdentifiedThroughAppraisal = r.IdentifiedThroughAppraisal,
            MentoringGap = r.MentoringGap,
            GoalsForSelf = r.GoalsForSelf,
            Formats = r.Formats,
            AreasNeeded = r.Areas.Select(a => new CoachingArea { Name = a.Name }).ToList(),
        };
        return new RequestSummary
        {
            Id = r.Id,
            RequesterId = r.RequesterId,
            RequesterName = r.RequesterName,
            RequesterEmail = r.Email,
            RequesterJobTitle = r.JobTitle,
            Organisation = r.Organisation,
            ServiceArea = r.ServiceArea,
            SchemeName = r.SchemeName,
            Status = r.Status,
            LineManagerSupport = r.LineManagerSupport,
            Wanted = r.Wanted,
            Reasons = new[] { r.Reason1, r.Reason2, r.Reason3 }.OfType<string>().ToList(),
            IdentifiedThroughAppraisal = r.IdentifiedThroughAppraisal,
            MentoringGap = r.MentoringGap,
            Areas = r.Areas,
            GoalsForSelf = r.GoalsForSelf,
            GoalsForTeam = r.GoalsForTeam,
            GoalsForOrganisation = r.GoalsForOrganisation,
            PrivateParts = r.PrivateParts,
            Formats = r.Formats,
            PreferredTimes = r.PreferredTimes,
            Preferences = preferences,
            LineManagerName = r.LineManagerId is null ? null : r.LineManagerName,
            ProtectedHoursPerMonth = r.ProtectedHoursPerMonth,
            LineManagerComment = r.LineManagerComment,
            LineManagerRespondedAt = r.LineManagerRespondedAt,
            WaitlistReason = r.WaitlistReason,
            CreatedAt = r.CreatedAt,
            SubmittedAt = r.SubmittedAt,
            History = r.History,
            Sections = MatchRequestRules.SectionsFor(draft),
            Missing = r.Status == MatchRequestStatus.Draft ? MatchRequestRules.MissingSections(draft) : [],
        };
    }
}
