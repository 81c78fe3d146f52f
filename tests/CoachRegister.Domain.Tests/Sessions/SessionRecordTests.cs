using CoachRegister.Domain.Common;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;

namespace CoachRegister.Domain.Tests.Sessions;

public class SessionRecordTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static SessionRecord Planned() =>
        SessionRecord.Schedule(Guid.NewGuid(), 1, new SessionTime(Day, new TimeOnly(10, 0), new TimeOnly(11, 30), "Room 2"), Guid.NewGuid(), At);

    private static SessionNotes Notes => new("Last time: delegation", "Key points", "Agree the rota", "Book one-to-ones", "Went well");

    [Fact]
    public void Hours_come_from_the_start_and_end_of_a_held_session()
    {
        var session = Planned();
        Assert.Equal(0m, session.Hours);

        session.Record(new SessionTime(Day, new TimeOnly(10, 0), new TimeOnly(11, 45), "Room 2"), Notes, new Dictionary<Guid, int>(), [], Day, At);

        Assert.Equal(1.75m, session.Hours);
        Assert.Equal(SessionStatus.Held, session.Status);
    }

    [Fact]
    public void A_session_ends_after_it_starts()
    {
        var broken = Assert.Throws<RuleBrokenException>(() =>
            SessionRecord.Schedule(Guid.NewGuid(), 1, new SessionTime(Day, new TimeOnly(11, 0), new TimeOnly(11, 0), null), Guid.NewGuid(), At));

        Assert.Equal(Rule.SessionEndsBeforeStart, broken.Rule);
    }

    [Fact]
    public void Recording_marks_progress_for_the_partnerships_goals_only_from_0_to_10()
    {
        var session = Planned();
        var goal = Guid.NewGuid();
        var other = Guid.NewGuid();

        Assert.Equal(Rule.GoalNotInPartnership, Assert.Throws<RuleBrokenException>(() => session.Record(session.Time, Notes, new Dictionary<Guid, int> { [other] = 5 }, [goal], Day, At)).Rule);
        Assert.Equal(Rule.ProgressOutOfRange, Assert.Throws<RuleBrokenException>(() => session.Record(session.Time, Notes, new Dictionary<Guid, int> { [goal] = 11 }, [goal], Day, At)).Rule);
        session.Record(session.Time, Notes, new Dictionary<Guid, int> { [goal] = 4 }, [goal], Day, At);
        session.Record(session.Time, Notes, new Dictionary<Guid, int> { [goal] = 6 }, [goal], Day, At);

        Assert.Equal(6, Assert.Single(session.Progress).Score);
    }

    [Fact]
    public void A_session_is_recorded_once_its_day_has_come()
    {
        var session = Planned();

        Assert.Equal(Rule.SessionNotYetHeld, Assert.Throws<RuleBrokenException>(() => session.Record(session.Time, Notes, new Dictionary<Guid, int>(), [], Day.AddDays(-1), At)).Rule);
    }

    [Fact]
    public void Cancelling_records_who_and_how_much_notice_and_raises_the_invite_sequence()
    {
        var session = Planned();
        var startsAt = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);
        var by = Guid.NewGuid();

        session.Cancel(CancelledBy.Coachee, by, startsAt, startsAt.AddHours(-26.5));

        Assert.Equal(SessionStatus.Cancelled, session.Status);
        Assert.Equal(CancelledBy.Coachee, session.CancelledBy);
        Assert.Equal(by, session.CancelledById);
        Assert.Equal(26, session.NoticeHours);
        Assert.Equal(1, session.CalendarSequence);
        Assert.Equal(Rule.SessionNotPlanned, Assert.Throws<RuleBrokenException>(() => session.Cancel(CancelledBy.Coach, by, startsAt, startsAt)).Rule);
        Assert.Equal(Rule.SessionCancelled, Assert.Throws<RuleBrokenException>(() => session.Record(session.Time, Notes, new Dictionary<Guid, int>(), [], Day, At)).Rule);
    }

    [Fact]
    public void Cancelling_after_the_start_counts_no_notice()
    {
        var session = Planned();
        var startsAt = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

        session.Cancel(CancelledBy.Coach, Guid.NewGuid(), startsAt, startsAt.AddMinutes(5));

        Assert.Equal(0, session.NoticeHours);
    }

    [Fact]
    public void Moving_a_planned_session_raises_the_sequence_and_a_held_one_cannot_be_moved()
    {
        var session = Planned();

        session.Reschedule(new SessionTime(Day.AddDays(7), new TimeOnly(14, 0), new TimeOnly(15, 0), "Video call"));
        Assert.Equal(1, session.CalendarSequence);
        Assert.Equal(Day.AddDays(7), session.MeetingDate);

        session.Record(session.Time, Notes, new Dictionary<Guid, int>(), [], Day.AddDays(7), At);
        Assert.Equal(Rule.SessionNotPlanned, Assert.Throws<RuleBrokenException>(() => session.Reschedule(session.Time)).Rule);
    }

    [Fact]
    public void Ending_records_the_private_reason_apart_from_the_match_history()
    {
        var match = new Match { Status = MatchStatus.Active };

        var ending = PartnershipEnding.End(match, Guid.NewGuid(), PartnershipSide.Coachee, EndingCategory.NotWorking, "  We did not click  ", At);

        Assert.Equal(MatchStatus.Ended, match.Status);
        Assert.Null(match.EndReason);
        Assert.Null(match.History.Single().Reason);
        Assert.Equal("We did not click", ending.PrivateReason);
        Assert.Equal(EndingCategory.NotWorking, ending.Category);
        Assert.Equal(Rule.PartnershipNotOpen, Assert.Throws<RuleBrokenException>(() => PartnershipEnding.End(match, Guid.NewGuid(), PartnershipSide.Coach, EndingCategory.Other, null, At)).Rule);
    }
}
