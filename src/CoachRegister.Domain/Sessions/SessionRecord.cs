using CoachRegister.Domain.Common;
using CoachRegister.Domain.Matching;

namespace CoachRegister.Domain.Sessions;

/// <summary>
/// A coaching session: scheduled, then held (and recorded by the coach) or cancelled. Its content is for the
/// coach and the coachee only; its date, hours and whether it was cancelled are the activity figures HR sees.
/// </summary>
public class SessionRecord : Entity, IConcurrencyAware
{
    public Guid MatchId { get; set; }
    public Match? Match { get; set; }
    public int SessionNumber { get; set; }
    public DateOnly MeetingDate { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public string? Venue { get; set; }
    public SessionStatus Status { get; set; }
    public CancelledBy? CancelledBy { get; set; }
    public Guid? CancelledById { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public int? NoticeHours { get; set; }
    public string? PreviousActionsSummary { get; set; }
    public string? KeyPoints { get; set; }
    public string? SessionGoal { get; set; }
    public string? ActionsIdentified { get; set; }
    public string? Reflections { get; set; }
    public Guid? ScheduledById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }
    /// <summary>The calendar invite's SEQUENCE: raised by every move and by the cancellation, so calendars replace the event.</summary>
    public int CalendarSequence { get; set; }
    /// <summary>Start to end in minutes, kept so that the hours of many sessions add up in the database.</summary>
    public int DurationMinutes { get; set; }
    public List<GoalProgress> Progress { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Length of a held session in hours, for the practice-hours figures HR may see.</summary>
    public decimal Hours => Status == SessionStatus.Held ? SessionHours.Between(StartTime, EndTime) : 0m;

    public static SessionRecord Schedule(Guid matchId, int number, SessionTime time, Guid byPersonId, DateTimeOffset at)
    {
        var session = new SessionRecord
        {
            MatchId = matchId,
            SessionNumber = number,
            Status = SessionStatus.Planned,
            ScheduledById = byPersonId,
            CreatedAt = at,
        };
        session.SetTime(time);
        return session;
    }

    /// <summary>Moves a planned session; the invite's sequence goes up so calendars update the event they hold.</summary>
    public void Reschedule(SessionTime time)
    {
        if (Status != SessionStatus.Planned)
        {
            throw new RuleBrokenException(Rule.SessionNotPlanned);
        }

        SetTime(time);
        CalendarSequence++;
    }

    /// <summary>Cancels a planned session, recording who cancelled and how many hours' notice they gave.</summary>
    public void Cancel(CancelledBy side, Guid byPersonId, DateTimeOffset startsAt, DateTimeOffset at)
    {
        if (Status != SessionStatus.Planned)
        {
            throw new RuleBrokenException(Rule.SessionNotPlanned);
        }

        Status = SessionStatus.Cancelled;
        CancelledBy = side;
        CancelledById = byPersonId;
        CancelledAt = at;
        NoticeHours = Math.Max(0, (int)Math.Floor((startsAt - at).TotalHours));
        CalendarSequence++;
    }

    /// <summary>
    /// The coach's record of the session (first time or a correction): times, what was covered, and a 0-10
    /// progress mark for each goal of the partnership that was scored.
    /// </summary>
    public void Record(SessionTime time, SessionNotes notes, IReadOnlyDictionary<Guid, int> progress, IReadOnlyCollection<Guid> goalsOfPartnership, DateOnly today, DateTimeOffset at)
    {
        if (Status == SessionStatus.Cancelled)
        {
            throw new RuleBrokenException(Rule.SessionCancelled);
        }

        if (time.Date > today)
        {
            throw new RuleBrokenException(Rule.SessionNotYetHeld);
        }

        foreach (var (goalId, score) in progress)
        {
            if (!goalsOfPartnership.Contains(goalId))
            {
                throw new RuleBrokenException(Rule.GoalNotInPartnership);
            }

            if (score is < 0 or > 10)
            {
                throw new RuleBrokenException(Rule.ProgressOutOfRange);
            }
        }

        var moved = time.Date != MeetingDate || time.Start != StartTime || time.End != EndTime;
        SetTime(time);
        if (moved && Status == SessionStatus.Planned)
        {
            CalendarSequence++;
        }

        PreviousActionsSummary = notes.PreviousActionsSummary;
        KeyPoints = notes.KeyPoints;
        SessionGoal = notes.SessionGoal;
        ActionsIdentified = notes.ActionsIdentified;
        Reflections = notes.Reflections;
        Status = SessionStatus.Held;
        RecordedAt = at;

        Progress.RemoveAll(p => !progress.ContainsKey(p.GoalId));
        foreach (var (goalId, score) in progress)
        {
            if (Progress.FirstOrDefault(p => p.GoalId == goalId) is { } existing)
            {
                existing.Score = score;
            }
            else
            {
                Progress.Add(new GoalProgress { SessionRecordId = Id, GoalId = goalId, Score = score });
            }
        }
    }

    public SessionTime Time => new(MeetingDate, StartTime ?? default, EndTime ?? default, Venue);

    private void SetTime(SessionTime time)
    {
        if (time.End <= time.Start)
        {
            throw new RuleBrokenException(Rule.SessionEndsBeforeStart);
        }

        MeetingDate = time.Date;
        StartTime = time.Start;
        EndTime = time.End;
        Venue = time.Venue;
        DurationMinutes = (int)(time.End - time.Start).TotalMinutes;
    }
}

/// <summary>When and where a session takes place, in the scheme's local time.</summary>
public sealed record SessionTime(DateOnly Date, TimeOnly Start, TimeOnly End, string? Venue);

/// <summary>What the coach writes about a held session (001 Appendix 4, 003 Appendix B "Record of meeting").</summary>
public sealed record SessionNotes(string? PreviousActionsSummary, string? KeyPoints, string? SessionGoal, string? ActionsIdentified, string? Reflections);

public static class SessionHours
{
    /// <summary>Hours from start to end, to two places; nothing when either is missing or the end is not after the start.</summary>
    public static decimal Between(TimeOnly? start, TimeOnly? end) =>
        start is { } s && end is { } e && e > s ? Math.Round((decimal)(e - s).TotalHours, 2) : 0m;
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

/// <summary>What the coachee prepares before a session (003 Appendix B "Meeting preparation form").</summary>
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
    public DateTimeOffset? UpdatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public static MeetingPreparation For(SessionRecord session)
    {
        if (session.Status == SessionStatus.Cancelled)
        {
            throw new RuleBrokenException(Rule.SessionCancelled);
        }

        return new MeetingPreparation { SessionRecordId = session.Id };
    }

    public void Write(PreparationAnswers answers, DateTimeOffset at)
    {
        AccomplishedSinceLastTime = answers.AccomplishedSinceLastTime;
        NotDoneButIntended = answers.NotDoneButIntended;
        OnMyMindAtWork = answers.OnMyMindAtWork;
        CurrentChallenges = answers.CurrentChallenges;
        CurrentOpportunities = answers.CurrentOpportunities;
        AnythingElse = answers.AnythingElse;
        WantFromSession = answers.WantFromSession;
        UpdatedAt = at;
    }
}

public sealed record PreparationAnswers(
    string? AccomplishedSinceLastTime, string? NotDoneButIntended, string? OnMyMindAtWork, string? CurrentChallenges,
    string? CurrentOpportunities, string? AnythingElse, string? WantFromSession);

/// <summary>The coach's own preparation and reflection on a session (003 Appendix B): nobody else reads it.</summary>
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
    public DateTimeOffset? UpdatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public void Write(ReflectionAnswers answers, DateTimeOffset at)
    {
        CoacheeLearningStyle = answers.CoacheeLearningStyle;
        SkillsToWorkOn = answers.SkillsToWorkOn;
        Approach = answers.Approach;
        WorkedWell = answers.WorkedWell;
        WorkedLessWell = answers.WorkedLessWell;
        ModelsAndTechniques = answers.ModelsAndTechniques;
        WhatILearnt = answers.WhatILearnt;
        UpdatedAt = at;
    }
}

public sealed record ReflectionAnswers(
    string? CoacheeLearningStyle, string? SkillsToWorkOn, string? Approach, string? WorkedWell, string? WorkedLessWell,
    string? ModelsAndTechniques, string? WhatILearnt);

/// <summary>An entry of the coach's reflective log (004 Appendix 8): private to the coach, HR included.</summary>
public class ReflectiveLogEntry : Entity, IConcurrencyAware
{
    public Guid CoachProfileId { get; set; }
    public Guid? MatchId { get; set; }
    public DateOnly EntryDate { get; set; }
    public int? SessionNumber { get; set; }
    public string? Introduction { get; set; }
    public string? Rapport { get; set; }
    public string? WentWell { get; set; }
    public string? Challenges { get; set; }
    public string? UsefulToKnowBefore { get; set; }
    public string? Surprises { get; set; }
    public string? KeyLearning { get; set; }
    public string? DoDifferently { get; set; }
    public string? NextSessionFocus { get; set; }
    public string? Goal { get; set; }
    public string? Reality { get; set; }
    public string? Options { get; set; }
    public string? WayForward { get; set; }
    public string? Reflection { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Whose entry it is, for the access policy: the coach's alone.</summary>
    public static Confidentiality.RecordParties Parties(Guid schemeId, Guid coachPersonId) =>
        new(Confidentiality.RecordKind.ReflectiveLog, schemeId, CoachPersonId: coachPersonId);

    public void Write(ReflectiveLogText text)
    {
        MatchId = text.MatchId;
        EntryDate = text.EntryDate;
        SessionNumber = text.SessionNumber;
        Introduction = text.Introduction;
        Rapport = text.Rapport;
        WentWell = text.WentWell;
        Challenges = text.Challenges;
        UsefulToKnowBefore = text.UsefulToKnowBefore;
        Surprises = text.Surprises;
        KeyLearning = text.KeyLearning;
        DoDifferently = text.DoDifferently;
        NextSessionFocus = text.NextSessionFocus;
        Goal = text.Goal;
        Reality = text.Reality;
        Options = text.Options;
        WayForward = text.WayForward;
        Reflection = text.Reflection;
    }
}

public sealed record ReflectiveLogText(
    Guid? MatchId, DateOnly EntryDate, int? SessionNumber, string? Introduction, string? Rapport, string? WentWell,
    string? Challenges, string? UsefulToKnowBefore, string? Surprises, string? KeyLearning, string? DoDifferently,
    string? NextSessionFocus, string? Goal, string? Reality, string? Options, string? WayForward, string? Reflection);
