using Microsoft.Extensions.Caching.Memory;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>
/// Sessions this server checked against the database (still open, security stamp unchanged) within the last
/// interval, so a session is checked at most once per interval however many requests it sends, and however
/// old the cookie they carry (a client that keeps replaying a cookie it was given before the refresh would
/// otherwise make every request check and be sent a new cookie). Ending a session here is seen at once
/// (<see cref="SessionRevocations"/> is asked first); on another server within one interval, as before.
/// </summary>
public sealed class SessionChecks(IMemoryCache cache, TimeProvider time)
{
    private const string KeyPrefix = "checked-session:";

    public bool WasCheckedWithin(string sessionId, TimeSpan interval) =>
        cache.TryGetValue(KeyPrefix + sessionId, out DateTimeOffset at) && time.GetUtcNow() - at < interval;

    public void Checked(string sessionId, TimeSpan interval) =>
        cache.Set(KeyPrefix + sessionId, time.GetUtcNow(), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = interval,
            Size = 1,
        });
}
