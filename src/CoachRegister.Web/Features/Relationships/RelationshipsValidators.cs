using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Relationships;

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator(IStringLocalizer<CoachingText> t) =>
        RuleFor(i => i.Outcome).Answered(t, "Select what you agreed at the review");
}

public sealed class EndInputValidator : AbstractValidator<EndInput>
{
    public EndInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.Category).Answered(t, "Select why the partnership is ending");
        RuleFor(i => i.Reason).Paragraphs(EndInput.MaxReasonLength, t, "In your own words");
        RuleFor(i => i.Confirm).Equal(true).WithMessage(_ => t["Confirm that you want to end the partnership"]);
    }
}
