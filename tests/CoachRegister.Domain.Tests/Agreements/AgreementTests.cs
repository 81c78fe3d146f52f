using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Tests.Agreements;

public class AgreementTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Person Coach = new() { GivenName = "Cari", FamilyName = "Coach", Email = "c@example.org" };
    private static readonly Person Coachee = new() { GivenName = "Sam", FamilyName = "Staff", Email = "s@example.org" };

    private static AgreementTerms Terms(string objectives = "Lead with confidence") => new(
        objectives, "Prepare", "Listen", "Be honest", 6, "Monthly", 90, DeliveryFormat.Video, "Video call",
        At.AddDays(10), "Video call", "Whoever cancels re-arranges", "Confidential unless risk of harm", false, "After three sessions", "Final review");

    [Fact]
    public void A_draft_nobody_signed_is_changed_in_place()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Terms(), At);

        var revised = agreement.Revise(Terms("Delegate more"), At.AddHours(1));

        Assert.Same(agreement, revised);
        Assert.Equal("Delegate more", agreement.Objectives);
        Assert.Equal(1, agreement.Version);
    }

    [Fact]
    public void Both_signatures_bring_the_version_into_force_with_names_and_times()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Terms(), At);

        Assert.False(agreement.Sign(Coach, SignatoryRole.Coach, " cari  COACH ", null, declarationRequired: false, At.AddHours(1)));
        Assert.Equal(AgreementStatus.AwaitingSignatures, agreement.Status);
        Assert.True(agreement.Sign(Coachee, SignatoryRole.Coachee, "Sam Staff", null, declarationRequired: false, At.AddDays(1)));

        Assert.Equal(AgreementStatus.Signed, agreement.Status);
        Assert.Equal(new DateOnly(2026, 3, 3), agreement.AgreedOn);
        Assert.Equal(["cari  COACH", "Sam Staff"], agreement.Signatures.Select(s => s.SignedName));
        Assert.Equal([At.AddHours(1), At.AddDays(1)], agreement.Signatures.Select(s => s.SignedAt));
    }

    [Fact]
    public void A_change_after_one_signature_makes_a_new_version_and_the_half_signed_one_never_comes_into_force()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Terms(), At);
        agreement.Sign(Coach, SignatoryRole.Coach, "Cari Coach", null, false, At);

        var next = agreement.Revise(Terms("Delegate more"), At.AddHours(2));

        Assert.NotSame(agreement, next);
        Assert.Equal(2, next.Version);
        Assert.Equal(AgreementStatus.Draft, next.Status);
        Assert.Empty(next.Signatures);
        Assert.Equal(AgreementStatus.Superseded, agreement.Status);
        Assert.Equal("Lead with confidence", agreement.Objectives);
    }

    [Fact]
    public void A_change_to_a_signed_agreement_keeps_it_in_force_until_both_sign_the_new_version()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Terms(), At);
        agreement.Sign(Coach, SignatoryRole.Coach, "Cari Coach", null, false, At);
        agreement.Sign(Coachee, SignatoryRole.Coachee, "Sam Staff", null, false, At);

        var next = agreement.Revise(Terms("Delegate more"), At.AddDays(30));

        Assert.Equal(AgreementStatus.Signed, agreement.Status);
        next.Sign(Coachee, SignatoryRole.Coachee, "Sam Staff", null, false, At.AddDays(31));
        Assert.True(next.Sign(Coach, SignatoryRole.Coach, "Cari Coach", null, false, At.AddDays(31)));
        agreement.Supersede(At.AddDays(31));
        Assert.Equal(AgreementStatus.Superseded, agreement.Status);
    }

    [Fact]
    public void Saving_the_same_terms_on_a_signed_agreement_makes_no_new_version()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Terms(), At);
        agreement.Sign(Coach, SignatoryRole.Coach, "Cari Coach", null, false, At);

        Assert.Same(agreement, agreement.Revise(Terms(), At.AddDays(1)));
        Assert.Equal(AgreementStatus.AwaitingSignatures, agreement.Status);
    }

    [Theory]
    [InlineData("Someone Else", Rule.SignatureNameMismatch)]
    [InlineData("", Rule.SignatureNameMismatch)]
    public void A_signature_needs_the_signatorys_own_name(string typed, Rule expected)
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Terms(), At);

        var broken = Assert.Throws<RuleBrokenException>(() => agreement.Sign(Coach, SignatoryRole.Coach, typed, null, false, At));

        Assert.Equal(expected, broken.Rule);
        Assert.Empty(agreement.Signatures);
    }

    [Fact]
    public void Where_the_scheme_asks_a_declaration_of_interest_goes_with_the_signature()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Terms(), At);

        Assert.Equal(Rule.DeclarationOfInterestNeeded, Assert.Throws<RuleBrokenException>(() => agreement.Sign(Coach, SignatoryRole.Coach, "Cari Coach", null, true, At)).Rule);
        Assert.Equal(Rule.DeclarationOfInterestNeeded, Assert.Throws<RuleBrokenException>(() => InterestDeclaration.From(true, " ")).Rule);
        agreement.Sign(Coach, SignatoryRole.Coach, "Cari Coach", InterestDeclaration.From(true, "I line-manage the coachee's partner"), true, At);

        var signature = Assert.Single(agreement.Signatures);
        Assert.True(signature.HasInterestToDeclare);
        Assert.Equal("I line-manage the coachee's partner", signature.InterestDeclared);
    }

    [Fact]
    public void Nobody_signs_twice_or_signs_a_superseded_version()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Terms(), At);
        agreement.Sign(Coach, SignatoryRole.Coach, "Cari Coach", null, false, At);

        Assert.Equal(Rule.AgreementAlreadySigned, Assert.Throws<RuleBrokenException>(() => agreement.Sign(Coach, SignatoryRole.Coach, "Cari Coach", null, false, At)).Rule);
        agreement.Revise(Terms("Other"), At);
        Assert.Equal(Rule.AgreementSuperseded, Assert.Throws<RuleBrokenException>(() => agreement.Sign(Coachee, SignatoryRole.Coachee, "Sam Staff", null, false, At)).Rule);
        Assert.Equal(Rule.AgreementSuperseded, Assert.Throws<RuleBrokenException>(() => agreement.Revise(Terms("Again"), At)).Rule);
    }

    [Fact]
    public void An_agreement_without_objectives_cannot_be_signed()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Terms(objectives: " "), At);

        Assert.Equal(Rule.AgreementIncomplete, Assert.Throws<RuleBrokenException>(() => agreement.Sign(Coach, SignatoryRole.Coach, "Cari Coach", null, false, At)).Rule);
    }

    [Fact]
    public void Only_the_coachee_shares_a_goal_with_the_line_manager()
    {
        var goal = Goal.Add(Guid.NewGuid(), "Delegate", GoalVisibility.Private, 2, byCoachee: false, At);

        Assert.Equal(Rule.OnlyCoacheeSharesGoals, Assert.Throws<RuleBrokenException>(() => goal.Change("Delegate", GoalVisibility.SharedWithLineManager, 2, byCoachee: false)).Rule);
        goal.Change("Delegate more", GoalVisibility.SharedWithLineManager, 3, byCoachee: true);
        goal.Change("Delegate the rota", GoalVisibility.SharedWithLineManager, 3, byCoachee: false);

        Assert.Equal(GoalVisibility.SharedWithLineManager, goal.Visibility);
        Assert.Equal("Delegate the rota", goal.Description);
        Assert.Equal(Rule.OnlyCoacheeSharesGoals, Assert.Throws<RuleBrokenException>(() => Goal.Add(Guid.NewGuid(), "x", GoalVisibility.SharedWithLineManager, null, false, At)).Rule);
    }

    [Fact]
    public void The_line_manager_confirms_the_shared_goals_once_with_their_own_name()
    {
        var manager = new Person { GivenName = "Lena", FamilyName = "Manager", Email = "l@example.org" };
        var confirmation = ThreeWayConfirmation.Invite(Guid.NewGuid(), manager.Id, At);

        Assert.Equal(Rule.SignatureNameMismatch, Assert.Throws<RuleBrokenException>(() => confirmation.Confirm(manager, "L M", "Time", At)).Rule);
        Assert.Equal(Rule.NotTheNamedLineManager, Assert.Throws<RuleBrokenException>(() => confirmation.Confirm(Coach, "Cari Coach", "Time", At)).Rule);
        confirmation.Confirm(manager, "Lena Manager", "Two hours a month of protected time", At);

        Assert.Equal(At, confirmation.ConfirmedAt);
        Assert.Equal(Rule.AlreadyConfirmed, Assert.Throws<RuleBrokenException>(() => confirmation.Confirm(manager, "Lena Manager", "Time", At)).Rule);
    }
}
