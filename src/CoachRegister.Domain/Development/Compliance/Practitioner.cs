using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Development.Compliance;

/// <summary>The practitioner the checker looks at: roles, start on the register, qualifications, caseload and extensions.</summary>
public sealed record Practitioner
{
    public required OfferType Roles { get; init; }

    /// <summary>The day the practitioner joined the register; activity from before it never counts.</summary>
    public required DateOnly OnRegisterSince { get; init; }

    public IReadOnlyList<QualificationRecord> Qualifications { get; init; } = [];

    /// <summary>Coachees or mentees held now (matches that hold a place); null skips the caseload check.</summary>
    public int? ActiveCoachees { get; init; }

    public IReadOnlyList<ComplianceExtension> Extensions { get; init; } = [];
}

/// <summary>A qualification as the checker needs it; achieved counts from <see cref="AchievedOn"/> (any date when unknown).</summary>
public sealed record QualificationRecord(
    QualificationLevel Level,
    QualificationStatus Status,
    DateOnly? FirstAssignmentSubmittedOn,
    DateOnly? AchievedOn);

/// <summary>
/// An extension HR granted: it moves every deadline of <see cref="Requirement"/> that falls on or after
/// <see cref="OriginalDeadline"/> and before <see cref="NewDeadline"/> to <see cref="NewDeadline"/>.
/// Extensions chain (an extension granted on an extended deadline moves it again). A range rather than
/// one date, because a rolling deadline moves on as records come in and the extension must still hold.
/// </summary>
public sealed record ComplianceExtension(
    RequirementKind Requirement,
    DateOnly OriginalDeadline,
    DateOnly NewDeadline,
    string Reason)
{
    public bool Covers(RequirementKind requirement, DateOnly deadline) =>
        requirement == Requirement && deadline >= OriginalDeadline && deadline < NewDeadline;
}

/// <summary>A held coaching or mentoring session from the session log, as practice hours on a day.</summary>
public sealed record PracticeRecord(DateOnly Date, decimal Hours);

public enum SupervisionFormat
{
    OneToOne = 0,
    Group = 1,
}

/// <summary>
/// A supervision session. It counts only once the supervisor has confirmed it: 003 asks for the minimums
/// to be evidenced, and the supervisor's confirmation is that evidence. Unconfirmed sessions are reported
/// as awaiting confirmation, so the practitioner knows whom to ask instead of seeing a plain shortfall.
/// </summary>
public sealed record SupervisionRecord(DateOnly Date, SupervisionFormat Format, decimal Hours, bool ConfirmedBySupervisor);

public sealed record PeerSupportRecord(DateOnly Date, decimal Hours);

/// <summary>A CPD activity; a training workshop counts as a CPD activity as well as a workshop.</summary>
public sealed record CpdRecord(DateOnly Date, bool IsTrainingWorkshop);

/// <summary>A practitioner's raw records, for checking one person; many people are checked from aggregates instead.</summary>
public sealed record ActivityRecords
{
    public IReadOnlyList<PracticeRecord> Practice { get; init; } = [];
    public IReadOnlyList<SupervisionRecord> Supervision { get; init; } = [];
    public IReadOnlyList<PeerSupportRecord> PeerSupport { get; init; } = [];
    public IReadOnlyList<CpdRecord> Cpd { get; init; } = [];

    public static ActivityRecords None { get; } = new();
}
