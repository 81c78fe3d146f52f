namespace CoachRegister.Web.Features.Relationships;

/// <summary>
/// The model of the CoachingNotice e-mail template. Texts are English keys of <see cref="CoachingText"/> with
/// their arguments, so the template writes them in the recipient's language.
/// </summary>
public sealed record CoachingEmail(
    string RecipientName,
    LocalisedLine Subject,
    IReadOnlyList<LocalisedLine> Paragraphs,
    LocalisedLine? Action = null,
    string? ActionUrl = null)
{
    public const string Template = "CoachingNotice";
}

/// <summary>An English key and its arguments, written in the reader's language when the e-mail is rendered.</summary>
public sealed record LocalisedLine(string Key, params object[] Arguments);
