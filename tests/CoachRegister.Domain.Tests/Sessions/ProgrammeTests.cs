using CoachRegister.Domain.Sessions;

namespace CoachRegister.Domain.Tests.Sessions;

public class ProgrammeTests
{
    [Fact]
    public void Sessions_are_numbered_after_the_highest_number_so_far()
    {
        Assert.Equal(1, Programme.NextSessionNumber([]));
        Assert.Equal(5, Programme.NextSessionNumber([1, 4, 2]));
    }

    [Fact]
    public void Cancellations_in_a_row_count_back_from_the_latest_due_session_skipping_planned_ones()
    {
        (int, SessionStatus)[] sessions =
        [
            (1, SessionStatus.Held), (2, SessionStatus.Cancelled), (3, SessionStatus.Held),
            (4, SessionStatus.Cancelled), (5, SessionStatus.Cancelled), (6, SessionStatus.Planned),
        ];

        Assert.Equal(2, Programme.CancelledInARow(sessions));
        Assert.Equal(0, Programme.CancelledInARow(sessions[..4].Append((7, SessionStatus.Held))));
        Assert.Equal(0, Programme.CancelledInARow([]));
    }

    [Fact]
    public void The_review_comes_after_three_held_sessions_when_they_come_before_three_months()
    {
        var start = new DateOnly(2026, 1, 5);

        var due = Programme.ReviewDueOn(start, [new(2026, 2, 20), new(2026, 1, 10), new(2026, 1, 31), new(2026, 3, 20)], 3, 3);

        Assert.Equal(new DateOnly(2026, 2, 20), due);
    }

    [Fact]
    public void The_review_comes_at_three_months_when_fewer_sessions_were_held()
    {
        var start = new DateOnly(2026, 1, 5);

        Assert.Equal(new DateOnly(2026, 4, 5), Programme.ReviewDueOn(start, [new(2026, 1, 10)], 3, 3));
        Assert.Equal(new DateOnly(2026, 4, 5), Programme.ReviewDueOn(start, [new(2026, 1, 10), new(2026, 2, 1), new(2026, 5, 1)], 3, 3));
        Assert.Null(Programme.ReviewDueOn(null, [new(2026, 1, 10)], 3, 3));
        Assert.Equal(new DateOnly(2026, 1, 10), Programme.ReviewDueOn(null, [new(2026, 1, 10)], 1, 3));
    }

    [Theory]
    [InlineData(-3, false)]
    [InlineData(-2, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void The_coachee_is_reminded_to_prepare_from_two_days_before(int daysFromSession, bool due)
    {
        var session = new DateOnly(2026, 3, 10);

        Assert.Equal(due, Reminders.PrepareDue(session, session.AddDays(daysFromSession)));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(10, true)]
    public void The_coach_is_reminded_to_record_three_days_after(int daysAfter, bool due)
    {
        var session = new DateOnly(2026, 3, 10);

        Assert.Equal(due, Reminders.RecordDue(session, session.AddDays(daysAfter)));
    }
}
