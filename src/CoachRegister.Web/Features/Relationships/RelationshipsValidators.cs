using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Relationships;

internal static class CoachingRules
{
    public static IRuleBuilderOptions<T, string?> Limit<T>(this IRuleBuilder<T, string?> rule, int max, IStringLocalizer t, string label) =>
        rule.MaximumLength(max).WithMessage(_ => t["{0} must be {1} characters or fewer", t[label], max]);

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t, string message) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => t[message]);
}

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator(IStringLocalizer<CoachingText> t) =>
        RuleFor(i => i.Outcome).NotNull().IsInEnum().WithMessage(_ => t["Select what you agreed at the review"]);
}

public sealed class EndInputValidator : AbstractValidator<EndInput>
{
    public EndInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.Category).NotNull().IsInEnum().WithMessage(_ => t["Select why the partnership is ending"]);
        RuleFor(i => i.Reason).Limit(EndInput.MaxReasonLength, t, "In your own words");
        RuleFor(i => i.Confirm).Equal(true).WithMessage(_ => t["Confirm that you want to end the partnership"]);
    }
}
