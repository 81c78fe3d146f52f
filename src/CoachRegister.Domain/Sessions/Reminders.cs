using CoachRegister.Domain.Matching;

namespace CoachRegister.Domain.Sessions;

/// <summary>When each reminder is due, in days of the scheme's calendar, and which are due at a given day.</summary>
public static class Reminders
{
    public const int PrepareDaysBefore = 2;
    public const int RecordDaysAfter = 3;

    /// <summary>The coachee is reminded to prepare from two days before a planned session until the day itself.</summary>
    public static bool PrepareDue(DateOnly sessionDate, DateOnly today) =>
        today >= sessionDate.AddDays(-PrepareDaysBefore) && today <= sessionDate;

    /// <summary>The coach is reminded to record a session still not recorded three days after it.</summary>
    public static bool RecordDue(DateOnly sessionDate, DateOnly today) => today >= sessionDate.AddDays(RecordDaysAfter);

    /// <summary>Both are reminded once the review point has come.</summary>
    public static bool ReviewDue(DateOnly? reviewDueOn, DateOnly today) => reviewDueOn is { } due && today >= due;

    /// <summary>
    /// Partnerships being contracted or under way are reminded; one on hold is paused by agreement and one that
    /// ended or never started has nothing to prepare, record or review.
    /// </summary>
    public static bool Reminds(MatchStatus status) => status is MatchStatus.Contracting or MatchStatus.Active;

    /// <summary>
    /// The reminders due on <paramref name="today"/> that are not in <paramref name="sent"/>: the coachee's to
    /// prepare for each planned session in the next two days, the coach's to record each session still planned
    /// three days after its date (a cancelled or recorded one needs nothing), and both sides' when the review
    /// point of a partnership whose review is not yet done has come. Each is sent once: the caller records it
    /// under the same key.
    /// </summary>
    public static IReadOnlyList<DueReminder> Due(
        IEnumerable<SessionForReminder> sessions,
        IEnumerable<PartnershipForReminder> partnerships,
        IReadOnlySet<ReminderKey> sent,
        DateOnly today)
    {
        var due = new List<DueReminder>();
        foreach (var session in sessions)
        {
            if (session.Status != SessionStatus.Planned || !Reminds(session.PartnershipStatus))
            {
                continue;
            }

            if (PrepareDue(session.Date, today))
            {
                Add(new ReminderKey(ReminderKind.PrepareForSession, session.SessionId, session.CoacheeId), session.Date);
            }
            else if (RecordDue(session.Date, today))
            {
                Add(new ReminderKey(ReminderKind.RecordSession, session.SessionId, session.CoachId), session.Date);
            }
        }

        foreach (var partnership in partnerships)
        {
            if (partnership.ReviewPointDone || !Reminds(partnership.Status))
            {
                continue;
            }

            var reviewOn = Programme.ReviewDueOn(partnership.StartedOn, partnership.HeldOn, partnership.ReviewAfterSessions, partnership.ReviewAfterMonths);
            if (ReviewDue(reviewOn, today))
            {
                Add(new ReminderKey(ReminderKind.ReviewPoint, partnership.MatchId, partnership.CoachId), reviewOn!.Value);
                Add(new ReminderKey(ReminderKind.ReviewPoint, partnership.MatchId, partnership.CoacheeId), reviewOn.Value);
            }
        }

        return due;

        void Add(ReminderKey key, DateOnly on)
        {
            if (!sent.Contains(key))
            {
                due.Add(new DueReminder(key, on));
            }
        }
    }
}

public enum ReminderKind
{
    PrepareForSession = 0,
    RecordSession = 1,
    ReviewPoint = 2,
}

/// <summary>Which reminder, about which session or partnership, to whom: sent once each.</summary>
public readonly record struct ReminderKey(ReminderKind Kind, Guid SubjectId, Guid RecipientPersonId);

/// <summary>A reminder to send, with the day it is about (the session's, or the review point's).</summary>
public sealed record DueReminder(ReminderKey Key, DateOnly About);

/// <summary>A session as the reminders need it: when, whether it is still planned, whose partnership and its status.</summary>
public sealed record SessionForReminder(Guid SessionId, DateOnly Date, SessionStatus Status, MatchStatus PartnershipStatus, Guid CoachId, Guid CoacheeId);

/// <summary>A partnership as the review-point reminder needs it: when it started, the days sessions were held, the scheme's review point.</summary>
public sealed record PartnershipForReminder(
    Guid MatchId,
    MatchStatus Status,
    DateOnly? StartedOn,
    IReadOnlyList<DateOnly> HeldOn,
    int ReviewAfterSessions,
    int ReviewAfterMonths,
    bool ReviewPointDone,
    Guid CoachId,
    Guid CoacheeId);
