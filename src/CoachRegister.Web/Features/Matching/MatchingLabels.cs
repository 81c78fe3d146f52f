using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;

namespace CoachRegister.Web.Features.Matching;

/// <summary>English labels (localisation keys of <see cref="MatchingText"/>) for matching's enums and reasons.</summary>
public static class MatchingLabels
{
    public static readonly MentoringGap[] Gaps = [MentoringGap.Contacts, MentoringGap.Understanding, MentoringGap.HowToDoSomething, MentoringGap.Leadership];

    public static readonly DeliveryFormat[] Formats = [DeliveryFormat.FaceToFace, DeliveryFormat.Telephone, DeliveryFormat.Video];

    public static string Kind(OfferType kind) => kind == OfferType.Mentoring ? "Mentoring" : "Coaching";

    /// <summary>"coach" or "mentor", for sentences about the practitioner.</summary>
    public static string Practitioner(OfferType kind) => kind == OfferType.Mentoring ? "mentor" : "coach";

    public static string Gap(MentoringGap gap) => gap switch
    {
        MentoringGap.Contacts => "Contacts",
        MentoringGap.Understanding => "Understanding",
        MentoringGap.HowToDoSomething => "How to do something",
        _ => "Leadership",
    };

    public static string Format(DeliveryFormat format) => format switch
    {
        DeliveryFormat.FaceToFace => "Face to face",
        DeliveryFormat.Telephone => "Telephone",
        _ => "Video call",
    };

    /// <summary>Where a request stands, as the requester and the scheme team read it.</summary>
    public static string RequestStage(MatchRequestStatus status, LineManagerSupport support, MatchStatus? openMatch) => status switch
    {
        MatchRequestStatus.Draft when support == LineManagerSupport.NotSupported => "Returned by your line manager",
        MatchRequestStatus.Draft => "Draft: not sent yet",
        MatchRequestStatus.AwaitingLineManager => "Waiting for the line manager",
        MatchRequestStatus.AwaitingMatch => "Waiting for a match",
        MatchRequestStatus.Waitlisted => "On the waiting list",
        MatchRequestStatus.Proposed when openMatch == MatchStatus.ChemistryMeeting => "Chemistry meeting",
        MatchRequestStatus.Proposed => "Proposed: waiting for the coach's answer",
        MatchRequestStatus.Matched => "Matched",
        _ => "Withdrawn",
    };

    public static string RequestTag(MatchRequestStatus status) => status switch
    {
        MatchRequestStatus.Draft => "govuk-tag--grey",
        MatchRequestStatus.AwaitingLineManager or MatchRequestStatus.AwaitingMatch => "govuk-tag--blue",
        MatchRequestStatus.Waitlisted => "govuk-tag--yellow",
        MatchRequestStatus.Proposed => "govuk-tag--purple",
        MatchRequestStatus.Matched => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string MatchStage(MatchStatus status) => status switch
    {
        MatchStatus.Proposed => "Proposed",
        MatchStatus.ChemistryMeeting => "Chemistry meeting",
        MatchStatus.Contracting => "Agreeing the contract",
        MatchStatus.Active => "Active",
        MatchStatus.OnHold => "On hold",
        MatchStatus.Declined => "Did not go ahead",
        MatchStatus.Expired => "Lapsed",
        MatchStatus.Withdrawn => "Withdrawn",
        _ => "Ended",
    };

    public static string Reason(Ineligibility reason) => reason switch
    {
        Ineligibility.IsTheRequester => "This is the requester",
        Ineligibility.IsLineManager => "The requester's line manager",
        Ineligibility.IsHigherInReportingLine => "Above the requester in their reporting line",
        Ineligibility.SameServiceArea => "Works in the requester's service area, which the scheme does not allow",
        Ineligibility.NoPlacesLeft => "Has no places left",
        Ineligibility.NotAcceptingNewCoachees => "Not taking anyone new at the moment",
        Ineligibility.NotPublished => "Not on the register at the moment (paused or not published)",
        Ineligibility.DoesNotOfferWantedType => "Does not offer what the request asks for",
        Ineligibility.NoWantedFormat => "Offers none of the formats the requester can take part in",
        Ineligibility.SchemeNotVisible => "In a scheme whose register is not open to the requester",
        _ => "No longer on the register",
    };

    /// <summary>One part of a score in words, with its points.</summary>
    public static Phrase Part(ScorePart part) => part.Kind switch
    {
        ScorePartKind.AreasInCommon => new("Offers {0} of the {1} areas asked for: {2} points", part.Value, part.OutOf, part.Points),
        ScorePartKind.NamedPreference => part.Value switch
        {
            1 => new("The requester's first choice: {0} points", part.Points),
            2 => new("The requester's second choice: {0} points", part.Points),
            _ => new("The requester's third choice: {0} points", part.Points),
        },
        ScorePartKind.FormatFit => new("Offers {0} of the {1} formats wanted: {2} points", part.Value, part.OutOf, part.Points),
        ScorePartKind.AnyFormat => new("Any format suits the requester: {0} points", part.Points),
        ScorePartKind.OtherOrganisationPreferred => new("From another partner organisation, which the scheme prefers: {0} points", part.Points),
        ScorePartKind.OtherOrganisationAvoided => new("From another partner organisation, which the scheme avoids: minus {0} points", -part.Points),
        _ => new("{0} of {1} places in use: {2} points for spreading the load", part.Value, part.OutOf, part.Points),
    };

    public static string Choice(int choice) => choice switch
    {
        1 => "First choice",
        2 => "Second choice",
        _ => "Third choice",
    };

    public static string Unmatched(UnmatchedReason reason) => reason == UnmatchedReason.NoEligibleCoach
        ? "No coach in the pool is eligible and has a place"
        : "The eligible coaches' places went to other requests";
}
