using CoachRegister.Data;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Infrastructure.Jobs;

/// <summary>
/// Takes and gives back a scheduled job's lease (<see cref="Data.Jobs.JobLease"/>) with one conditional UPDATE
/// each, so of several servers (or an old process still stopping beside a new one) only one runs the job at a
/// time (ADR 4). A lease that is not given back (a crash) runs out and can be taken again. Every job has its
/// row from the first migration (<see cref="Data.Configurations.JobLeaseConfiguration.Jobs"/>).
/// </summary>
public sealed class JobLeases(AppDbContext db)
{
    /// <summary>
    /// Takes the lease for <paramref name="length"/> unless another holder has it; for a once-a-day job, also
    /// unless it already finished on <paramref name="notDoneOn"/>.
    /// </summary>
    public async Task<bool> TryTakeAsync(string job, Guid holder, DateTimeOffset now, TimeSpan length, CancellationToken ct, DateOnly? notDoneOn = null)
    {
        var until = now + length;
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.HolderId == null || l.HolderId == holder || l.LeasedUntil == null || l.LeasedUntil < now))
            .Where(l => notDoneOn == null || l.LastCompletedOn == null || l.LastCompletedOn < notDoneOn)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HolderId, holder).SetProperty(l => l.LeasedUntil, until), ct);
        return taken == 1;
    }

    /// <summary>
    /// Frees the lease. A run that finished records when (<paramref name="completedAt"/>) and, for a once-a-day
    /// job, the day it was for; after a failed run both are null, so the next check tries again.
    /// </summary>
    public Task GiveBackAsync(string job, Guid holder, DateTimeOffset? completedAt, CancellationToken ct, DateOnly? completedOn = null) =>
        db.JobLeases
            .Where(l => l.Name == job && l.HolderId == holder)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.HolderId, (Guid?)null)
                .SetProperty(l => l.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(l => l.LastCompletedAt, l => completedAt ?? l.LastCompletedAt)
                .SetProperty(l => l.LastCompletedOn, l => completedOn ?? l.LastCompletedOn), ct);
}
