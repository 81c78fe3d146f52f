using CoachRegister.Domain.Matching;

namespace CoachRegister.Domain.Tests.Matching;

public class OpenProposalTests
{
    [Fact]
    public void Of_every_status_only_proposed_and_the_chemistry_meeting_are_an_open_proposal() =>
        Assert.Equal([MatchStatus.Proposed, MatchStatus.ChemistryMeeting], Enum.GetValues<MatchStatus>().Where(Match.IsOpenProposal));

    [Fact]
    public void An_open_proposal_holds_a_place_and_is_not_closed()
    {
        Assert.All(Match.OpenProposal, s => Assert.Contains(s, Match.HoldsPlace));
        Assert.All(Match.OpenProposal, s => Assert.DoesNotContain(s, Match.Closed));
    }
}
