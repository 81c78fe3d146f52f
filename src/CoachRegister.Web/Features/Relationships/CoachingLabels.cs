using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Feedback;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Sessions;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>The English keys (in <see cref="CoachingText"/>) for the values the coaching pages show.</summary>
public static class CoachingLabels
{
    public static string Of(MatchStatus status) => status switch
    {
        MatchStatus.Contracting => "Agreeing the contract",
        MatchStatus.Active => "Active",
        MatchStatus.OnHold => "On hold",
        MatchStatus.Ended => "Ended",
        MatchStatus.Declined => "Declined",
        MatchStatus.ChemistryMeeting => "Chemistry meeting",
        _ => "Proposed",
    };

    public static string Of(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => "Draft",
        AgreementStatus.AwaitingSignatures => "Waiting for a signature",
        AgreementStatus.Signed => "Signed by both",
        _ => "Replaced by a newer version",
    };

    public static string Of(SessionStatus status) => status switch
    {
        SessionStatus.Planned => "Planned",
        SessionStatus.Held => "Held",
        _ => "Cancelled",
    };

    public static string Of(GoalVisibility visibility) =>
        visibility == GoalVisibility.SharedWithLineManager ? "Shared with the line manager" : "Private";

    public static string Of(RagStatus rag) => rag switch
    {
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        _ => "Green",
    };

    public static string RagTag(RagStatus rag) => rag switch
    {
        RagStatus.Red => "govuk-tag--red",
        RagStatus.Amber => "govuk-tag--orange",
        _ => "govuk-tag--green",
    };

    public static string Of(EndingCategory category) => category switch
    {
        EndingCategory.GoalsAchieved => "The goals have been achieved",
        EndingCategory.ProgrammeCompleted => "The agreed sessions are complete",
        EndingCategory.NotWorking => "The partnership is not working",
        EndingCategory.CircumstancesChanged => "Circumstances have changed",
        _ => "Another reason",
    };

    public static string Of(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Continue => "Carry on as agreed",
        ReviewOutcome.ChangeTheAgreement => "Change the agreement",
        _ => "End the partnership",
    };

    public static string Of(PartnershipSide side) => side == PartnershipSide.Coach ? "Coach" : "Coachee";

    public static string Of(CancelledBy side) => side == CancelledBy.Coach ? "Coach" : "Coachee";

    public static string Of(OfferType kind) => kind == OfferType.Mentoring ? "Mentoring" : "Coaching";

    public static string Of(DeliveryFormat format) => format switch
    {
        DeliveryFormat.FaceToFace => "Face to face",
        DeliveryFormat.Telephone => "Telephone",
        DeliveryFormat.Video => "Video call",
        _ => "Not decided yet",
    };

    public static string Of(CoachAttribute attribute) => attribute switch
    {
        CoachAttribute.BuildsRapport => "Builds rapport",
        CoachAttribute.NonJudgemental => "Is non-judgemental",
        CoachAttribute.Listening => "Shows listening skills",
        CoachAttribute.QuestioningForSelfReflection => "Uses questioning skills to help me self-reflect",
        CoachAttribute.StructuredApproach => "Has a structured approach to sessions",
        CoachAttribute.Friendly => "Is friendly",
        CoachAttribute.HelpsSetGoals => "Helps me set my goals",
        CoachAttribute.Empathy => "Shows empathy",
        CoachAttribute.Respect => "Shows respect",
        CoachAttribute.Supportive => "Is supportive",
        CoachAttribute.MaintainsConfidentiality => "Maintains confidentiality",
        CoachAttribute.Patience => "Has patience",
        CoachAttribute.GivesFeedbackWhenAppropriate => "Gives feedback when appropriate",
        CoachAttribute.AcceptsFeedback => "Accepts feedback",
        _ => "Helps me achieve my goals",
    };
}
