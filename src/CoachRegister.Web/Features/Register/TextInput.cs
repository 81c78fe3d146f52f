namespace CoachRegister.Web.Features.Register;

/// <summary>Shared handling of free text typed into the register's forms and searches.</summary>
public static class TextInput
{
    /// <summary>The trimmed text, or null when nothing but white space was given, so blank answers are stored as absent.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// A contains-pattern for LIKE with "\" as the escape character and the wildcards escaped, so "50%" searches
    /// for the text "50%". "[" is escaped too because SQL Server reads it as the start of a character range.
    /// </summary>
    public static string LikePattern(string text)
    {
        var escaped = text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[");
        return $"%{escaped}%";
    }
}
