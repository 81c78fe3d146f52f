using CoachRegister.Domain.Common;
using CoachRegister.Domain.Matching;

namespace CoachRegister.Domain.Sessions;

/// <summary>A coaching session, held or cancelled. Its content is for the coach and the coachee only.</summary>
public class SessionRecord : Entity, IConcurrencyAware
{
    public Guid MatchId { get; set; }
    public Match? Match { get; set; }
    public int SessionNumber { get; set; }
    public DateOnly MeetingDate { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public SessionStatus Status { get; set; }
    public CancelledBy? CancelledBy { get; set; }
    public int? NoticeHours { get; set; }
    public string? PreviousActionsSummary { get; set; }
    public string? KeyPoints { get; set; }
    public string? SessionGoal { get; set; }
    public string? ActionsIdentified { get; set; }
    public string? Reflections { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<GoalProgress> Progress { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Length of a held session in hours, for the practice-hours figures HR may see.</summary>
    public decimal Hours =>
        Status == SessionStatus.Held && StartTime is { } s && EndTime is { } e && e > s
            ? Math.Round((decimal)(e - s).TotalHours, 2)
            : 0m;
}

public enum SessionStatus
{
    Planned = 0,
    Held = 1,
    Cancelled = 2,
}

public enum CancelledBy
{
    Coach = 0,
    Coachee = 1,
}

/// <summary>Progress towards one goal at one session: 0 = none, 10 = fully achieved and impact recognised.</summary>
public class GoalProgress : Entity
{
    public Guid SessionRecordId { get; set; }
    public Guid GoalId { get; set; }
    public int Score { get; set; }
}

/// <summary>What the coachee prepares before a session.</summary>
public class MeetingPreparation : Entity, IConcurrencyAware
{
    public Guid SessionRecordId { get; set; }
    public string? AccomplishedSinceLastTime { get; set; }
    public string? NotDoneButIntended { get; set; }
    public string? OnMyMindAtWork { get; set; }
    public string? CurrentChallenges { get; set; }
    public string? CurrentOpportunities { get; set; }
    public string? AnythingElse { get; set; }
    public string? WantFromSession { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>The coach's own preparation and reflection on a session (GROW and other models used).</summary>
public class CoachPreparationReflection : Entity, IConcurrencyAware
{
    public Guid SessionRecordId { get; set; }
    public string? CoacheeLearningStyle { get; set; }
    public string? SkillsToWorkOn { get; set; }
    public string? Approach { get; set; }
    public string? WorkedWell { get; set; }
    public string? WorkedLessWell { get; set; }
    public string? ModelsAndTechniques { get; set; }
    public string? WhatILearnt { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>The coach's private reflective log: no one else ever reads it.</summary>
public class ReflectiveLogEntry : Entity, IConcurrencyAware
{
    public Guid CoachProfileId { get; set; }
    public Guid? MatchId { get; set; }
    public DateOnly EntryDate { get; set; }
    public string? Goal { get; set; }
    public string? Reality { get; set; }
    public string? Options { get; set; }
    public string? WayForward { get; set; }
    public string? Reflection { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}
