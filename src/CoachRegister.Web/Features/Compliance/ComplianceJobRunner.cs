using CoachRegister.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Compliance;

/// <summary>
/// Looks every <see cref="ComplianceOptions.CheckEvery"/> whether the nightly job is due (after
/// <see cref="ComplianceOptions.RunAtUtc"/>, not yet done today) and runs it when this server takes the
/// lease. Every web server runs one of these; the lease lets one of them do the work (ADR 4).
/// </summary>
public sealed class ComplianceJobRunner(IServiceScopeFactory scopes, IOptions<ComplianceOptions> options, TimeProvider time, ILogger<ComplianceJobRunner> logger)
    : BackgroundService
{
    private readonly Guid _holder = Guid.NewGuid();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        do
        {
            try
            {
                await RunIfDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The nightly compliance job failed; it is tried again at the next check");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs the job for today if it is due and this server gets the lease; true when it ran.</summary>
    public async Task<bool> RunIfDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (TimeOnly.FromDateTime(now.UtcDateTime) < options.Value.RunAtUtc)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryTakeAsync(ComplianceJob.LeaseName, _holder, now, options.Value.LeaseFor, ct, notDoneOn: today))
        {
            return false;
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<ComplianceJob>().RunAsync(today, ct);
            await leases.GiveBackAsync(ComplianceJob.LeaseName, _holder, time.GetUtcNow(), ct, completedOn: today);
            return true;
        }
        catch
        {
            await leases.GiveBackAsync(ComplianceJob.LeaseName, _holder, completedAt: null, CancellationToken.None);
            throw;
        }
    }
}
