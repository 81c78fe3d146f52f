using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Tests.Matching;

public class ProposalAndChemistryTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_the_proposed_coach_accepts_and_only_before_the_deadline()
    {
        var (request, match, coach) = Proposed();

        Assert.Equal(Rule.NotTheProposedCoach, Assert.Throws<RuleBrokenException>(() => match.Accept(request.RequesterId, At)).Rule);
        Assert.Equal(Rule.ProposalExpired, Assert.Throws<RuleBrokenException>(() => match.Accept(coach, At.AddDays(14))).Rule);

        match.Accept(coach, At.AddDays(3));

        Assert.Equal(MatchStatus.ChemistryMeeting, match.Status);
        Assert.Equal(MatchRequestStatus.Proposed, request.Status);
        Assert.Equal(Rule.ProposalNotOpen, Assert.Throws<RuleBrokenException>(() => match.DeclineProposal(coach, "No", At)).Rule);
    }

    [Fact]
    public void Declining_returns_the_request_to_the_scheme_team_and_frees_the_place()
    {
        var (request, match, coach) = Proposed();

        match.DeclineProposal(coach, "  My caseload is full until the summer ", At.AddDays(2));

        Assert.Equal(MatchStatus.Declined, match.Status);
        Assert.Equal("My caseload is full until the summer", match.EndReason);
        Assert.DoesNotContain(match.Status, Match.HoldsPlace);
        Assert.Equal(MatchRequestStatus.AwaitingMatch, request.Status);
        Assert.Null(request.OpenMatch);
        Assert.Equal(RecordState.Closed, match.AccessState);
    }

    [Fact]
    public void A_proposal_lapses_only_once_its_deadline_has_come_and_only_once()
    {
        var (request, match, _) = Proposed();

        Assert.False(match.Expire(At.AddDays(14).AddSeconds(-1)));
        Assert.True(match.Expire(At.AddDays(14)));
        Assert.False(match.Expire(At.AddDays(15)));

        Assert.Equal(MatchStatus.Expired, match.Status);
        Assert.Equal(MatchRequestStatus.AwaitingMatch, request.Status);
        Assert.Single(match.History);
    }

    [Fact]
    public void Reminders_fall_due_on_day_seven_and_day_thirteen_and_each_is_sent_once()
    {
        var (_, match, _) = Proposed();

        Assert.Null(match.ReminderDue(At.AddDays(6)));
        Assert.Equal(1, match.ReminderDue(At.AddDays(7)));
        match.ReminderSent(1, At.AddDays(7));
        Assert.Null(match.ReminderDue(At.AddDays(12)));
        Assert.Equal(2, match.ReminderDue(At.AddDays(13)));
        match.ReminderSent(2, At.AddDays(13));
        Assert.Null(match.ReminderDue(At.AddDays(13.5)));
        Assert.Null(match.ReminderDue(At.AddDays(14)));
    }

    [Fact]
    public void A_proposal_found_late_gets_one_reminder_not_two()
    {
        var (_, match, _) = Proposed();

        Assert.Equal(2, match.ReminderDue(At.AddDays(13.2)));
        match.ReminderSent(2, At.AddDays(13.2));

        Assert.Null(match.ReminderDue(At.AddDays(13.3)));
        Assert.NotNull(match.FirstReminderSentAt);
    }

    [Fact]
    public void Either_side_arranges_the_chemistry_meeting_and_nobody_else_does()
    {
        var (request, match, coach) = Accepted();

        match.ArrangeChemistry(request.RequesterId, new DateOnly(2026, 5, 12), DeliveryFormat.Video, At);
        match.ArrangeChemistry(coach, new DateOnly(2026, 5, 14), DeliveryFormat.FaceToFace, At);

        Assert.Equal(new DateOnly(2026, 5, 14), match.ChemistryMeetingOn);
        Assert.Equal(DeliveryFormat.FaceToFace, match.ChemistryMeetingFormat);
        Assert.Equal(Rule.NotInThisMatch, Assert.Throws<RuleBrokenException>(() => match.ArrangeChemistry(Guid.NewGuid(), new DateOnly(2026, 5, 14), DeliveryFormat.Video, At)).Rule);
        Assert.Throws<ArgumentOutOfRangeException>(() => match.ArrangeChemistry(coach, new DateOnly(2026, 5, 14), DeliveryFormat.Video | DeliveryFormat.Telephone, At));
    }

    [Fact]
    public void Two_yeses_after_the_meeting_make_the_match_active_and_the_request_matched()
    {
        var (request, match, coach) = Accepted();
        match.ArrangeChemistry(coach, new DateOnly(2026, 5, 12), DeliveryFormat.Video, At);

        Assert.Equal(Rule.ChemistryNotHeldYet, Assert.Throws<RuleBrokenException>(() => match.AnswerChemistry(coach, true, At)).Rule);

        var after = new DateTimeOffset(2026, 5, 12, 16, 0, 0, TimeSpan.Zero);
        match.AnswerChemistry(coach, true, after);
        Assert.Equal(MatchStatus.ChemistryMeeting, match.Status);
        Assert.Equal(Rule.ChemistryAlreadyAnswered, Assert.Throws<RuleBrokenException>(() => match.AnswerChemistry(coach, false, after)).Rule);

        match.AnswerChemistry(request.RequesterId, true, after.AddHours(1));

        Assert.Equal(MatchStatus.Active, match.Status);
        Assert.Equal(new DateOnly(2026, 5, 12), match.StartedOn);
        Assert.Equal(MatchRequestStatus.Matched, request.Status);
        Assert.Equal(RecordState.Closed, request.AccessState);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void One_no_ends_the_match_at_once_and_the_request_goes_back_for_another(bool coachSaysNo)
    {
        var (request, match, coach) = Accepted();
        match.ArrangeChemistry(coach, new DateOnly(2026, 5, 4), DeliveryFormat.Telephone, At);
        var saysNo = coachSaysNo ? coach : request.RequesterId;

        match.AnswerChemistry(saysNo, false, At);

        Assert.Equal(MatchStatus.Declined, match.Status);
        Assert.Equal(MatchRequestStatus.AwaitingMatch, request.Status);
        Assert.Equal(saysNo, match.History.Last().ChangedById);
        Assert.Null(match.EndReason);
        Assert.Equal(Rule.ChemistryNotOpen, Assert.Throws<RuleBrokenException>(() => match.AnswerChemistry(coachSaysNo ? request.RequesterId : coach, true, At)).Rule);
    }

    [Fact]
    public void A_proposed_match_is_the_coachs_to_answer_and_closed_ones_are_read_only()
    {
        var coach = Guid.NewGuid();
        var coachee = Guid.NewGuid();
        var manager = Guid.NewGuid();
        var scheme = Guid.NewGuid();

        var proposed = Match.Parties(scheme, MatchStatus.Proposed, coach, coachee, manager);
        var chemistry = Match.Parties(scheme, MatchStatus.ChemistryMeeting, coach, coachee, manager);
        var expired = Match.Parties(scheme, MatchStatus.Expired, coach, coachee, manager);

        Assert.Equal(Access.Write, AccessPolicy.AccessOf(As(coach), proposed));
        Assert.Equal(Access.Read, AccessPolicy.AccessOf(As(coachee), proposed));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(As(manager), proposed));
        Assert.Equal(Access.Write, AccessPolicy.AccessOf(As(coachee), chemistry));
        Assert.Equal(Access.Read, AccessPolicy.AccessOf(As(coach), expired));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(As(Guid.NewGuid()), chemistry));
    }

    private static Asker As(Guid person) => new(person, Guid.NewGuid(), new HashSet<Guid>(), new HashSet<Guid>(), IsSystemAdmin: false);

    private static (MatchRequest Request, Match Match, Guid CoachPerson) Proposed()
    {
        var request = MatchRequestTests.Supported();
        var coachPerson = Guid.NewGuid();
        var candidate = MatchRequestTests.Coach(coachPerson);
        var match = request.Propose(MatchRequestTests.Facts(request), candidate, new MatchingSettings(), Guid.NewGuid(), At);
        match.Coach = new CoachProfile { PersonId = coachPerson };
        return (request, match, coachPerson);
    }

    private static (MatchRequest Request, Match Match, Guid CoachPerson) Accepted()
    {
        var (request, match, coach) = Proposed();
        match.Accept(coach, At);
        return (request, match, coach);
    }
}
