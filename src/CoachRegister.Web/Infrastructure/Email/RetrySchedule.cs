namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>
/// Exponential backoff for failed sends: the base delay doubles with each attempt up to the cap. Jitter takes
/// up to a fifth off, so messages that failed together (the server was down) do not all retry at one instant.
/// </summary>
public static class RetrySchedule
{
    public static TimeSpan Delay(int attempts, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(jitter, 0d);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jitter, 1d);

        // 2^30 times any sensible base is far beyond the cap; stopping there keeps the arithmetic finite.
        var doublings = Math.Min(attempts - 1, 30);
        var exponential = baseDelay.Ticks * Math.Pow(2, doublings);
        var capped = Math.Min(exponential, maxDelay.Ticks);
        return TimeSpan.FromTicks((long)(capped * (1 - (0.2 * jitter))));
    }
}
