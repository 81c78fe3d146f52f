using CoachRegister.Web.Features.Matching;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>
/// The model of the CoachingNotice e-mail template. Texts are English keys of <see cref="CoachingText"/> with
/// their arguments, so the template writes them in the recipient's language.
/// </summary>
public sealed record CoachingEmail(
    string RecipientName,
    Phrase Subject,
    IReadOnlyList<Phrase> Paragraphs,
    Phrase? Action = null,
    string? ActionUrl = null)
{
    public const string Template = "CoachingNotice";
}
