using System.Diagnostics;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>
/// An answer that must not tell who has an account waits until a fixed time has passed since the request
/// began. Doing the same work for an unknown address is not enough on its own: a real account's queued
/// e-mail wakes the dispatcher, whose writes slow the next request, and a loaded server stretches the gap.
/// </summary>
public static class AnswerFloor
{
    public static readonly TimeSpan ForgotPassword = TimeSpan.FromMilliseconds(400);

    public static async Task WaitAsync(long startedAt, TimeSpan floor, CancellationToken ct)
    {
        var left = floor - Stopwatch.GetElapsedTime(startedAt);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, ct);
        }
    }
}
