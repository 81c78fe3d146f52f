using CoachRegister.Data;
using CoachRegister.Data.Documents;
using CoachRegister.Web.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Documents;

/// <summary>
/// Makes HR's relationship files in the background, oldest first. Each file is claimed with one conditional UPDATE,
/// as the outbox is, so of several servers only one makes it; a claim not renewed (a server stopped mid-file) runs
/// out and the file is made again from the start by whichever worker looks next.
/// </summary>
public sealed partial class RelationshipFileWorker(
    IServiceScopeFactory scopes,
    IOptionsMonitor<PdfOptions> options,
    TimeProvider time,
    ILogger<RelationshipFileWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunNextAsync(stoppingToken))
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not stop the worker for the life of the process.
                LogRoundFailed(e);
            }

            try
            {
                await Task.Delay(options.CurrentValue.RelationshipFilePollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and makes the oldest file waiting, if any; false when none is waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        var waiting = db.RelationshipFiles.Where(f =>
            (f.Status == RelationshipFileStatus.Queued || f.Status == RelationshipFileStatus.Preparing) && (f.ClaimedUntil == null || f.ClaimedUntil < now));
        var next = await waiting.OrderBy(f => f.CreatedAt).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);
        if (next is not { } id)
        {
            return false;
        }

        var claim = Guid.NewGuid();
        var until = now + RelationshipFileBuilder.ClaimLength;
        var claimed = await waiting.Where(f => f.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.ClaimedBy, claim)
            .SetProperty(f => f.ClaimedUntil, until)
            .SetProperty(f => f.Status, RelationshipFileStatus.Preparing), ct);
        if (claimed == 1)
        {
            await scope.ServiceProvider.GetRequiredService<RelationshipFileBuilder>().BuildAsync(id, claim, ct);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of the relationship file worker failed; it tries again at the next interval.")]
    private partial void LogRoundFailed(Exception error);
}
