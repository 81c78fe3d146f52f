namespace CoachRegister.Data.Outbox;

/// <summary>
/// An e-mail waiting to be sent. It is written in the same transaction as the change that causes it,
/// so a message is never lost when the mail server is down; the dispatcher sends it and marks it sent.
/// </summary>
public class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string HtmlBody { get; set; }
    public required string TextBody { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set by the dispatcher that claimed the message, so two dispatchers never send it twice.</summary>
    public Guid? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public List<OutboxAttachment> Attachments { get; set; } = [];
}

/// <summary>A file sent with an e-mail, such as a calendar invite.</summary>
public class OutboxAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OutboxMessageId { get; set; }
    public required string FileName { get; set; }
    /// <summary>The full MIME type with its parameters, e.g. "text/calendar; method=REQUEST; charset=utf-8".</summary>
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}
