using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>
/// Counts failed sign-ins for addresses that have no account and "locks" them exactly as Identity locks a real
/// account (after Lockout.MaxFailedAccessAttempts failures in a row, for Lockout.DefaultLockoutTimeSpan), so
/// the sign-in page answers an unknown address with the same words as a known one at every attempt. Kept in
/// memory by a hash of the address: nothing about addresses without accounts is stored.
/// </summary>
public sealed class UnknownAddressLockout(IMemoryCache cache, IOptions<IdentityOptions> identity, TimeProvider time)
{
    private const string KeyPrefix = "unknown-sign-in:";

    /// <summary>Whether the address is "locked" now, before this attempt is counted.</summary>
    public bool IsLockedOut(string email) =>
        cache.TryGetValue(KeyPrefix + SignInLog.HashEmail(email), out Attempts? attempts) && attempts!.LockedUntil > time.GetUtcNow();

    /// <summary>Counts a failed attempt; true when it locks the address, as the same failure would lock an account.</summary>
    public bool Fail(string email)
    {
        var lockout = identity.Value.Lockout;
        var attempts = cache.GetOrCreate(KeyPrefix + SignInLog.HashEmail(email), entry =>
        {
            entry.SlidingExpiration = lockout.DefaultLockoutTimeSpan + TimeSpan.FromDays(1);
            entry.Size = 1;
            return new Attempts();
        })!;
        lock (attempts)
        {
            var now = time.GetUtcNow();
            if (attempts.LockedUntil > now)
            {
                return true;
            }

            attempts.Failures++;
            if (attempts.Failures < lockout.MaxFailedAccessAttempts)
            {
                return false;
            }

            attempts.Failures = 0;
            attempts.LockedUntil = now + lockout.DefaultLockoutTimeSpan;
            return true;
        }
    }

    private sealed class Attempts
    {
        public int Failures { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }
    }
}
