using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Matching;

/// <summary>The validators' shared rules for matching's forms, with messages in the person's language.</summary>
internal static class FormRules
{
    public static IRuleBuilderOptions<T, string?> Limit<T>(this IRuleBuilder<T, string?> rule, int max, IStringLocalizer t, string label) =>
        rule.MaximumLength(max).WithMessage(_ => t["{0} must be {1} characters or fewer", t[label], max]);

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t, string message) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => t[message]);
}
