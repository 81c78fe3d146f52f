using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;
using static CoachRegister.Domain.Tests.Matching.Suggestions.MatchingData;

namespace CoachRegister.Domain.Tests.Matching.Suggestions;

public class MatchEligibilityTests
{
    private static Ineligibility Check(RequestToMatch request, CoachCandidate coach) =>
        MatchEligibility.Check(request, coach, MatchingRules.Default);

    [Fact]
    public void The_base_pair_is_eligible() =>
        Assert.Equal(Ineligibility.None, Check(Request(), Coach()));

    [Fact]
    public void The_requester_cannot_coach_themselves()
    {
        var request = Request();
        Assert.Equal(Ineligibility.IsTheRequester, Check(request, Coach() with { PersonId = request.RequesterId }));
    }

    [Fact]
    public void The_line_manager_cannot_coach_their_report() =>
        Assert.Equal(Ineligibility.IsLineManager, Check(Request(), Coach() with { PersonId = LineManager }));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Nobody_higher_in_the_reporting_line_can_coach(int level)
    {
        var request = Request();
        Assert.Equal(Ineligibility.IsHigherInReportingLine, Check(request, Coach() with { PersonId = request.ManagerChain[level] }));
    }

    [Fact]
    public void A_coach_in_the_requesters_service_area_is_ineligible_unless_the_scheme_allows_it()
    {
        var request = Request();
        var colleague = Coach() with { ServiceAreaId = request.ServiceAreaId };

        Assert.Equal(Ineligibility.SameServiceArea, Check(request, colleague));
        Assert.Equal(Ineligibility.None, MatchEligibility.Check(request, colleague, MatchingRules.Default with { AllowsSameServiceArea = true }));
    }

    [Fact]
    public void Two_people_without_a_service_area_are_not_in_the_same_one() =>
        Assert.Equal(Ineligibility.None, Check(Request() with { ServiceAreaId = null }, Coach() with { ServiceAreaId = null }));

    [Fact]
    public void A_coach_whose_places_are_all_used_is_ineligible()
    {
        Assert.Equal(Ineligibility.NoPlacesLeft, Check(Request(), Coach() with { Capacity = 2, PlacesUsed = 2 }));
        Assert.Equal(Ineligibility.NoPlacesLeft, Check(Request(), Coach() with { Capacity = 2, PlacesUsed = 3 }));
        Assert.Equal(Ineligibility.None, Check(Request(), Coach() with { Capacity = 2, PlacesUsed = 1 }));
    }

    [Fact]
    public void A_coach_not_accepting_new_coachees_is_ineligible() =>
        Assert.Equal(Ineligibility.NotAcceptingNewCoachees, Check(Request(), Coach() with { AcceptingNewCoachees = false }));

    [Theory]
    [InlineData(ProfileStatus.Draft)]
    [InlineData(ProfileStatus.Paused)]
    [InlineData(ProfileStatus.Withdrawn)]
    public void Only_a_published_profile_is_eligible(ProfileStatus status) =>
        Assert.Equal(Ineligibility.NotPublished, Check(Request(), Coach() with { Status = status }));

    [Fact]
    public void Coaching_and_mentoring_are_different_offers()
    {
        var mentoring = Request() with { Wanted = OfferType.Mentoring };

        Assert.Equal(Ineligibility.DoesNotOfferWantedType, Check(mentoring, Coach()));
        Assert.Equal(Ineligibility.DoesNotOfferWantedType, Check(Request(), Coach() with { Offers = OfferType.Mentoring }));
        Assert.Equal(Ineligibility.None, Check(mentoring, Coach() with { Offers = OfferType.Both }));
    }

    [Fact]
    public void A_request_cannot_ask_for_both_or_neither() =>
        Assert.All([OfferType.Both, OfferType.None], wanted =>
            Assert.Throws<ArgumentOutOfRangeException>(() => Request() with { Wanted = wanted }));

    [Fact]
    public void A_coach_whose_proposal_for_this_request_came_to_nothing_is_not_proposed_again()
    {
        var coach = Coach();
        var request = Request() with { AlreadyProposed = new HashSet<Guid> { coach.ProfileId } };

        Assert.Equal(Ineligibility.AlreadyProposed, Check(request, coach));
        Assert.Equal(Ineligibility.None, Check(request, Coach()));
        Assert.Equal(Ineligibility.None, Check(Request(), coach));
    }

    [Fact]
    public void A_coach_needs_one_of_the_wanted_formats()
    {
        var telephoneOnly = Coach() with { Formats = DeliveryFormat.Telephone };

        Assert.Equal(Ineligibility.NoWantedFormat, Check(Request(), telephoneOnly));
        Assert.Equal(Ineligibility.None, Check(Request(), Coach() with { Formats = DeliveryFormat.Video }));
    }

    [Fact]
    public void A_request_naming_no_format_accepts_any() =>
        Assert.Equal(Ineligibility.None, Check(Request() with { Formats = DeliveryFormat.None }, Coach() with { Formats = DeliveryFormat.Telephone }));

    [Fact]
    public void A_coach_from_a_partner_scheme_is_eligible_only_when_its_register_is_opened_to_the_requester()
    {
        var partnerCoach = Coach() with { SchemeId = PartnerScheme };

        Assert.Equal(Ineligibility.SchemeNotVisible, Check(Request(), partnerCoach));
        Assert.Equal(Ineligibility.None, Check(Request() with { VisibleSchemeIds = new HashSet<Guid> { PartnerScheme } }, partnerCoach));
    }

    [Fact]
    public void Every_reason_is_given_at_once()
    {
        var request = Request();
        var coach = Coach() with
        {
            PersonId = LineManager,
            ServiceAreaId = request.ServiceAreaId,
            PlacesUsed = 4,
            AcceptingNewCoachees = false,
            Status = ProfileStatus.Paused,
            Offers = OfferType.Mentoring,
            Formats = DeliveryFormat.Telephone,
            SchemeId = PartnerScheme,
        };

        var reasons = Check(request, coach);

        Assert.Equal(
            [Ineligibility.IsLineManager, Ineligibility.SameServiceArea, Ineligibility.NoPlacesLeft,
             Ineligibility.NotAcceptingNewCoachees, Ineligibility.NotPublished, Ineligibility.DoesNotOfferWantedType,
             Ineligibility.NoWantedFormat, Ineligibility.SchemeNotVisible],
            MatchEligibility.Each(reasons));
    }

    [Fact]
    public void Each_of_none_is_empty() => Assert.Empty(MatchEligibility.Each(Ineligibility.None));
}
