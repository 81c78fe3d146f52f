using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Relationships;

namespace CoachRegister.Web.Features.Agreements;

/// <summary>The agreement form: every field of DOMAIN.md "The agreement", with the version and stamp it was read at.</summary>
public sealed class AgreementInput
{
    public const int MaxText = 4000;
    public const int MaxLine = 400;

    public int Version { get; set; }
    public Guid Stamp { get; set; }
    public string? Objectives { get; set; }
    public string? CoacheeCommitments { get; set; }
    public string? CoachCommitments { get; set; }
    public string? SharedCommitments { get; set; }
    public int? NumberOfSessions { get; set; }
    public string? Frequency { get; set; }
    public int? SessionLengthMinutes { get; set; }
    public DeliveryFormat? Format { get; set; }
    public string? Venue { get; set; }
    public DateOnly? FirstSessionDate { get; set; }
    public TimeOnly? FirstSessionTime { get; set; }
    public string? FirstSessionVenue { get; set; }
    public string? CancellationProtocol { get; set; }
    public string? ConfidentialityTerms { get; set; }
    public bool ThreeWayContracting { get; set; }
    public string? ReviewPoint { get; set; }
    public string? EndingArrangements { get; set; }
}

public sealed class AgreementFormViewModel
{
    public required Partnership Partnership { get; init; }
    public required AgreementInput Input { get; init; }
    /// <summary>Set when someone else saved while this person was editing: what is saved now, to merge with.</summary>
    public AgreementTerms? Saved { get; init; }
    public string? SavedBy { get; init; }
    public bool AnySigned { get; init; }
}

public sealed class SignInput
{
    public const int MaxDeclaration = 2000;

    public int Version { get; set; }
    public string? FullName { get; set; }
    public bool? HasInterest { get; set; }
    public string? Interest { get; set; }
}

public sealed class AgreementViewModel
{
    public required Partnership Partnership { get; init; }
    public required PartnershipSide Side { get; init; }
    public Agreement? Agreement { get; init; }
    /// <summary>The standing paragraphs this version shows: those it was signed under, or today's for a draft.</summary>
    public required StandingText Wording { get; init; }
    public required IReadOnlyList<VersionRow> Versions { get; init; }
    public required IReadOnlyDictionary<Guid, string> SignatoryNames { get; init; }
    public required SignInput Sign { get; init; }
    public bool MayChange { get; init; }
    public bool IsLatest { get; init; }
}

public sealed record VersionRow(int Version, AgreementStatus Status, DateOnly? AgreedOn, DateTimeOffset CreatedAt);

public sealed class GoalInput
{
    public const int MaxDescription = 1000;

    public Guid? Stamp { get; set; }
    public string? Description { get; set; }
    public GoalVisibility? Visibility { get; set; }
    public int? Baseline { get; set; }
}

public sealed class GoalsViewModel
{
    public required Partnership Partnership { get; init; }
    public required PartnershipSide Side { get; init; }
    public required IReadOnlyList<Goal> Goals { get; init; }
    public required GoalInput Input { get; init; }
    public Guid? EditingId { get; init; }
    public bool MayChange { get; init; }
}

public sealed class ThreeWayInput
{
    public const int MaxSupport = 2000;

    public string? Support { get; set; }
    public string? FullName { get; set; }
}

public sealed class ThreeWayViewModel
{
    public required Partnership Partnership { get; init; }
    public required IReadOnlyList<string> SharedGoals { get; init; }
    public required ThreeWayConfirmation Confirmation { get; init; }
    public required ThreeWayInput Input { get; init; }
    public bool MayConfirm { get; init; }
}
