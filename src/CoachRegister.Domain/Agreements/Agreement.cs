using CoachRegister.Domain.Common;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Agreements;

/// <summary>
/// The coaching or mentoring agreement. A change of circumstances makes a new version; signed versions
/// are never edited.
/// </summary>
public class Agreement : Entity, IConcurrencyAware
{
    public Guid MatchId { get; set; }
    public Match? Match { get; set; }
    public int Version { get; set; } = 1;
    public DateOnly? AgreedOn { get; set; }
    public string? Objectives { get; set; }
    public string? CoacheeCommitments { get; set; }
    public string? CoachCommitments { get; set; }
    public string? SharedCommitments { get; set; }
    public int NumberOfSessions { get; set; }
    public string? Frequency { get; set; }
    public int SessionLengthMinutes { get; set; }
    public DeliveryFormat Format { get; set; }
    public string? Venue { get; set; }
    public DateTimeOffset? FirstSessionAt { get; set; }
    public string? FirstSessionVenue { get; set; }
    public string? CancellationProtocol { get; set; }
    public string? ConfidentialityTerms { get; set; }
    public bool ThreeWayContracting { get; set; }
    public string? ReviewPoint { get; set; }
    public string? EndingArrangements { get; set; }
    public string? DeclarationOfInterest { get; set; }
    public AgreementStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<AgreementSignature> Signatures { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }
}

public enum AgreementStatus
{
    Draft = 0,
    AwaitingSignatures = 1,
    Signed = 2,
    Superseded = 3,
}

public class AgreementSignature : Entity
{
    public Guid AgreementId { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public SignatoryRole Role { get; set; }
    public DateTimeOffset SignedAt { get; set; }
}

public enum SignatoryRole
{
    Coach = 0,
    Coachee = 1,
    LineManager = 2,
}

/// <summary>A goal of the coaching. Public goals are shared with the line manager; private goals never are.</summary>
public class Goal : Entity, IConcurrencyAware
{
    public Guid MatchId { get; set; }
    public required string Description { get; set; }
    public GoalVisibility Visibility { get; set; }
    /// <summary>Where the coachee started, on the 0-10 progress scale, for before/after evaluation.</summary>
    public int? BaselineScore { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

public enum GoalVisibility
{
    Private = 0,
    SharedWithLineManager = 1,
}
