using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Infrastructure.Localisation;

/// <summary>The plural categories of the Unicode CLDR, which languages pick their word forms by.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>
/// Counted text in the reader's language: "1 profile", "2 profiles". The English forms are the keys: the
/// "one" form and the "other" form. A translation of the "other" key may give one form per CLDR category,
/// separated by "|" in the order zero|one|two|few|many|other (Welsh counts "dim proffiliau", "1 proffil",
/// "2 broffil", "3 phroffil", "6 phroffil", "4 proffil"); a translation without "|" is used for every count
/// but one, which takes the translation of the "one" key.
/// </summary>
public static class Plurals
{
    public static PluralCategory CategoryOf(long count, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        // CLDR plural rules for Welsh (cy): 0 zero, 1 one, 2 two, 3 few, 6 many, everything else other.
        "cy" => count switch
        {
            0 => PluralCategory.Zero,
            1 => PluralCategory.One,
            2 => PluralCategory.Two,
            3 => PluralCategory.Few,
            6 => PluralCategory.Many,
            _ => PluralCategory.Other,
        },
        _ => count == 1 ? PluralCategory.One : PluralCategory.Other,
    };

    /// <summary>
    /// The form of <paramref name="one"/> or <paramref name="other"/> for <paramref name="count"/>, with
    /// {0} the count and {1}, {2}... the <paramref name="arguments"/>.
    /// </summary>
    public static string Plural(this IStringLocalizer t, long count, string one, string other, params object[] arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var category = CategoryOf(count, culture);
        object[] values = [count.ToString("N0", culture), .. arguments];
        var translated = t[other];
        string form;
        if (!translated.ResourceNotFound && translated.Value.Contains('|', StringComparison.Ordinal))
        {
            var forms = translated.Value.Split('|', StringSplitOptions.TrimEntries);
            form = forms.Length == 6 ? forms[(int)category] : forms[^1];
        }
        else
        {
            form = category == PluralCategory.One ? t[one].Value : translated.Value;
        }

        return string.Format(culture, form, values);
    }
}
