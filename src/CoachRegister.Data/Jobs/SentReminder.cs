using CoachRegister.Domain.Sessions;

namespace CoachRegister.Data.Jobs;

/// <summary>
/// A reminder that has been queued, so none is sent twice: the unique key (kind, subject, recipient) holds even if
/// two servers ever worked at once, and the reminder and its e-mail are committed together.
/// </summary>
public class SentReminder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public ReminderKind Kind { get; set; }
    /// <summary>The session or partnership the reminder is about.</summary>
    public Guid SubjectId { get; set; }
    public Guid RecipientPersonId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
