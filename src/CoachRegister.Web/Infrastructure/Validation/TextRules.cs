using System.Net.Mail;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Infrastructure.Validation;

/// <summary>
/// What typed text may hold, for the forms and the CSV import alike. Control characters (a NUL, or a line
/// break in a one-line field such as a name) and the characters that reverse the direction of text (used to
/// disguise what a name or a file name says) are never part of an answer.
/// </summary>
public static class TextRules
{
    /// <summary>Embedding, override and isolate controls of the Unicode bidirectional algorithm.</summary>
    public static bool IsDirectionControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static bool IsSingleLine(string? value) =>
        value is null || !value.Any(c => char.IsControl(c) || IsDirectionControl(c));

    /// <summary>Line breaks and tabs are allowed; other control characters are not.</summary>
    public static bool IsMultiLine(string? value) =>
        value is null || !value.Any(c => (char.IsControl(c) && c is not ('\r' or '\n' or '\t')) || IsDirectionControl(c));

    /// <summary>One e-mail address, exactly as typed: no display name, no list, no spaces, no angle brackets or quotes.</summary>
    public static bool IsSingleEmailAddress(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Count(c => c == '@') == 1
        && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || IsDirectionControl(c) || c is ',' or ';' or '<' or '>' or '"' or '(' or ')' or '[' or ']' or '\\')
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.DisplayName.Length == 0;

    /// <summary>A one-line answer: "{label} must be on one line, without hidden characters".</summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t, string label) =>
        rule.Must(IsSingleLine).WithMessage(_ => t["{0} must be on one line and must not contain hidden characters", t[label]]);

    public static IRuleBuilderOptions<T, string?> MultiLine<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t, string label) =>
        rule.Must(IsMultiLine).WithMessage(_ => t["{0} must not contain hidden characters", t[label]]);

    /// <summary>An e-mail address when one is given (empty passes: say so with a required rule where it is needed).</summary>
    public static IRuleBuilderOptions<T, string?> EmailAddressOnly<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || IsSingleEmailAddress(v.Trim()))
            .WithMessage(_ => t["Enter an e-mail address in the correct format, like name@example.org"]);
}
