using CoachRegister.Domain.Matching;

namespace CoachRegister.Domain.Tests.Matching;

public class MatchTransitionsTests
{
    [Theory]
    [InlineData(MatchStatus.Proposed, MatchStatus.ChemistryMeeting)]
    [InlineData(MatchStatus.ChemistryMeeting, MatchStatus.Declined)]
    [InlineData(MatchStatus.Contracting, MatchStatus.Active)]
    [InlineData(MatchStatus.Active, MatchStatus.Ended)]
    [InlineData(MatchStatus.OnHold, MatchStatus.Active)]
    public void Allowed_transitions_are_allowed(MatchStatus from, MatchStatus to) =>
        Assert.True(MatchTransitions.IsAllowed(from, to));

    [Theory]
    [InlineData(MatchStatus.Ended, MatchStatus.Active)]
    [InlineData(MatchStatus.Declined, MatchStatus.Contracting)]
    [InlineData(MatchStatus.Proposed, MatchStatus.Active)]
    public void Other_transitions_are_refused(MatchStatus from, MatchStatus to) =>
        Assert.False(MatchTransitions.IsAllowed(from, to));

    [Fact]
    public void Changing_status_records_history_and_dates()
    {
        var match = new Match { Status = MatchStatus.Contracting };
        var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

        match.ChangeStatus(MatchStatus.Active, byPersonId: null, at);
        match.ChangeStatus(MatchStatus.Ended, byPersonId: null, at.AddMonths(4), "Goals met");

        Assert.Equal([MatchStatus.Active, MatchStatus.Ended], match.History.Select(h => h.To));
        Assert.Equal(new DateOnly(2026, 3, 2), match.StartedOn);
        Assert.Equal(new DateOnly(2026, 7, 2), match.EndedOn);
        Assert.Equal("Goals met", match.EndReason);
    }

    [Fact]
    public void Changing_to_a_refused_status_throws_and_changes_nothing()
    {
        var match = new Match { Status = MatchStatus.Ended };

        Assert.Throws<InvalidOperationException>(() => match.ChangeStatus(MatchStatus.Active, null, DateTimeOffset.UtcNow));
        Assert.Equal(MatchStatus.Ended, match.Status);
        Assert.Empty(match.History);
    }
}
