using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CoachRegister.Web.Features.CoachDirectory;

/// <summary>
/// How the directory reads the words someone searches for: each word must begin a word of the profile
/// ("lead" finds "leadership"), in any capitals and with or without accents, as SQLite's FTS5 tokeniser
/// <c>unicode61 remove_diacritics 2</c> reads them. The same rule as plain C# is <see cref="Matches"/>, which the
/// tests hold the database's search to.
/// </summary>
public static partial class DirectoryText
{
    /// <summary>More words than this add nothing to a search of short profiles, and each costs an index read.</summary>
    public const int MaxWords = 8;

    /// <summary>The words of <paramref name="text"/> as the index holds them: lower case, without accents.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return Ascii.IsValid(text) ? AsciiWords(text) : WordPattern().Matches(Fold(text)).Select(m => m.Value).ToList();
    }

    /// <summary>The same words for text with no accents to fold (most of it), without normalising: letters and digits, lower case.</summary>
    private static List<string> AsciiWords(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The searched-for words, at most <see cref="MaxWords"/>, each once.</summary>
    public static IReadOnlyList<string> SearchWords(string? text) => Words(text).Distinct().Take(MaxWords).ToList();

    /// <summary>
    /// An FTS5 query in which every word must begin a word of one of <paramref name="columns"/>. Each word is
    /// quoted, so nothing typed is read as query syntax.
    /// </summary>
    public static string FtsQuery(IEnumerable<string> words, string columns) =>
        string.Join(" AND ", words.Select(w => $"{{{columns}}} : \"{w.Replace("\"", "\"\"", StringComparison.Ordinal)}\"*"));

    /// <summary>The reference rule: every searched-for word begins a word of one of the texts.</summary>
    public static bool Matches(IReadOnlyList<string> searchWords, IEnumerable<string?> texts)
    {
        var words = texts.SelectMany(Words).ToList();
        return searchWords.All(s => words.Any(w => w.StartsWith(s, StringComparison.Ordinal)));
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    [GeneratedRegex(@"[\p{L}\p{N}\p{Co}]+")]
    private static partial Regex WordPattern();
}
