using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Matching;

/// <summary>The pages of a request for a coach or mentor, in the order the requester meets them.</summary>
public enum RequestSection
{
    Kind,
    Reasons,
    /// <summary>Only for mentoring.</summary>
    Gap,
    Areas,
    Goals,
    Arrangements,
    /// <summary>Optional: naming no one leaves the choice to the scheme team.</summary>
    Preferences,
}

public static class MatchRequestRules
{
    /// <summary>Requests neither matched nor withdrawn: a person has one of these at most.</summary>
    public static readonly MatchRequestStatus[] Open =
    [
        MatchRequestStatus.Draft, MatchRequestStatus.AwaitingLineManager, MatchRequestStatus.AwaitingMatch,
        MatchRequestStatus.Waitlisted, MatchRequestStatus.Proposed,
    ];

    /// <summary>Requests the line manager supported that the scheme team has to act on or is acting on.</summary>
    public static readonly MatchRequestStatus[] WithScheme =
        [MatchRequestStatus.AwaitingMatch, MatchRequestStatus.Waitlisted, MatchRequestStatus.Proposed];

    public static bool IsOpen(MatchRequestStatus status) => Open.Contains(status);

    /// <summary>The pages this request has: the mentoring gap only when mentoring is wanted.</summary>
    public static IReadOnlyList<RequestSection> SectionsFor(MatchRequest request) =>
        Enum.GetValues<RequestSection>().Where(s => s != RequestSection.Gap || request.Wanted == OfferType.Mentoring).ToList();

    /// <summary>Sections still to complete before the request can be sent to the line manager.</summary>
    public static IReadOnlyList<RequestSection> MissingSections(MatchRequest request) =>
        SectionsFor(request).Where(s => !IsComplete(request, s)).ToList();

    public static bool IsComplete(MatchRequest request, RequestSection section) => section switch
    {
        RequestSection.Kind => request.Wanted is OfferType.Coaching or OfferType.Mentoring,
        RequestSection.Reasons => !string.IsNullOrWhiteSpace(request.Reason1) && request.IdentifiedThroughAppraisal is not null,
        RequestSection.Gap => request.MentoringGap != MentoringGap.None,
        RequestSection.Areas => request.AreasNeeded.Count > 0,
        RequestSection.Goals => !string.IsNullOrWhiteSpace(request.GoalsForSelf),
        RequestSection.Arrangements => request.Formats != DeliveryFormat.None,
        _ => true,
    };
}

/// <summary>The longest answers a request keeps, shared by the forms and the schema.</summary>
public static class MatchRequestLimits
{
    public const int Reason = 1000;
    public const int Goal = 2000;
    public const int PreferredTimes = 500;
    /// <summary>The line manager's comment, the scheme team's waitlist reason, a coach's reason for declining.</summary>
    public const int Comment = 2000;
}
