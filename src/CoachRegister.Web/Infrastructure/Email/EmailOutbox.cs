using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Data.Outbox;

namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>
/// Queues e-mail in the outbox. The message is added to the request's AppDbContext without saving, so the
/// caller's SaveChangesAsync commits the change that causes the e-mail and the e-mail itself together:
/// a rolled-back change never sends mail, and a committed one is never without its mail.
/// </summary>
public sealed class EmailOutbox(AppDbContext db, EmailTemplateRenderer renderer, TimeProvider time, OutboxSignal signal)
{
    public async Task QueueAsync(string to, string templateName, object model, CultureInfo culture, CancellationToken ct = default) =>
        await QueueAsync(to, templateName, model, culture, [], ct);

    /// <summary>As above, with files sent alongside (a calendar invite), stored with the message until it is sent.</summary>
    public async Task QueueAsync(string to, string templateName, object model, CultureInfo culture, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentException.ThrowIfNullOrWhiteSpace(templateName);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(culture);

        var email = await renderer.RenderAsync(templateName, model, culture, ct);
        var now = time.GetUtcNow();
        var message = new OutboxMessage
        {
            To = to.Trim(),
            Subject = email.Subject,
            HtmlBody = email.HtmlBody,
            TextBody = email.TextBody,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        message.Attachments.AddRange(attachments.Select(a => new OutboxAttachment
        {
            OutboxMessageId = message.Id,
            FileName = a.FileName,
            ContentType = a.ContentType,
            Content = a.Content,
        }));
        db.OutboxMessages.Add(message);
        signal.WakeAfterSave(db);
    }
}

/// <summary>A file to send with an e-mail: its name, full MIME type (with parameters) and bytes.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
