using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Relationships;

namespace CoachRegister.Web.Features.Sessions;

public sealed class SessionTimeInput
{
    public const int MaxVenue = 400;

    public Guid? Stamp { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public string? Venue { get; set; }
}

public sealed class SessionTimeViewModel
{
    public required Partnership Partnership { get; init; }
    public required SessionTimeInput Input { get; init; }
    /// <summary>Null when arranging a new session.</summary>
    public SessionRecord? Session { get; init; }
}

public sealed class RecordInput
{
    public const int MaxText = 4000;

    public Guid? Stamp { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public string? PreviousActionsSummary { get; set; }
    public string? KeyPoints { get; set; }
    public string? SessionGoal { get; set; }
    public string? ActionsIdentified { get; set; }
    public string? Reflections { get; set; }
    public List<ProgressInput> Progress { get; set; } = [];
}

public sealed class ProgressInput
{
    public Guid GoalId { get; set; }
    public int? Score { get; set; }
}

public sealed class RecordViewModel
{
    public required Partnership Partnership { get; init; }
    public required SessionRecord Session { get; init; }
    public required RecordInput Input { get; init; }
    public required IReadOnlyList<(Guid Id, string Description)> Goals { get; init; }
    public MeetingPreparation? Preparation { get; init; }
}

public sealed class CancelInput
{
    public bool Confirm { get; set; }
}

public sealed class SessionViewModel
{
    public required Partnership Partnership { get; init; }
    public required PartnershipSide Side { get; init; }
    public required SessionRecord Session { get; init; }
    public required IReadOnlyList<(string Goal, int Score)> Progress { get; init; }
    public bool HasPreparation { get; init; }
    public bool HasReflection { get; init; }
    public bool HasFeedback { get; init; }
    public bool MaySchedule { get; init; }
    public bool MayRecord { get; init; }
    public bool MayPrepare { get; init; }
    public bool MayReadPreparation { get; init; }
    public bool MayReflect { get; init; }
    public bool MayGiveFeedback { get; init; }
    public bool MayReadFeedback { get; init; }
    public DateOnly Today { get; init; }
}

public sealed class PreparationInput
{
    public const int MaxText = 4000;

    public Guid? Stamp { get; set; }
    public string? AccomplishedSinceLastTime { get; set; }
    public string? NotDoneButIntended { get; set; }
    public string? OnMyMindAtWork { get; set; }
    public string? CurrentChallenges { get; set; }
    public string? CurrentOpportunities { get; set; }
    public string? AnythingElse { get; set; }
    public string? WantFromSession { get; set; }
}

public sealed class ReflectionInput
{
    public const int MaxText = 4000;

    public Guid? Stamp { get; set; }
    public string? CoacheeLearningStyle { get; set; }
    public string? SkillsToWorkOn { get; set; }
    public string? Approach { get; set; }
    public string? WorkedWell { get; set; }
    public string? WorkedLessWell { get; set; }
    public string? ModelsAndTechniques { get; set; }
    public string? WhatILearnt { get; set; }
}

public sealed class SessionFormViewModel<TInput>
{
    public required Partnership Partnership { get; init; }
    public required SessionRecord Session { get; init; }
    public required TInput Input { get; init; }
    public bool ReadOnly { get; init; }
}
