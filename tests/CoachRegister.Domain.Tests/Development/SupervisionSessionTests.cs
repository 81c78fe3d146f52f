using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Development;

namespace CoachRegister.Domain.Tests.Development;

public class SupervisionSessionTests
{
    private static readonly Guid Supervisor = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static SupervisionSession Session(SupervisionKind kind = SupervisionKind.OneToOne) => new()
    {
        CoachProfileId = Guid.NewGuid(),
        SupervisorId = Supervisor,
        Date = new DateOnly(2026, 2, 20),
        Hours = 1m,
        Kind = kind,
    };

    [Fact]
    public void The_named_supervisor_confirms_a_session()
    {
        var session = Session();

        session.Confirm(Supervisor, Now);

        Assert.True(session.ConfirmedBySupervisor);
        Assert.Equal(Now, session.ConfirmedAt);
    }

    [Fact]
    public void Nobody_else_confirms_it()
    {
        var session = Session();

        var broken = Assert.Throws<RuleBrokenException>(() => session.Confirm(Guid.NewGuid(), Now));

        Assert.Equal(Rule.NotTheSupervisor, broken.Rule);
        Assert.False(session.ConfirmedBySupervisor);
    }

    [Fact]
    public void A_session_is_confirmed_once()
    {
        var session = Session();
        session.Confirm(Supervisor, Now);

        Assert.Equal(Rule.SupervisionAlreadyConfirmed, Assert.Throws<RuleBrokenException>(() => session.Confirm(Supervisor, Now.AddDays(1))).Rule);
        Assert.Equal(Now, session.ConfirmedAt);
    }

    [Fact]
    public void Peer_support_needs_no_confirmation() =>
        Assert.Equal(Rule.PeerSupportNeedsNoConfirmation,
            Assert.Throws<RuleBrokenException>(() => Session(SupervisionKind.PeerSupport).Confirm(Supervisor, Now)).Rule);

    [Fact]
    public void The_coach_changes_a_session_until_it_is_confirmed()
    {
        var session = Session();
        session.Change(SupervisionKind.Group, Supervisor, new DateOnly(2026, 2, 21), 1.5m, "Group");
        Assert.Equal((SupervisionKind.Group, 1.5m), (session.Kind, session.Hours));

        session.Confirm(Supervisor, Now);

        Assert.Equal(Rule.SupervisionConfirmedLocked,
            Assert.Throws<RuleBrokenException>(() => session.Change(SupervisionKind.OneToOne, Supervisor, session.Date, 2m, null)).Rule);
        Assert.Equal(1.5m, session.Hours);
    }

    [Fact]
    public void Confirmation_parties_name_the_sessions_supervisor()
    {
        var coach = Guid.NewGuid();
        var parties = Session().ConfirmationParties(Guid.NewGuid(), coach);

        Assert.Equal((RecordKind.SupervisionConfirmation, coach, Supervisor), (parties.Kind, parties.CoachPersonId!.Value, parties.SupervisorPersonId!.Value));
    }
}
