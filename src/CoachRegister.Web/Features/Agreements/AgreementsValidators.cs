using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Agreements;

public sealed class AgreementInputValidator : AbstractValidator<AgreementInput>
{
    public AgreementInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.Objectives).Required(t, "Enter the main objectives of the partnership").Paragraphs(AgreementInput.MaxText, t, "Main objectives");
        RuleFor(i => i.CoacheeCommitments).Paragraphs(AgreementInput.MaxText, t, "The coachee's commitments");
        RuleFor(i => i.CoachCommitments).Paragraphs(AgreementInput.MaxText, t, "The coach's commitments");
        RuleFor(i => i.SharedCommitments).Paragraphs(AgreementInput.MaxText, t, "What you both agree to");
        RuleFor(i => i.NumberOfSessions).Between(1, 50).WithMessage(_ => t["Enter the number of sessions, from 1 to 50"]);
        RuleFor(i => i.Frequency).Required(t, "Enter how often you will meet").Paragraphs(200, t, "How often");
        RuleFor(i => i.SessionLengthMinutes).Between(15, 480).WithMessage(_ => t["Enter the length of a session in minutes, from 15 to 480"]);
        RuleFor(i => i.Format).Answered(t, "Select how you will meet");
        RuleFor(i => i.Venue).Paragraphs(AgreementInput.MaxLine, t, "Where");
        RuleFor(i => i.FirstSessionTime).NotNull().When(i => i.FirstSessionDate is not null).WithMessage(_ => t["Enter the time of the first session"]);
        RuleFor(i => i.FirstSessionVenue).Paragraphs(AgreementInput.MaxLine, t, "Venue of the first session");
        RuleFor(i => i.CancellationProtocol).Paragraphs(AgreementInput.MaxText, t, "Cancelling a session");
        RuleFor(i => i.ConfidentialityTerms).Required(t, "Enter what stays confidential and the exceptions").Paragraphs(AgreementInput.MaxText, t, "Confidentiality");
        RuleFor(i => i.ReviewPoint).Paragraphs(AgreementInput.MaxLine, t, "Review point");
        RuleFor(i => i.EndingArrangements).Paragraphs(AgreementInput.MaxText, t, "Ending");
    }
}

public sealed class SignInputValidator : AbstractValidator<SignInput>
{
    public SignInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.FullName).Required(t, "Type your full name to sign").Paragraphs(200, t, "Your full name");
        RuleFor(i => i.Interest).Required(t, "Describe the interest you declare").When(i => i.HasInterest == true).Paragraphs(SignInput.MaxDeclaration, t, "The interest");
    }
}

public sealed class GoalInputValidator : AbstractValidator<GoalInput>
{
    public GoalInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.Description).Required(t, "Enter the goal").Paragraphs(GoalInput.MaxDescription, t, "Goal");
        RuleFor(i => i.Visibility).Answered(t, "Select who may see the goal");
        RuleFor(i => i.Baseline).InclusiveBetween(0, 10).WithMessage(_ => t["Enter where you are starting from, from 0 to 10"]);
    }
}

public sealed class ThreeWayInputValidator : AbstractValidator<ThreeWayInput>
{
    public ThreeWayInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.Support).Required(t, "Say what support you will give").Paragraphs(ThreeWayInput.MaxSupport, t, "The support you will give");
        RuleFor(i => i.FullName).Required(t, "Type your full name to confirm").Paragraphs(200, t, "Your full name");
    }
}
