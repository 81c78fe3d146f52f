using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Mail;

/// <summary>
/// Where a system administrator sees mail that is not going out (the outbox queue with its errors) and, when no
/// SMTP server is configured, reads the messages written to the pickup folder.
/// </summary>
[Authorize(Roles = Roles.SystemAdmin)]
[Route("admin/mail")]
public class MailController(AppDbContext db, PickupMailbox pickup, IOptionsSnapshot<EmailOptions> options) : Controller
{
    private const int PageSize = 20;
    private const int QueueRows = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        var unsent = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null);
        var queue = await unsent
            .OrderBy(m => m.NextAttemptAt)
            .Take(QueueRows)
            .Select(m => new QueuedMessageRow(m.To, m.Subject, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.LastError))
            .ToListAsync(ct);
        var files = await pickup.ListAsync(page, PageSize, ct);

        return View(new MailIndexViewModel
        {
            UsesPickupFolder = options.Value.UsesPickupDirectory,
            SmtpHost = options.Value.Smtp.Host,
            UnsentCount = await unsent.CountAsync(ct),
            FailingCount = await unsent.CountAsync(m => m.Attempts > 0, ct),
            Queue = queue,
            PickupMessages = files.Messages.Select(f => new PickupMessageRow(f.Name, f.Date, f.To, f.Subject)).ToList(),
            Page = files.Number,
            PageCount = files.PageCount,
        });
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Message(string name, CancellationToken ct)
    {
        var message = await pickup.LoadAsync(name, ct);
        if (message is null)
        {
            return NotFound();
        }

        return View(new MailMessageViewModel
        {
            Date = message.Date,
            From = message.From.ToString(),
            To = message.To.ToString(),
            Subject = message.Subject ?? string.Empty,
            // The HTML part is never shown: it is untrusted markup. The text part, or text derived from the HTML, is encoded by Razor.
            TextBody = message.TextBody ?? (message.HtmlBody is { } html ? PlainText.FromHtml(html) : string.Empty),
        });
    }
}
