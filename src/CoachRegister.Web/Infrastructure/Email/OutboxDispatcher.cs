using CoachRegister.Data;
using CoachRegister.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>
/// Sends the outbox. Each round claims a batch of due messages with one conditional UPDATE, so several
/// dispatchers (several servers, or a restart that overlaps) never take the same message; sends them; and marks
/// each sent, or schedules its retry with backoff. A message is never dropped: after many failures each further
/// one is logged as an error, and system administrators see the queue at /admin/mail.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    MailTransport transport,
    OutboxSignal signal,
    IOptionsMonitor<EmailOptions> options,
    TimeProvider time,
    IHostEnvironment environment,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int MaxErrorLength = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.CurrentValue.UsesPickupDirectory && !environment.IsDevelopment())
        {
            // Outside development a missing SMTP host is almost certainly a configuration mistake: nobody gets mail.
            LogPickupOutsideDevelopment(environment.EnvironmentName, transport.PickupDirectory);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) > 0)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not stop the dispatcher for the life of the process.
                LogRoundFailed(e);
            }

            await signal.WaitAsync(options.CurrentValue.PollInterval, time, stoppingToken);
        }
    }

    /// <summary>Claims and sends one batch of due messages; returns how many it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var claim = Guid.NewGuid();
        var now = time.GetUtcNow();
        var claimedUntil = now + settings.ClaimDuration;
        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        // The conditions are checked again inside the UPDATE: a dispatcher that read the same ids a moment
        // earlier has set ClaimedUntil by now, so the row no longer matches and only one claim succeeds.
        var claimed = await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntil, claimedUntil), ct);
        if (claimed == 0)
        {
            return 0;
        }

        var messages = await db.OutboxMessages.Include(m => m.Attachments).Where(m => m.ClaimedBy == claim).OrderBy(m => m.NextAttemptAt).ToListAsync(ct);
        await SendAsync(db, messages, claimedUntil, settings, ct);
        return messages.Count;
    }

    private async Task SendAsync(AppDbContext db, List<OutboxMessage> messages, DateTimeOffset claimedUntil, EmailOptions settings, CancellationToken ct)
    {
        MailTransport.IMailSession session;
        try
        {
            session = await transport.OpenAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            foreach (var message in messages)
            {
                RecordFailure(message, e, settings);
            }

            await SaveAsync(db, CancellationToken.None);
            return;
        }

        await using (session)
        {
            foreach (var message in messages)
            {
                // A claim that could run out during this send would let another dispatcher send the message too:
                // release it instead, and it is picked up again next round.
                if (time.GetUtcNow() + settings.Smtp.Timeout >= claimedUntil || ct.IsCancellationRequested)
                {
                    message.ClaimedBy = null;
                    message.ClaimedUntil = null;
                    continue;
                }

                try
                {
                    await session.SendAsync(ToMime(message, settings), ct);
                    message.SentAt = time.GetUtcNow();
                    message.LastError = null;
                    message.ClaimedBy = null;
                    message.ClaimedUntil = null;
                    LogSent(message.Id, message.Attempts + 1);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    RecordFailure(message, e, settings);
                }

                // Saved after each message so that one sent is recorded as sent even if the process stops mid-batch.
                await SaveAsync(db, CancellationToken.None);
            }
        }

        await SaveAsync(db, CancellationToken.None);
    }

    private void RecordFailure(OutboxMessage message, Exception error, EmailOptions settings)
    {
        message.Attempts++;
        var text = $"{error.GetType().Name}: {error.Message}";
        message.LastError = text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
        message.NextAttemptAt = time.GetUtcNow() + RetrySchedule.Delay(message.Attempts, settings.RetryBaseDelay, settings.RetryMaxDelay, Random.Shared.NextDouble());
        message.ClaimedBy = null;
        message.ClaimedUntil = null;
        if (message.Attempts >= settings.ErrorAfterAttempts)
        {
            LogFailedRepeatedly(error, message.Id, message.Attempts, message.NextAttemptAt);
        }
        else
        {
            LogFailed(message.Id, message.Attempts, message.NextAttemptAt, text);
        }
    }

    /// <summary>
    /// ClaimedBy is a concurrency token: if another dispatcher took a message over (its claim ran out), this save
    /// fails for that message rather than overwriting the other dispatcher's record.
    /// </summary>
    private async Task SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            foreach (var entry in e.Entries)
            {
                LogClaimLost(((OutboxMessage)entry.Entity).Id);
                entry.State = EntityState.Detached;
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private MimeMessage ToMime(OutboxMessage message, EmailOptions settings)
    {
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = time.GetUtcNow(),
            MessageId = $"{message.Id:N}@{settings.FromAddress.Split('@')[^1]}",
            Body = body.ToMessageBody(),
        };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No SMTP host is configured (Email:Smtp:Host) in the {Environment} environment: e-mail is written to {PickupDirectory} and not sent")]
    private partial void LogPickupOutsideDevelopment(string environment, string pickupDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent e-mail {MessageId} (attempt {Attempt})")]
    private partial void LogSent(Guid messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send e-mail {MessageId} (attempt {Attempts}); next try at {NextAttemptAt}: {Error}")]
    private partial void LogFailed(Guid messageId, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {MessageId} has failed {Attempts} times; it stays queued, next try at {NextAttemptAt}")]
    private partial void LogFailedRepeatedly(Exception error, Guid messageId, int attempts, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MessageId} was taken over by another dispatcher after this one's claim ran out")]
    private partial void LogClaimLost(Guid messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox round failed; the dispatcher will try again at its next poll")]
    private partial void LogRoundFailed(Exception error);
}
