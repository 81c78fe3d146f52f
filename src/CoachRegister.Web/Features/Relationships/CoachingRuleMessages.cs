using CoachRegister.Domain.Common;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>What the person is told when a change to a partnership's records would break one of the domain's rules.</summary>
public static class CoachingRuleMessages
{
    public static string For(Rule rule, IStringLocalizer<CoachingText> t) => rule switch
    {
        Rule.AgreementSuperseded => t["This version of the agreement has been replaced by a newer one"],
        Rule.AgreementAlreadySigned => t["You have already signed this version of the agreement"],
        Rule.SignatureNameMismatch => t["Type your full name exactly as it appears on your account to sign"],
        Rule.DeclarationOfInterestNeeded => t["Say whether you have an interest to declare, and if so what it is"],
        Rule.AgreementIncomplete => t["Write the main objectives before the agreement is signed"],
        Rule.GoalIncomplete => t["Enter a description"],
        Rule.OnlyCoacheeSharesGoals => t["Only the coachee can share a goal with their line manager"],
        Rule.ProgressOutOfRange => t["Progress is marked from 0 to 10"],
        Rule.GoalNotInPartnership => t["That goal is not one of this partnership's goals"],
        Rule.SessionNotPlanned => t["Only a planned session can be moved or cancelled"],
        Rule.SessionCancelled => t["This session was cancelled"],
        Rule.SessionEndsBeforeStart => t["The end time must be after the start time"],
        Rule.SessionNotYetHeld => t["A session can be recorded on or after the day it takes place"],
        Rule.PartnershipNotOpen => t["This partnership has ended, so it can no longer be changed"],
        Rule.FeedbackEmpty => t["Answer at least one question"],
        Rule.RatingIncomplete => t["Rate every attribute from 1 to 10"],
        Rule.AlreadyGiven => t["You have already given this"],
        Rule.AlreadyConfirmed => t["You have already confirmed the shared goals"],
        Rule.NotTheNamedLineManager => t["Only the coachee's line manager can confirm the shared goals"],
        Rule.NoSessionHeldYet => t["Feedback can be given once a session has been held"],
        Rule.WordingIncomplete => t["Enter the wording, in no more than 2,000 characters"],
        Rule.WordingChangedMeanwhile => t["Someone else saved a new version of this wording while you were editing it. Their version is shown below; your text is still in the box. Check it against theirs, then save again."],
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "A rule without a message."),
    };
}
