namespace CoachRegister.Web.Features.Mail;

public sealed record QueuedMessageRow(string To, string Subject, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);

public sealed record PickupMessageRow(string Name, DateTimeOffset Date, string To, string Subject);

public sealed class MailIndexViewModel
{
    public required bool UsesPickupFolder { get; init; }
    public required string? SmtpHost { get; init; }
    public required int UnsentCount { get; init; }
    public required int FailingCount { get; init; }
    public required IReadOnlyList<QueuedMessageRow> Queue { get; init; }
    public required IReadOnlyList<PickupMessageRow> PickupMessages { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
}

public sealed class MailMessageViewModel
{
    public required DateTimeOffset Date { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
}
