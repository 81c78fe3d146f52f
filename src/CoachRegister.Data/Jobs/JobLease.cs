namespace CoachRegister.Data.Jobs;

/// <summary>
/// A lease on a background job held by one server at a time: a row per job, taken by a single conditional
/// UPDATE (free, expired, or already ours), so two servers on one database never run the job together.
/// <see cref="LastCompletedOn"/> is the day the job last finished, so a server that starts late does not run it again.
/// </summary>
public class JobLease
{
    public required string Name { get; set; }
    public Guid? Holder { get; set; }
    public DateTimeOffset LeasedUntil { get; set; }
    public DateOnly? LastCompletedOn { get; set; }
}
