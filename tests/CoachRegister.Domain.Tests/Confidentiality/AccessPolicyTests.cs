using CoachRegister.Domain.Confidentiality;

namespace CoachRegister.Domain.Tests.Confidentiality;

public class AccessPolicyTests
{
    private static readonly Guid SchemeA = Guid.NewGuid();
    private static readonly Guid SchemeB = Guid.NewGuid();

    private static Asker Staff(Guid scheme, params Guid[] alsoVisible) =>
        new(Guid.NewGuid(), scheme, new HashSet<Guid>([scheme, .. alsoVisible]), new HashSet<Guid>(), IsSystemAdmin: false);

    private static Asker Hr(params Guid[] schemes) =>
        new(Guid.NewGuid(), StaffSchemeId: null, new HashSet<Guid>(), new HashSet<Guid>(schemes), IsSystemAdmin: false);

    private static Asker SystemAdmin() =>
        new(Guid.NewGuid(), StaffSchemeId: null, new HashSet<Guid>(), new HashSet<Guid>(), IsSystemAdmin: true);

    private static Asker As(Guid personId, Guid scheme) =>
        new(personId, scheme, new HashSet<Guid> { scheme }, new HashSet<Guid>(), IsSystemAdmin: false);

    private static RecordParties Profile(Guid scheme, RecordState state, Guid? owner = null) =>
        new(RecordKind.Profile, scheme, state, CoachPersonId: owner ?? Guid.NewGuid());

    private static RecordParties Application(Guid scheme, RecordState state, Guid applicant, Guid manager) =>
        new(RecordKind.CoachApplication, scheme, state, ApplicantPersonId: applicant, LineManagerPersonId: manager);

    [Fact]
    public void Staff_read_the_published_profiles_of_their_own_scheme_only()
    {
        var staff = Staff(SchemeA);

        Assert.Equal(Access.Read, AccessPolicy.AccessOf(staff, Profile(SchemeA, RecordState.Published)));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(staff, Profile(SchemeB, RecordState.Published)));
    }

    [Fact]
    public void A_register_opened_to_a_partner_scheme_is_read_by_its_staff()
    {
        var partnerStaff = Staff(SchemeB, alsoVisible: SchemeA);

        Assert.Equal(Access.Read, AccessPolicy.AccessOf(partnerStaff, Profile(SchemeA, RecordState.Published)));
    }

    [Theory]
    [InlineData(RecordState.Draft)]
    [InlineData(RecordState.Paused)]
    [InlineData(RecordState.Withdrawn)]
    public void A_profile_that_is_not_published_is_its_owners_and_its_schemes_hr_only(RecordState state)
    {
        var owner = Guid.NewGuid();
        var profile = Profile(SchemeA, state, owner);

        Assert.Equal(Access.Write, AccessPolicy.AccessOf(As(owner, SchemeA), profile));
        Assert.Equal(Access.Write, AccessPolicy.AccessOf(Hr(SchemeA), profile));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Staff(SchemeA), profile));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Hr(SchemeB), profile));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(SystemAdmin(), profile));
    }

    [Fact]
    public void Hr_changes_only_the_profiles_of_schemes_they_administer_and_a_partnership_lead_holds_several()
    {
        var lead = Hr(SchemeA, SchemeB);

        Assert.Equal(Access.Write, AccessPolicy.AccessOf(Hr(SchemeA), Profile(SchemeA, RecordState.Published)));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Hr(SchemeA), Profile(SchemeB, RecordState.Published)));
        Assert.Equal(Access.Write, AccessPolicy.AccessOf(lead, Profile(SchemeB, RecordState.Paused)));
    }

    [Fact]
    public void A_system_admin_who_is_not_staff_reads_no_profile_and_no_application()
    {
        var admin = SystemAdmin();

        Assert.Equal(Access.None, AccessPolicy.AccessOf(admin, Profile(SchemeA, RecordState.Published)));
        foreach (var state in new[] { RecordState.Draft, RecordState.AwaitingLineManager, RecordState.AwaitingScheme, RecordState.Closed })
        {
            Assert.Equal(Access.None, AccessPolicy.AccessOf(admin, Application(SchemeA, state, Guid.NewGuid(), Guid.NewGuid())));
        }
    }

    [Theory]
    [InlineData(RecordState.Draft, Access.Write, Access.None, Access.None)]
    [InlineData(RecordState.Returned, Access.Write, Access.Read, Access.None)]
    [InlineData(RecordState.AwaitingLineManager, Access.Write, Access.Read, Access.Write)]
    [InlineData(RecordState.AwaitingScheme, Access.Write, Access.Read, Access.Write)]
    [InlineData(RecordState.Closed, Access.Read, Access.Read, Access.Read)]
    public void An_application_opens_to_the_line_manager_when_sent_and_to_hr_when_supported(
        RecordState state, Access applicant, Access lineManager, Access hr)
    {
        var (applicantId, managerId) = (Guid.NewGuid(), Guid.NewGuid());
        var application = Application(SchemeA, state, applicantId, managerId);

        Assert.Equal(applicant, AccessPolicy.AccessOf(As(applicantId, SchemeA), application));
        Assert.Equal(lineManager, AccessPolicy.AccessOf(As(managerId, SchemeA), application));
        Assert.Equal(hr, AccessPolicy.AccessOf(Hr(SchemeA), application));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Hr(SchemeB), application));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Staff(SchemeA), application));
    }

    [Fact]
    public void Relationships_add_up_an_hr_admin_who_is_the_coachee_reads_their_own_session_content()
    {
        var coachee = Guid.NewGuid();
        var asker = new Asker(coachee, SchemeA, new HashSet<Guid> { SchemeA }, new HashSet<Guid> { SchemeA }, IsSystemAdmin: false);
        var session = new RecordParties(RecordKind.SessionContent, SchemeA, CoachPersonId: Guid.NewGuid(), CoacheePersonId: coachee);

        Assert.Equal(Access.Read, AccessPolicy.AccessOf(asker, session));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Hr(SchemeA), session));
    }

    [Fact]
    public void The_line_manager_of_the_coachee_reads_shared_goals_and_never_private_ones()
    {
        var manager = Guid.NewGuid();
        var privateGoal = new RecordParties(RecordKind.PrivateGoal, SchemeA, CoachPersonId: Guid.NewGuid(), CoacheePersonId: Guid.NewGuid(), LineManagerPersonId: manager);
        var sharedGoal = privateGoal with { Kind = RecordKind.SharedGoal };

        Assert.Equal(Access.None, AccessPolicy.AccessOf(As(manager, SchemeA), privateGoal));
        Assert.Equal(Access.Read, AccessPolicy.AccessOf(As(manager, SchemeA), sharedGoal));
    }

    [Fact]
    public void Data_of_no_scheme_belongs_to_every_schemes_team_and_is_read_by_staff()
    {
        var areas = new RecordParties(RecordKind.RegisterReferenceData, SchemeId: null);

        Assert.Equal(Access.Write, AccessPolicy.AccessOf(Hr(SchemeB), areas));
        Assert.Equal(Access.Read, AccessPolicy.AccessOf(Staff(SchemeA), areas));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(SystemAdmin(), areas));
    }

    [Fact]
    public void Only_a_system_admin_assigns_scheme_administrators_and_hr_of_the_scheme_reads_who_they_are()
    {
        var administrators = new RecordParties(RecordKind.SchemeAdministrators, SchemeA);

        Assert.Equal(Access.Write, AccessPolicy.AccessOf(SystemAdmin(), administrators));
        Assert.Equal(Access.Read, AccessPolicy.AccessOf(Hr(SchemeA), administrators));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Hr(SchemeB), administrators));
    }

    [Theory]
    [InlineData(RecordState.Draft, Access.None)]
    [InlineData(RecordState.Returned, Access.Read)]
    [InlineData(RecordState.AwaitingLineManager, Access.Write)]
    [InlineData(RecordState.AwaitingScheme, Access.Read)]
    [InlineData(RecordState.Closed, Access.Read)]
    public void Only_the_named_line_manager_answers_a_support_request_and_only_while_it_waits_for_them(RecordState state, Access lineManager)
    {
        var (applicantId, managerId) = (Guid.NewGuid(), Guid.NewGuid());
        var request = new RecordParties(RecordKind.SupportRequest, SchemeA, state, ApplicantPersonId: applicantId, LineManagerPersonId: managerId);

        Assert.Equal(lineManager, AccessPolicy.AccessOf(As(managerId, SchemeA), request));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(As(applicantId, SchemeA), request));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(Hr(SchemeA), request));
    }
}
