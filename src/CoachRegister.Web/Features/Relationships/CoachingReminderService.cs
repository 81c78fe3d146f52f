using CoachRegister.Web.Configuration;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>
/// Runs <see cref="CoachingReminders"/> every <see cref="CoachingOptions.ReminderInterval"/> under this server's
/// lease holder id. It starts once the application has started, so a link in a reminder can take the server's
/// address where no public address is set (development).
/// </summary>
public sealed partial class CoachingReminderService(
    IServiceScopeFactory scopes,
    IOptionsMonitor<CoachingOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<CoachingReminderService> logger) : BackgroundService
{
    private readonly Guid _holder = Guid.NewGuid();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            try
            {
                await started.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CoachingReminders>().RunAsync(_holder, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not stop the reminders for the life of the process.
                LogFailed(e);
            }

            try
            {
                await Task.Delay(options.CurrentValue.ReminderInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Coaching reminders: the run failed; it is tried again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
