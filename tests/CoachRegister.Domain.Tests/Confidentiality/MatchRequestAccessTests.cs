using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Tests.Confidentiality;

/// <summary>Who reads and changes a request for a coach or mentor at each step of its life.</summary>
public class MatchRequestAccessTests
{
    private static readonly Guid Scheme = Guid.NewGuid();
    private static readonly Guid OtherScheme = Guid.NewGuid();
    private static readonly Guid Requester = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();
    private static readonly Guid Coach = Guid.NewGuid();

    private static Asker Person(Guid id) => new(id, Scheme, new HashSet<Guid> { Scheme }, new HashSet<Guid>(), IsSystemAdmin: false);

    private static Asker Hr(Guid scheme) => new(Guid.NewGuid(), null, new HashSet<Guid>(), new HashSet<Guid> { scheme }, IsSystemAdmin: false);

    private static RecordParties Request(MatchRequestStatus status, LineManagerSupport support = LineManagerSupport.Pending, Guid? coach = null) =>
        MatchRequest.Parties(Scheme, MatchRequest.StateOf(status, support), Requester, coach);

    [Theory]
    [InlineData(MatchRequestStatus.Draft, LineManagerSupport.Pending, Access.Write, Access.None)]
    [InlineData(MatchRequestStatus.Draft, LineManagerSupport.NotSupported, Access.Write, Access.None)]
    [InlineData(MatchRequestStatus.AwaitingLineManager, LineManagerSupport.Pending, Access.Write, Access.None)]
    [InlineData(MatchRequestStatus.AwaitingMatch, LineManagerSupport.Supported, Access.Write, Access.Write)]
    [InlineData(MatchRequestStatus.Waitlisted, LineManagerSupport.Supported, Access.Write, Access.Write)]
    [InlineData(MatchRequestStatus.Proposed, LineManagerSupport.Supported, Access.Write, Access.Write)]
    [InlineData(MatchRequestStatus.Matched, LineManagerSupport.Supported, Access.Read, Access.Read)]
    [InlineData(MatchRequestStatus.Withdrawn, LineManagerSupport.Supported, Access.Read, Access.Read)]
    [InlineData(MatchRequestStatus.Withdrawn, LineManagerSupport.Pending, Access.Read, Access.None)]
    public void The_scheme_team_sees_a_request_once_its_line_manager_supports_it(MatchRequestStatus status, LineManagerSupport support, Access requester, Access hr)
    {
        var request = Request(status, support);

        Assert.Equal(requester, AccessPolicy.AccessOf(Person(Requester), request));
        Assert.Equal(hr, AccessPolicy.AccessOf(Hr(Scheme), request));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Hr(OtherScheme), request));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Person(Guid.NewGuid()), request));
    }

    [Theory]
    [InlineData(MatchRequestStatus.Draft)]
    [InlineData(MatchRequestStatus.AwaitingLineManager)]
    [InlineData(MatchRequestStatus.AwaitingMatch)]
    [InlineData(MatchRequestStatus.Matched)]
    public void The_line_manager_never_reads_the_whole_request(MatchRequestStatus status)
    {
        var request = new RecordParties(RecordKind.MatchRequest, Scheme, MatchRequest.StateOf(status, LineManagerSupport.Supported),
            ApplicantPersonId: Requester, LineManagerPersonId: Manager);

        Assert.Equal(Access.None, AccessPolicy.AccessOf(Person(Manager), request));
    }

    [Fact]
    public void The_coach_of_the_proposal_in_progress_reads_the_request_and_another_coach_does_not()
    {
        var request = Request(MatchRequestStatus.Proposed, LineManagerSupport.Supported, Coach);

        Assert.Equal(Access.Read, AccessPolicy.AccessOf(Person(Coach), request));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Person(Coach), Request(MatchRequestStatus.AwaitingMatch, LineManagerSupport.Supported)));
    }

    [Theory]
    [InlineData(MatchRequestStatus.AwaitingLineManager, LineManagerSupport.Pending, Access.Write)]
    [InlineData(MatchRequestStatus.Draft, LineManagerSupport.NotSupported, Access.Read)]
    [InlineData(MatchRequestStatus.AwaitingMatch, LineManagerSupport.Supported, Access.Read)]
    [InlineData(MatchRequestStatus.Withdrawn, LineManagerSupport.Pending, Access.Read)]
    [InlineData(MatchRequestStatus.Draft, LineManagerSupport.Pending, Access.None)]
    public void The_line_manager_answers_the_support_request_only_while_it_waits_for_them(MatchRequestStatus status, LineManagerSupport support, Access manager)
    {
        var parties = new RecordParties(RecordKind.SupportRequest, Scheme, MatchRequest.StateOf(status, support), ApplicantPersonId: Requester, LineManagerPersonId: Manager);

        Assert.Equal(manager, AccessPolicy.AccessOf(Person(Manager), parties));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Person(Requester), parties));
    }
}
