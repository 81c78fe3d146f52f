namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>
/// The model of the general "Notification" template: a heading, paragraphs and an optional button.
/// The caller passes text already in the recipient's language; the template adds the localised frame.
/// </summary>
public sealed record NotificationEmail(
    string Subject,
    string Heading,
    IReadOnlyList<string> Paragraphs,
    string? ActionText = null,
    string? ActionUrl = null)
{
    public const string Template = "Notification";
}
