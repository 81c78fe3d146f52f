using CoachRegister.Domain.Common;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Matching;

/// <summary>A staff member's application for a coach or mentor, supported by their line manager.</summary>
public class MatchRequest : Entity, IConcurrencyAware
{
    public Guid RequesterId { get; set; }
    public Person? Requester { get; set; }
    /// <summary>Coaching or mentoring: one of the two, never both.</summary>
    public OfferType Wanted { get; set; }
    public MatchRequestStatus Status { get; set; }
    public string? Reason1 { get; set; }
    public string? Reason2 { get; set; }
    public string? Reason3 { get; set; }
    public bool IdentifiedThroughAppraisal { get; set; }
    public MentoringGap MentoringGap { get; set; }
    public string? GoalsForSelf { get; set; }
    public string? GoalsForTeam { get; set; }
    public string? GoalsForOrganisation { get; set; }
    public Guid? PreferredCoachId { get; set; }
    public CoachProfile? PreferredCoach { get; set; }
    public Guid? LineManagerId { get; set; }
    public Person? LineManager { get; set; }
    public LineManagerSupport LineManagerSupport { get; set; }
    public string? LineManagerComment { get; set; }
    public DateTimeOffset? LineManagerRespondedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public List<Match> Matches { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }
}

public enum MatchRequestStatus
{
    Draft = 0,
    AwaitingLineManager = 1,
    AwaitingMatch = 2,
    Matched = 3,
    Withdrawn = 4,
    Declined = 5,
}

/// <summary>What a mentee wants a mentor to fill.</summary>
[Flags]
public enum MentoringGap
{
    None = 0,
    Contacts = 1,
    Understanding = 2,
    HowToDoSomething = 4,
    Leadership = 8,
}
