using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Tests.Matching;

public class MatchRequestTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_draft_is_incomplete_until_every_page_is_answered()
    {
        var request = MatchRequest.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);

        Assert.Equal(
            [RequestSection.Kind, RequestSection.Reasons, RequestSection.Areas, RequestSection.Goals, RequestSection.Arrangements],
            MatchRequestRules.MissingSections(request));

        Fill(request, OfferType.Mentoring);

        Assert.Empty(MatchRequestRules.MissingSections(request));
    }

    [Fact]
    public void Mentoring_asks_for_the_gap_and_coaching_does_not()
    {
        var request = MatchRequest.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);
        request.ChooseKind(OfferType.Mentoring, _ => OfferType.Both);

        Assert.Contains(RequestSection.Gap, MatchRequestRules.MissingSections(request));

        request.SetMentoringGap(MentoringGap.Contacts | MentoringGap.Leadership);
        request.ChooseKind(OfferType.Coaching, _ => OfferType.Both);

        Assert.Equal(MentoringGap.None, request.MentoringGap);
        Assert.DoesNotContain(RequestSection.Gap, MatchRequestRules.SectionsFor(request));
        Assert.Throws<ArgumentException>(() => request.SetMentoringGap(MentoringGap.Contacts));
    }

    [Fact]
    public void Blank_reasons_are_closed_up_and_a_fourth_is_refused()
    {
        var request = MatchRequest.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);

        request.SetReasons(["  First ", "", "Third"], identifiedThroughAppraisal: false, keepFromLineManager: true);

        Assert.Equal(["First", "Third"], request.Reasons);
        Assert.Null(request.Reason3);
        Assert.True(request.PrivateParts.HasFlag(RequestPart.Reasons));
        Assert.Throws<ArgumentException>(() => request.SetReasons(["a", "b", "c", "d"], true, false));
        Assert.Throws<ArgumentException>(() => request.SetReasons([" ", null], true, false));
    }

    [Fact]
    public void Goals_keep_only_the_goal_parts_private_and_leave_the_reasons_as_they_were()
    {
        var request = MatchRequest.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);
        request.SetReasons(["Reason"], true, keepFromLineManager: true);

        request.SetGoals("Mine", " ", "Organisation's", RequestPart.GoalsForSelf | RequestPart.Reasons);

        Assert.Equal(RequestPart.Reasons | RequestPart.GoalsForSelf, request.PrivateParts);
        Assert.Null(request.GoalsForTeam);
    }

    [Fact]
    public void Up_to_three_preferences_in_order_each_once_and_each_offering_what_is_wanted()
    {
        var request = MatchRequest.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);
        request.ChooseKind(OfferType.Coaching, _ => OfferType.Coaching);
        Guid[] coaches = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

        Assert.True(request.AddPreference(coaches[0], OfferType.Coaching));
        Assert.False(request.AddPreference(coaches[0], OfferType.Coaching));
        Assert.True(request.AddPreference(coaches[1], OfferType.Both));
        Assert.Equal(Rule.PreferenceDoesNotOfferKind, Assert.Throws<RuleBrokenException>(() => request.AddPreference(coaches[2], OfferType.Mentoring)).Rule);
        Assert.True(request.AddPreference(coaches[2], OfferType.Coaching));
        Assert.Equal(Rule.TooManyPreferences, Assert.Throws<RuleBrokenException>(() => request.AddPreference(coaches[3], OfferType.Coaching)).Rule);

        request.MovePreferenceUp(coaches[2]);
        request.RemovePreference(coaches[0]);

        Assert.Equal([coaches[2], coaches[1]], request.Preferences);
    }

    [Fact]
    public void Choosing_another_kind_drops_the_preferences_that_do_not_offer_it()
    {
        var mentorOnly = Guid.NewGuid();
        var both = Guid.NewGuid();
        var request = MatchRequest.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);
        request.ChooseKind(OfferType.Mentoring, _ => OfferType.Both);
        request.AddPreference(mentorOnly, OfferType.Mentoring);
        request.AddPreference(both, OfferType.Both);

        request.ChooseKind(OfferType.Coaching, id => id == mentorOnly ? OfferType.Mentoring : OfferType.Both);

        Assert.Equal([both], request.Preferences);
    }

    [Fact]
    public void Sending_needs_every_page_and_a_line_manager_on_record_and_then_nothing_can_be_edited()
    {
        var requester = Guid.NewGuid();
        var manager = Guid.NewGuid();
        var request = MatchRequest.Start(requester, Guid.NewGuid(), manager, At);

        Assert.Equal(Rule.RequestIncomplete, Assert.Throws<RuleBrokenException>(() => request.Submit(manager, At)).Rule);
        Fill(request, OfferType.Coaching);
        Assert.Equal(Rule.RequestNeedsLineManager, Assert.Throws<RuleBrokenException>(() => request.Submit(null, At)).Rule);

        var newManager = Guid.NewGuid();
        request.Submit(newManager, At);

        Assert.Equal(MatchRequestStatus.AwaitingLineManager, request.Status);
        Assert.Equal(newManager, request.LineManagerId);
        Assert.Equal(RecordState.AwaitingLineManager, request.AccessState);
        Assert.Equal(Rule.RequestNotEditable, Assert.Throws<RuleBrokenException>(() => request.SetArrangements(DeliveryFormat.Video, null)).Rule);
        Assert.Equal(MatchRequestStatus.AwaitingLineManager, Assert.Single(request.History).To);
    }

    [Fact]
    public void Only_the_named_line_manager_answers_and_support_comes_with_protected_time()
    {
        var (request, manager) = Sent();

        Assert.Equal(Rule.NotTheRequestsLineManager, Assert.Throws<RuleBrokenException>(() => request.RespondAsLineManager(Guid.NewGuid(), true, 2, null, At)).Rule);
        Assert.Throws<ArgumentOutOfRangeException>(() => request.RespondAsLineManager(manager, true, null, null, At));

        request.RespondAsLineManager(manager, true, 2.5m, "Happy to", At);

        Assert.Equal(MatchRequestStatus.AwaitingMatch, request.Status);
        Assert.Equal(2.5m, request.ProtectedHoursPerMonth);
        Assert.Equal(RecordState.AwaitingScheme, request.AccessState);
        Assert.Equal(Rule.RequestNotAwaitingLineManager, Assert.Throws<RuleBrokenException>(() => request.RespondAsLineManager(manager, false, null, "No", At)).Rule);
    }

    [Fact]
    public void Not_supporting_returns_the_request_as_a_draft_with_the_comment()
    {
        var (request, manager) = Sent();

        request.RespondAsLineManager(manager, false, 3, "Let us talk at your appraisal", At);

        Assert.Equal(MatchRequestStatus.Draft, request.Status);
        Assert.Null(request.ProtectedHoursPerMonth);
        Assert.Equal(RecordState.Returned, request.AccessState);
        Assert.Equal("Let us talk at your appraisal", request.History.Last().Note);
        request.SetArrangements(DeliveryFormat.Telephone, "Mornings");
    }

    [Fact]
    public void The_scheme_team_proposes_only_an_eligible_coach_and_never_on_its_own_request()
    {
        var request = Supported();
        var facts = Facts(request);
        var settings = new MatchingSettings();
        var full = Coach() with { PlacesUsed = 2, Capacity = 2 };

        Assert.Equal(Rule.CoachNotEligible, Assert.Throws<RuleBrokenException>(() => request.Propose(facts, full, settings, Guid.NewGuid(), At)).Rule);
        Assert.Equal(Rule.OwnRequest, Assert.Throws<RuleBrokenException>(() => request.Propose(facts, Coach(), settings, request.RequesterId, At)).Rule);

        var hr = Guid.NewGuid();
        var match = request.Propose(facts, Coach(), settings, hr, At);

        Assert.Equal(MatchRequestStatus.Proposed, request.Status);
        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Equal(At.AddDays(14), match.RespondBy);
        Assert.Equal(At.AddDays(7), match.FirstReminderDue);
        Assert.Equal(At.AddDays(13), match.SecondReminderDue);
        Assert.Equal(hr, match.ProposedById);
        Assert.Same(match, request.OpenMatch);
        Assert.Equal(Rule.RequestNotAwaitingMatch, Assert.Throws<RuleBrokenException>(() => request.Propose(facts, Coach(), settings, hr, At)).Rule);
    }

    [Fact]
    public void A_waitlisted_request_keeps_its_reason_and_can_still_be_matched()
    {
        var request = Supported();
        var hr = Guid.NewGuid();

        request.Waitlist(hr, "No mentor in finance has a place", At);

        Assert.Equal(MatchRequestStatus.Waitlisted, request.Status);
        Assert.Equal("No mentor in finance has a place", request.WaitlistReason);

        request.Propose(Facts(request), Coach(), new MatchingSettings(), hr, At.AddDays(20));

        Assert.Null(request.WaitlistReason);
        Assert.Equal(
            [MatchRequestStatus.AwaitingLineManager, MatchRequestStatus.AwaitingMatch, MatchRequestStatus.Waitlisted, MatchRequestStatus.Proposed],
            request.History.Select(h => h.To));
    }

    [Fact]
    public void Withdrawing_ends_a_proposal_in_progress_and_closes_the_request()
    {
        var request = Supported();
        var match = request.Propose(Facts(request), Coach(), new MatchingSettings(), Guid.NewGuid(), At);

        Assert.Equal(Rule.NotTheRequester, Assert.Throws<RuleBrokenException>(() => request.Withdraw(Guid.NewGuid(), At)).Rule);
        var ended = request.Withdraw(request.RequesterId, At.AddDays(1));

        Assert.Same(match, ended);
        Assert.Equal(MatchStatus.Withdrawn, match.Status);
        Assert.Equal(MatchRequestStatus.Withdrawn, request.Status);
        Assert.Equal(RecordState.Closed, request.AccessState);
        Assert.Equal(Rule.RequestClosed, Assert.Throws<RuleBrokenException>(() => request.Withdraw(request.RequesterId, At)).Rule);
    }

    [Fact]
    public void A_request_withdrawn_before_its_line_manager_supported_it_stays_the_requesters()
    {
        var (request, _) = Sent();

        request.Withdraw(request.RequesterId, At);

        Assert.Equal(RecordState.Withdrawn, request.AccessState);
    }

    [Fact]
    public void The_coach_of_the_proposal_in_progress_is_a_party_to_the_request()
    {
        var request = Supported();
        var coachPerson = Guid.NewGuid();

        var parties = request.AccessParties(coachPerson);

        Assert.Equal(RecordKind.MatchRequest, parties.Kind);
        Assert.Equal(coachPerson, parties.CoachPersonId);
        Assert.Equal(request.RequesterId, parties.ApplicantPersonId);
        Assert.Null(parties.LineManagerPersonId);
        Assert.Equal(request.LineManagerId, request.SupportRequestParties().LineManagerPersonId);
    }

    internal static void Fill(MatchRequest request, OfferType kind)
    {
        request.ChooseKind(kind, _ => OfferType.Both);
        request.SetReasons(["I lead a new team"], identifiedThroughAppraisal: true, keepFromLineManager: false);
        if (kind == OfferType.Mentoring)
        {
            request.SetMentoringGap(MentoringGap.Understanding);
        }

        request.SetAreasNeeded([new CoachingArea { Name = "Leadership" }]);
        request.SetGoals("Lead with confidence", "A clearer team plan", null, RequestPart.None);
        request.SetArrangements(DeliveryFormat.Video | DeliveryFormat.FaceToFace, "Tuesday mornings");
    }

    internal static (MatchRequest Request, Guid Manager) Sent()
    {
        var manager = Guid.NewGuid();
        var request = MatchRequest.Start(Guid.NewGuid(), MatchingDataIds.Scheme, manager, At);
        Fill(request, OfferType.Coaching);
        request.Submit(manager, At);
        return (request, manager);
    }

    internal static MatchRequest Supported()
    {
        var (request, manager) = Sent();
        request.RespondAsLineManager(manager, true, 2, null, At);
        return request;
    }

    internal static RequestToMatch Facts(MatchRequest request) => new()
    {
        RequestId = request.Id,
        RequesterId = request.RequesterId,
        SchemeId = request.SchemeId,
        ManagerChain = [request.LineManagerId!.Value],
        Wanted = request.Wanted,
        Formats = request.Formats,
    };

    internal static CoachCandidate Coach(Guid? personId = null) => new()
    {
        ProfileId = Guid.NewGuid(),
        PersonId = personId ?? Guid.NewGuid(),
        SchemeId = MatchingDataIds.Scheme,
        Offers = OfferType.Both,
        Formats = DeliveryFormat.Video,
        Status = ProfileStatus.Published,
        Capacity = 2,
        PlacesUsed = 0,
    };
}

internal static class MatchingDataIds
{
    public static readonly Guid Scheme = Guid.NewGuid();
}
