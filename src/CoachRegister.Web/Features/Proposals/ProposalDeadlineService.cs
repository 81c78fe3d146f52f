using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Proposals;

/// <summary>Settings of matching's scheduled work (section "Matching").</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>Whether this server runs the deadline job (reminders and lapsed proposals). Tests turn it off and run it by hand.</summary>
    public bool DeadlineJobEnabled { get; set; } = true;

    /// <summary>How often the job looks for reminders and lapsed proposals.</summary>
    public TimeSpan DeadlineJobInterval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>Runs <see cref="ProposalDeadlines"/> every <see cref="MatchingOptions.DeadlineJobInterval"/>, under this server's lease holder id.</summary>
public sealed partial class ProposalDeadlineService(
    IServiceScopeFactory scopes,
    IOptionsMonitor<MatchingOptions> options,
    TimeProvider time,
    ILogger<ProposalDeadlineService> logger) : BackgroundService
{
    private readonly Guid _holder = Guid.NewGuid();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<ProposalDeadlines>().RunAsync(_holder, time.GetUtcNow(), stoppingToken);
                if (run.Lapsed + run.Reminded > 0)
                {
                    LogRun(run.Lapsed, run.Reminded);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not stop the job for the life of the process.
                LogFailed(e);
            }

            try
            {
                await Task.Delay(options.CurrentValue.DeadlineJobInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Proposal deadlines: {Lapsed} lapsed, {Reminded} reminders sent.")]
    private partial void LogRun(int lapsed, int reminded);

    [LoggerMessage(Level = LogLevel.Error, Message = "Proposal deadlines: the run failed; it is tried again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
