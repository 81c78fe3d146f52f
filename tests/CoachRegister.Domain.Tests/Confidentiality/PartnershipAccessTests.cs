using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;

namespace CoachRegister.Domain.Tests.Confidentiality;

public class PartnershipAccessTests
{
    private static readonly Guid Scheme = Guid.NewGuid();
    private static readonly Guid Coach = Guid.NewGuid();
    private static readonly Guid Coachee = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();

    private static PartnershipParties Partnership(MatchStatus status) => new(Scheme, status, Coach, Coachee, Manager, null);

    private static Asker Person(Guid id) => new(id, Scheme, new HashSet<Guid> { Scheme }, new HashSet<Guid>(), false);

    private static Asker Hr() => new(Guid.NewGuid(), Scheme, new HashSet<Guid> { Scheme }, new HashSet<Guid> { Scheme }, false);

    [Fact]
    public void The_line_manager_reads_shared_goals_never_private_ones_and_confirms_three_way()
    {
        var partnership = Partnership(MatchStatus.Active);

        Assert.Equal(Access.Read, AccessPolicy.AccessOf(Person(Manager), partnership.ForGoal(GoalVisibility.SharedWithLineManager)));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Person(Manager), partnership.ForGoal(GoalVisibility.Private)));
        Assert.Equal(Access.Write, AccessPolicy.AccessOf(Person(Manager), partnership.For(RecordKind.ThreeWayConfirmation)));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Person(Manager), partnership.For(RecordKind.Agreement)));
    }

    [Fact]
    public void Hr_sees_reviews_and_figures_but_not_why_a_partnership_ended()
    {
        var partnership = Partnership(MatchStatus.Ended);

        Assert.Equal(Access.Read, AccessPolicy.AccessOf(Hr(), partnership.For(RecordKind.PartnershipReview)));
        Assert.Equal(Access.Read, AccessPolicy.AccessOf(Hr(), partnership.For(RecordKind.ActivityFigures)));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Hr(), partnership.For(RecordKind.EndingReason)));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Hr(), partnership.For(RecordKind.SessionSchedule)));
        Assert.Equal(Access.Write, AccessPolicy.AccessOf(Person(Coachee), partnership.For(RecordKind.EndingReason)));
    }

    [Theory]
    [InlineData(RecordKind.Agreement)]
    [InlineData(RecordKind.SessionContent)]
    [InlineData(RecordKind.SessionSchedule)]
    [InlineData(RecordKind.DevelopmentPlan)]
    [InlineData(RecordKind.CoachReflection)]
    public void An_ended_partnerships_records_are_read_only(RecordKind kind)
    {
        Assert.Equal(Access.Write, AccessPolicy.AccessOf(Person(Coach), Partnership(MatchStatus.Active).For(kind)));
        Assert.Equal(Access.Read, AccessPolicy.AccessOf(Person(Coach), Partnership(MatchStatus.Ended).For(kind)));
    }

    [Theory]
    [InlineData(RecordKind.Feedback)]
    [InlineData(RecordKind.FinalEvaluation)]
    public void Feedback_and_evaluation_stay_open_to_the_coachee_at_the_end(RecordKind kind) =>
        Assert.Equal(Access.Write, AccessPolicy.AccessOf(Person(Coachee), Partnership(MatchStatus.Ended).For(kind)));

    [Fact]
    public void The_coachee_never_reads_the_coachs_reflection()
    {
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Person(Coachee), Partnership(MatchStatus.Active).For(RecordKind.CoachReflection)));
        Assert.Equal(Access.Read, AccessPolicy.AccessOf(Person(Coach), Partnership(MatchStatus.Active).For(RecordKind.MeetingPreparation)));
    }
}
