namespace CoachRegister.Data.Jobs;

/// <summary>
/// Which server runs a scheduled job, and until when. A server takes the lease with one conditional UPDATE
/// (free, expired, or already its own), so of several servers only one runs the job at a time.
/// <see cref="LastCompletedOn"/> is the day a once-a-day job last finished, so a server that starts late does
/// not run it again.
/// </summary>
public class JobLease
{
    public required string Name { get; set; }
    public Guid? HolderId { get; set; }
    public DateTimeOffset? LeasedUntil { get; set; }
    public DateTimeOffset? LastCompletedAt { get; set; }
    public DateOnly? LastCompletedOn { get; set; }
}
