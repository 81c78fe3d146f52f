using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Tests.Register;

public class CoachEligibilityTests
{
    private static readonly Scheme WithInterview = new() { Name = "Partnership", Code = "TP", AllowsCompetencyInterview = true };
    private static readonly Scheme WithoutInterview = new() { Name = "Hub", Code = "HUB", AllowsCompetencyInterview = false };

    [Fact]
    public void A_coach_with_an_achieved_ilm5_may_coach() =>
        Assert.True(CoachEligibility.MayOffer(OfferType.Coaching, WithoutInterview,
            [(QualificationLevel.Ilm5, QualificationStatus.Achieved)], InterviewOutcome.NotHeld));

    [Fact]
    public void An_ilm7_still_in_training_does_not_qualify_a_coach_on_its_own() =>
        Assert.False(CoachEligibility.MayOffer(OfferType.Coaching, WithoutInterview,
            [(QualificationLevel.Ilm7, QualificationStatus.InTraining)], InterviewOutcome.NotHeld));

    [Fact]
    public void A_passed_interview_qualifies_a_coach_where_the_scheme_allows_interviews() =>
        Assert.True(CoachEligibility.MayOffer(OfferType.Coaching, WithInterview,
            [(QualificationLevel.Ilm3, QualificationStatus.Achieved)], InterviewOutcome.Passed));

    [Fact]
    public void A_passed_interview_does_not_count_where_the_scheme_has_no_interviews() =>
        Assert.False(CoachEligibility.MayOffer(OfferType.Both, WithoutInterview, [], InterviewOutcome.Passed));

    [Fact]
    public void A_failed_interview_without_ilm5_does_not_qualify() =>
        Assert.False(CoachEligibility.MayOffer(OfferType.Coaching, WithInterview,
            [(QualificationLevel.Other, QualificationStatus.Achieved)], InterviewOutcome.NotPassed));

    [Fact]
    public void A_mentor_needs_no_qualification() =>
        Assert.True(CoachEligibility.MayOffer(OfferType.Mentoring, WithoutInterview, [], InterviewOutcome.NotHeld));
}
