using System.Globalization;
using System.Numerics;
using CoachRegister.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Register;

/// <summary>The rules the register's forms (and the CSV import) share, each with a message written for people.</summary>
public static class FormRules
{
    /// <summary>A one-line answer of at most <paramref name="max"/> characters, without line breaks or hidden characters.</summary>
    public static IRuleBuilderOptions<T, string?> OneLine<T>(this IRuleBuilder<T, string?> rule, int max, IStringLocalizer t, string label) =>
        rule.MaximumLength(max).WithMessage(_ => t["{0} must be {1} characters or fewer", t[label], max])
            .SingleLine(t, label);

    /// <summary>Text that may run over several lines, of at most <paramref name="max"/> characters, without hidden characters.</summary>
    public static IRuleBuilderOptions<T, string?> Paragraphs<T>(this IRuleBuilder<T, string?> rule, int max, IStringLocalizer t, string label) =>
        rule.MaximumLength(max).WithMessage(_ => t["{0} must be {1} characters or fewer", t[label], max])
            .MultiLine(t, label);

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t, string message) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => t[message]);

    /// <summary>An answer to a question with set options: given, and one of them (an enum value the form offers).</summary>
    public static IRuleBuilderOptions<T, TEnum?> Answered<T, TEnum>(this IRuleBuilder<T, TEnum?> rule, IStringLocalizer t, string message)
        where TEnum : struct, Enum =>
        rule.Must(v => v is { } value && Enum.IsDefined(value)).WithMessage(_ => t[message]);

    public static IRuleBuilderOptions<T, bool?> Answered<T>(this IRuleBuilder<T, bool?> rule, IStringLocalizer t, string message) =>
        rule.Must(v => v is not null).WithMessage(_ => t[message]);

    /// <summary>
    /// A number given, from <paramref name="min"/> to <paramref name="max"/>, as one check: FluentValidation's
    /// <c>WithMessage</c> names only the check before it, so a separate <c>NotNull</c> would show its own default
    /// text for a blank answer.
    /// </summary>
    public static IRuleBuilderOptions<T, TNumber?> Between<T, TNumber>(this IRuleBuilder<T, TNumber?> rule, TNumber min, TNumber max)
        where TNumber : struct, INumber<TNumber> =>
        rule.Must(v => v is { } n && n >= min && n <= max);

    public static DateOnly? ParseDate(string? day, string? month, string? year) =>
        int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
}
