using CoachRegister.Domain.Common;

namespace CoachRegister.Domain.Audit;

/// <summary>Who did what to which record, and when. Written in the same transaction as the change.</summary>
public class AuditEvent : Entity
{
    public DateTimeOffset At { get; set; }
    public Guid? ActorPersonId { get; set; }
    public required string Action { get; set; }
    public string? EntityType { get; set; }
    public Guid? EntityId { get; set; }
    public string? Detail { get; set; }
}
