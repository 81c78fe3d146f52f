using CoachRegister.Data;
using CoachRegister.Data.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Infrastructure.Jobs;

/// <summary>
/// Database leases for jobs that must run on one server at a time (ADR 4). Taking a lease is one
/// conditional UPDATE (the row is free, expired, or already this holder's), which SQLite and SQL Server
/// both run atomically, so of two servers asking at once exactly one gets it.
/// </summary>
public sealed class JobLeases(AppDbContext db, TimeProvider time)
{
    /// <summary>Takes the lease for <paramref name="duration"/> unless another holder has it, or the job already finished on <paramref name="day"/>.</summary>
    public async Task<bool> TryAcquireAsync(string name, Guid holder, TimeSpan duration, DateOnly day, CancellationToken ct = default)
    {
        if (!await db.JobLeases.AnyAsync(l => l.Name == name, ct))
        {
            db.JobLeases.Add(new JobLease { Name = name, LeasedUntil = DateTimeOffset.MinValue });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The other server made the row first; the UPDATE below decides.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        var now = time.GetUtcNow();
        var until = now + duration;
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.LeasedUntil < now || l.Holder == holder) && (l.LastCompletedOn == null || l.LastCompletedOn < day))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, until), ct);
        return taken == 1;
    }

    /// <summary>Marks the job done for <paramref name="day"/> and frees the lease.</summary>
    public async Task CompleteAsync(string name, Guid holder, DateOnly day, CancellationToken ct = default) =>
        await db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCompletedOn, day).SetProperty(l => l.Holder, (Guid?)null).SetProperty(l => l.LeasedUntil, DateTimeOffset.MinValue), ct);

    /// <summary>Frees the lease without marking the day done, after a run that failed, so the next check tries again.</summary>
    public async Task ReleaseAsync(string name, Guid holder, CancellationToken ct = default) =>
        await db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (Guid?)null).SetProperty(l => l.LeasedUntil, DateTimeOffset.MinValue), ct);
}
