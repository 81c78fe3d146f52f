namespace CoachRegister.Domain.Common;

/// <summary>Base of every stored record: a time-ordered identifier that is safe to show in URLs.</summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
}

/// <summary>
/// A record two people can change at once. The stamp is renewed on every save and checked by the
/// database update, so the second of two overlapping edits fails instead of silently winning.
/// </summary>
public interface IConcurrencyAware
{
    Guid ConcurrencyStamp { get; set; }
}
