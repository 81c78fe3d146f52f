using CoachRegister.Data;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Infrastructure.Jobs;

/// <summary>
/// Takes and gives back a scheduled job's lease (<see cref="Data.Jobs.JobLease"/>) with one conditional UPDATE
/// each, so of several servers (or an old process still stopping beside a new one) only one runs the job at a
/// time. A lease that is not given back (a crash) runs out and can be taken again.
/// </summary>
public sealed class JobLeases(AppDbContext db)
{
    public async Task<bool> TryTakeAsync(string job, Guid holder, DateTimeOffset now, TimeSpan length, CancellationToken ct)
    {
        var until = now + length;
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.HolderId == null || l.HolderId == holder || l.LeasedUntil == null || l.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HolderId, holder).SetProperty(l => l.LeasedUntil, until), ct);
        return taken == 1;
    }

    public Task GiveBackAsync(string job, Guid holder, DateTimeOffset? completedAt, CancellationToken ct) =>
        db.JobLeases
            .Where(l => l.Name == job && l.HolderId == holder)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.HolderId, (Guid?)null)
                .SetProperty(l => l.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(l => l.LastCompletedAt, l => completedAt ?? l.LastCompletedAt), ct);
}
