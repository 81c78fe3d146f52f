using CoachRegister.Domain.Register;

namespace CoachRegister.Web.Features.Matching;

/// <summary>The line manager is asked to support a request (Infrastructure/Email/Templates/MatchingSupportAsked.cshtml).</summary>
public sealed record SupportAskedEmail(string LineManagerName, string RequesterName, OfferType Kind, string Url)
{
    public const string Template = "MatchingSupportAsked";
}

/// <summary>The requester hears the line manager's answer.</summary>
public sealed record SupportAnsweredEmail(string RequesterName, string LineManagerName, OfferType Kind, bool Supported, string? Comment, string Url)
{
    public const string Template = "MatchingSupportAnswered";
}

/// <summary>What the requester is told as their request moves on.</summary>
public enum RequestNews
{
    /// <summary>The scheme team proposed a coach, who has still to accept.</summary>
    CoachProposed,
    /// <summary>The request waits, with the scheme team's reason.</summary>
    Waitlisted,
    /// <summary>The proposed coach accepted: time to arrange the chemistry meeting.</summary>
    CoachAccepted,
    /// <summary>The proposed coach could not take it on, or did not answer in time: the scheme team looks again.</summary>
    BackWithSchemeTeam,
    /// <summary>The coach arranged the chemistry meeting.</summary>
    ChemistryArranged,
    /// <summary>Both said yes.</summary>
    Matched,
    /// <summary>The chemistry meeting did not lead to a match (never who said no).</summary>
    NotMatched,
}

/// <summary>One e-mail to the requester (MatchingRequestNews.cshtml): what happened, and with whom where it names someone.</summary>
public sealed record RequestNewsEmail(string RequesterName, RequestNews News, OfferType Kind, string? PractitionerName, string? Reason, DateOnly? MeetingOn, DeliveryFormat MeetingFormat, string Url)
{
    public const string Template = "MatchingRequestNews";
}

/// <summary>What the coach or mentor is told about a proposal and its chemistry meeting.</summary>
public enum CoachNews
{
    Proposal,
    Reminder,
    /// <summary>The time to answer passed: the proposal went back to the scheme team.</summary>
    Lapsed,
    /// <summary>The requester withdrew their request.</summary>
    Withdrawn,
    ChemistryArranged,
    Matched,
    NotMatched,
}

public sealed record CoachNewsEmail(string CoachName, CoachNews News, OfferType Kind, string RequesterName, DateTimeOffset? RespondBy, DateOnly? MeetingOn, DeliveryFormat MeetingFormat, string Url)
{
    public const string Template = "MatchingCoachNews";
}
