using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Tests.Register;

public class CoachApplicationTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Applicant = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();
    private static readonly Guid Hr = Guid.NewGuid();
    private static readonly Scheme WithInterview = new() { Name = "Academy", Code = "AC", AllowsCompetencyInterview = true };
    private static readonly Scheme WithoutInterview = new() { Name = "Council", Code = "CO" };

    private static CoachApplication Draft(OfferType offers = OfferType.Mentoring)
    {
        var application = CoachApplication.Start(Applicant, WithInterview.Id, Manager, At);
        application.Offers = offers;
        application.ExperienceAndSkills = "Ten years leading teams";
        application.Motivation = "To help others grow";
        application.Areas.Add(new CoachingArea { Name = "Leadership" });
        application.QualificationsAnswered = true;
        application.AgreesToExpectations = application.ConfirmsCodeOfEthics = application.ConfirmsSupervisionAndCpd = true;
        application.ConfirmsLineManagerRelease = application.ConfirmsDataProcessing = true;
        return application;
    }

    private static CoachApplication Sent(OfferType offers = OfferType.Mentoring)
    {
        var application = Draft(offers);
        application.Submit(WithInterview, Manager, At);
        return application;
    }

    private static CoachApplication Supported(OfferType offers = OfferType.Mentoring)
    {
        var application = Sent(offers);
        application.RespondAsLineManager(Manager, supports: true, "Yes", "As sent", At.AddDays(1));
        return application;
    }

    private static Rule Broken(Action change) => Assert.Throws<RuleBrokenException>(change).Rule;

    [Fact]
    public void A_new_application_is_an_editable_draft_naming_the_recorded_line_manager()
    {
        var application = CoachApplication.Start(Applicant, WithInterview.Id, Manager, At);

        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.True(application.IsEditable);
        Assert.Equal(Manager, application.LineManagerId);
        Assert.Equal(RecordState.Draft, application.AccessState);
    }

    [Fact]
    public void Submitting_a_complete_draft_sends_it_to_the_line_manager_and_keeps_the_step()
    {
        var application = Sent();

        Assert.Equal(ApplicationStatus.AwaitingLineManager, application.Status);
        Assert.Equal(At, application.SubmittedAt);
        Assert.False(application.IsEditable);
        var step = Assert.Single(application.History);
        Assert.Equal((ApplicationStatus.Draft, ApplicationStatus.AwaitingLineManager, Applicant), (step.From, step.To, step.ChangedById));
    }

    [Fact]
    public void An_incomplete_draft_cannot_be_sent()
    {
        var application = Draft();
        application.Motivation = null;

        Assert.Equal(Rule.ApplicationIncomplete, Broken(() => application.Submit(WithInterview, Manager, At)));
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void A_sent_application_can_be_neither_edited_nor_sent_again()
    {
        var application = Sent();

        Assert.Equal(Rule.ApplicationNotEditable, Broken(application.EnsureEditable));
        Assert.Equal(Rule.ApplicationNotEditable, Broken(() => application.Submit(WithInterview, Manager, At)));
        Assert.Equal(Rule.ApplicationNotEditable, Broken(() => application.NameLineManager(Guid.NewGuid())));
    }

    [Fact]
    public void The_named_line_manager_supports_it_and_it_waits_for_the_scheme()
    {
        var application = Supported();

        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
        Assert.Equal(LineManagerSupport.Supported, application.LineManagerSupport);
        Assert.Equal(RecordState.AwaitingScheme, application.AccessState);
        Assert.Equal(Manager, application.History[^1].ChangedById);
    }

    [Fact]
    public void Not_supported_returns_it_to_the_applicant_as_a_draft_with_the_comment()
    {
        var application = Sent();

        application.RespondAsLineManager(Manager, supports: false, "Let us talk first", "As sent", At.AddDays(1));

        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.True(application.IsEditable);
        Assert.Equal("Let us talk first", application.LineManagerComment);
        Assert.Equal(RecordState.Returned, application.AccessState);
    }

    [Fact]
    public void Only_the_named_line_manager_answers_and_only_while_it_waits_for_them()
    {
        var application = Sent();

        Assert.Equal(Rule.NotTheNamedLineManager, Broken(() => application.RespondAsLineManager(Guid.NewGuid(), true, null, "As sent", At)));
        application.RespondAsLineManager(Manager, true, null, "As sent", At);
        Assert.Equal(Rule.NotAwaitingLineManager, Broken(() => application.RespondAsLineManager(Manager, false, null, "As sent", At)));
        Assert.Equal(Rule.NotAwaitingLineManager, Broken(() => Draft().RespondAsLineManager(Manager, true, null, "As sent", At)));
    }

    [Fact]
    public void Naming_another_line_manager_forgets_the_previous_answer()
    {
        var application = Sent();
        application.RespondAsLineManager(Manager, supports: false, "No", "As sent", At);

        application.NameLineManager(Guid.NewGuid());

        Assert.Equal(LineManagerSupport.Pending, application.LineManagerSupport);
        Assert.Null(application.LineManagerComment);
        Assert.Equal(RecordState.Draft, application.AccessState);
    }

    [Fact]
    public void Hr_accepts_a_supported_application_and_records_who_and_when()
    {
        var application = Supported();

        application.Accept(WithInterview, Hr, new DateOnly(2027, 1, 10), At.AddDays(3));

        Assert.Equal(ApplicationStatus.Accepted, application.Status);
        Assert.Equal((Hr, At.AddDays(3)), (application.DecidedById!.Value, application.DecidedAt!.Value));
        Assert.Equal(new DateOnly(2027, 1, 10), application.ExpectedStartDate);
        Assert.Equal(RecordState.Closed, application.AccessState);
    }

    [Fact]
    public void Hr_declines_with_the_reason_kept_in_the_history()
    {
        var application = Supported();

        application.Decline(Hr, "Not this year", At);

        Assert.Equal(ApplicationStatus.Declined, application.Status);
        Assert.Equal("Not this year", application.DeclineReason);
        Assert.Equal("Not this year", application.History[^1].Note);
    }

    [Fact]
    public void Nobody_decides_or_interviews_on_their_own_application()
    {
        var application = Supported();

        Assert.Equal(Rule.OwnApplication, Broken(() => application.Accept(WithInterview, Applicant, null, At)));
        Assert.Equal(Rule.OwnApplication, Broken(() => application.Decline(Applicant, "x", At)));
        Assert.Equal(Rule.OwnApplication, Broken(() => application.RecordInterview(WithInterview, Applicant, InterviewOutcome.Passed, null, null)));
    }

    [Fact]
    public void Only_a_supported_application_is_decided()
    {
        Assert.Equal(Rule.NotAwaitingDecision, Broken(() => Sent().Accept(WithInterview, Hr, null, At)));
        Assert.Equal(Rule.NotAwaitingDecision, Broken(() => Draft().Decline(Hr, "x", At)));
        var decided = Supported();
        decided.Decline(Hr, "x", At);
        Assert.Equal(Rule.NotAwaitingDecision, Broken(() => decided.Accept(WithInterview, Hr, null, At)));
    }

    [Fact]
    public void A_coach_needs_ilm5_or_a_passed_interview_before_acceptance()
    {
        var application = Supported(OfferType.Coaching);

        Assert.Equal(Rule.CoachQualificationNeeded, Broken(() => application.Accept(WithInterview, Hr, null, At)));

        application.RecordInterview(WithInterview, Hr, InterviewOutcome.Passed, new DateOnly(2026, 11, 30), "Clear contracting");
        application.Accept(WithInterview, Hr, null, At);
        Assert.Equal(ApplicationStatus.Accepted, application.Status);
    }

    [Fact]
    public void Interviews_are_recorded_only_where_the_scheme_uses_them_and_before_the_decision()
    {
        Assert.Equal(Rule.InterviewNotUsed, Broken(() => Sent().RecordInterview(WithoutInterview, Hr, InterviewOutcome.Passed, null, null)));
        Assert.Equal(Rule.ApplicationClosed, Broken(() => Draft().RecordInterview(WithInterview, Hr, InterviewOutcome.Passed, null, null)));
        var sent = Sent();
        sent.RecordInterview(WithInterview, Hr, InterviewOutcome.NotPassed, new DateOnly(2026, 11, 2), "Gave advice");
        Assert.Equal(InterviewOutcome.NotPassed, sent.InterviewOutcome);
    }

    [Fact]
    public void The_applicant_withdraws_an_undecided_application_and_nobody_else_can()
    {
        var application = Supported();

        Assert.Equal(Rule.NotTheApplicant, Broken(() => application.Withdraw(Manager, At)));
        application.Withdraw(Applicant, At);
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Equal(Rule.ApplicationClosed, Broken(() => application.Withdraw(Applicant, At)));
    }

    [Fact]
    public void Nobody_names_themselves_as_their_line_manager()
    {
        var application = Draft();

        Assert.Equal(Rule.OwnLineManager, Broken(() => application.NameLineManager(Applicant)));
        Assert.Equal(Manager, application.LineManagerId);
    }

    [Fact]
    public void A_line_manager_the_record_does_not_name_is_confirmed_by_the_scheme_before_acceptance()
    {
        var named = Guid.NewGuid();
        var application = Draft();
        application.NameLineManager(named);
        application.Submit(WithInterview, Manager, At);
        application.RespondAsLineManager(named, supports: true, "Yes", "As sent", At.AddDays(1));

        Assert.True(application.AwaitsLineManagerConfirmation);
        Assert.Equal(Rule.LineManagerNotConfirmed, Broken(() => application.Accept(WithInterview, Hr, null, At.AddDays(2))));
        Assert.Equal(Rule.OwnApplication, Broken(() => application.ConfirmLineManager(Applicant, At.AddDays(2))));

        application.ConfirmLineManager(Hr, At.AddDays(2));

        Assert.False(application.AwaitsLineManagerConfirmation);
        Assert.Equal((Hr, At.AddDays(2)), (application.LineManagerConfirmedById!.Value, application.LineManagerConfirmedAt!.Value));
        var step = application.History[^1];
        Assert.Equal((ApplicationChangeKind.LineManagerConfirmed, ApplicationStatus.AwaitingDecision, ApplicationStatus.AwaitingDecision, Hr), (step.Kind, step.From, step.To, step.ChangedById!.Value));
        Assert.Equal(Rule.LineManagerNeedsNoConfirmation, Broken(() => application.ConfirmLineManager(Hr, At.AddDays(2))));
        application.Accept(WithInterview, Hr, null, At.AddDays(3));
        Assert.Equal(ApplicationStatus.Accepted, application.Status);
    }

    [Fact]
    public void An_unconfirmed_line_manager_does_not_stop_a_decline_and_the_recorded_one_needs_no_confirmation()
    {
        var named = Guid.NewGuid();
        var application = Draft();
        application.NameLineManager(named);
        application.Submit(WithInterview, recordedLineManagerId: null, At);
        application.RespondAsLineManager(named, supports: true, null, "As sent", At);

        application.Decline(Hr, "We could not confirm your line manager", At);

        Assert.Equal(ApplicationStatus.Declined, application.Status);
        Assert.Equal(Rule.ApplicationClosed, Broken(() => application.ConfirmLineManager(Hr, At)));
        Assert.False(Supported().AwaitsLineManagerConfirmation);
        Assert.Equal(Rule.LineManagerNeedsNoConfirmation, Broken(() => Supported().ConfirmLineManager(Hr, At)));
    }

    [Fact]
    public void The_answer_keeps_what_the_line_manager_read_until_the_application_is_sent_again_or_another_manager_is_named()
    {
        var application = Sent();

        application.RespondAsLineManager(Manager, supports: false, "Let us talk", "The application as sent", At);
        application.Motivation = "Changed after the answer";

        Assert.Equal("The application as sent", application.LineManagerAnswerSnapshot);
        application.Submit(WithInterview, Manager, At.AddDays(1));
        Assert.Null(application.LineManagerAnswerSnapshot);

        application.RespondAsLineManager(Manager, supports: false, "Still no", "Second version", At.AddDays(2));
        application.NameLineManager(Guid.NewGuid());
        Assert.Null(application.LineManagerAnswerSnapshot);
    }

    [Fact]
    public void A_draft_taken_back_before_it_was_sent_stays_its_authors_alone()
    {
        var unsent = Draft();
        unsent.Withdraw(Applicant, At);
        var sent = Sent();
        sent.Withdraw(Applicant, At);

        Assert.Equal(RecordState.Draft, unsent.AccessState);
        Assert.Equal(RecordState.Closed, sent.AccessState);
    }
}
