using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;

namespace CoachRegister.Domain.Tests.Sessions;

public class RemindersTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Guid Coach = Guid.CreateVersion7();
    private static readonly Guid Coachee = Guid.CreateVersion7();
    private static readonly HashSet<ReminderKey> NoneSent = [];

    private static SessionForReminder Session(DateOnly date, SessionStatus status = SessionStatus.Planned, MatchStatus partnership = MatchStatus.Active) =>
        new(Guid.CreateVersion7(), date, status, partnership, Coach, Coachee);

    private static PartnershipForReminder Partnership(DateOnly? startedOn, DateOnly[] heldOn, bool reviewDone = false, MatchStatus status = MatchStatus.Active) =>
        new(Guid.CreateVersion7(), status, startedOn, heldOn, 3, 3, reviewDone, Coach, Coachee);

    private static IReadOnlyList<DueReminder> DueFor(SessionForReminder session, IReadOnlySet<ReminderKey>? sent = null) =>
        Reminders.Due([session], [], sent ?? NoneSent, Today);

    private static IReadOnlyList<DueReminder> DueFor(PartnershipForReminder partnership, IReadOnlySet<ReminderKey>? sent = null) =>
        Reminders.Due([], [partnership], sent ?? NoneSent, Today);

    [Fact]
    public void Exactly_two_days_before_a_planned_session_the_coachee_is_reminded_to_prepare()
    {
        var session = Session(Today.AddDays(2));

        var due = Assert.Single(DueFor(session));

        Assert.Equal(new ReminderKey(ReminderKind.PrepareForSession, session.SessionId, Coachee), due.Key);
        Assert.Equal(session.Date, due.About);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(1, true)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void The_preparation_reminder_is_due_from_two_days_before_until_the_day_itself(int daysAhead, bool due)
    {
        var reminders = DueFor(Session(Today.AddDays(daysAhead)));

        Assert.Equal(due, reminders.Any(r => r.Key.Kind == ReminderKind.PrepareForSession));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-3)]
    [InlineData(-30)]
    public void A_cancelled_session_needs_no_preparation_and_no_record(int daysAhead)
    {
        Assert.Empty(DueFor(Session(Today.AddDays(daysAhead), SessionStatus.Cancelled)));
    }

    [Fact]
    public void Three_days_after_a_session_not_yet_recorded_the_coach_is_reminded_to_record_it()
    {
        var session = Session(Today.AddDays(-3));

        var due = Assert.Single(DueFor(session));

        Assert.Equal(new ReminderKey(ReminderKind.RecordSession, session.SessionId, Coach), due.Key);
    }

    [Fact]
    public void Two_days_after_a_session_the_coach_is_not_yet_reminded()
    {
        Assert.Empty(DueFor(Session(Today.AddDays(-2))));
    }

    [Fact]
    public void A_session_already_recorded_needs_no_reminder()
    {
        Assert.Empty(DueFor(Session(Today.AddDays(-3), SessionStatus.Held)));
        Assert.Empty(DueFor(Session(Today.AddDays(-10), SessionStatus.Held)));
    }

    [Theory]
    [InlineData(MatchStatus.OnHold)]
    [InlineData(MatchStatus.Ended)]
    public void A_partnership_on_hold_or_ended_is_not_reminded(MatchStatus status)
    {
        Assert.Empty(DueFor(Session(Today.AddDays(2), partnership: status)));
        Assert.Empty(DueFor(Session(Today.AddDays(-5), partnership: status)));
        Assert.Empty(DueFor(Partnership(Today.AddMonths(-6), [], status: status)));
    }

    [Fact]
    public void A_reminder_already_sent_is_not_due_again()
    {
        var session = Session(Today.AddDays(1));
        var sent = new HashSet<ReminderKey> { new(ReminderKind.PrepareForSession, session.SessionId, Coachee) };

        Assert.Empty(DueFor(session, sent));
    }

    [Fact]
    public void On_the_day_of_the_third_held_session_the_review_point_comes_and_both_are_reminded()
    {
        var partnership = Partnership(Today.AddDays(-60), [Today.AddDays(-40), Today.AddDays(-20), Today]);

        var due = DueFor(partnership);

        Assert.Equal(
            [new ReminderKey(ReminderKind.ReviewPoint, partnership.MatchId, Coach), new ReminderKey(ReminderKind.ReviewPoint, partnership.MatchId, Coachee)],
            due.Select(d => d.Key));
        Assert.All(due, d => Assert.Equal(Today, d.About));
    }

    [Fact]
    public void Before_the_third_session_and_three_months_the_review_point_has_not_come()
    {
        Assert.Empty(DueFor(Partnership(Today.AddMonths(-3).AddDays(1), [Today.AddDays(-40), Today.AddDays(-20)])));
    }

    [Fact]
    public void Three_months_after_the_start_the_review_point_comes_however_few_sessions_were_held()
    {
        var due = DueFor(Partnership(Today.AddMonths(-3), [Today.AddDays(-50)]));

        Assert.Equal(2, due.Count);
        Assert.All(due, d => Assert.Equal(Today, d.About));
    }

    [Fact]
    public void A_review_point_already_reviewed_is_not_reminded()
    {
        Assert.Empty(DueFor(Partnership(Today.AddMonths(-6), [Today.AddDays(-90), Today.AddDays(-60), Today.AddDays(-30)], reviewDone: true)));
    }

    [Fact]
    public void When_one_side_was_reminded_of_the_review_point_only_the_other_is_still_due()
    {
        var partnership = Partnership(Today.AddMonths(-4), []);
        var sent = new HashSet<ReminderKey> { new(ReminderKind.ReviewPoint, partnership.MatchId, Coach) };

        var due = Assert.Single(DueFor(partnership, sent));

        Assert.Equal(Coachee, due.Key.RecipientPersonId);
    }
}
