using CoachRegister.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>
/// Checking a password costs a deliberately slow hash, and only a real account has one to check. Without this,
/// an address with no account (or a locked one, which Identity refuses before checking) answers in a few
/// milliseconds and a real one in hundreds, which tells anyone timing the answers who has an account.
/// </summary>
public static class PasswordTiming
{
    private static readonly ApplicationUser StandIn = new();
    private static string? _standInHash;

    /// <summary>Verifies <paramref name="password"/> against a hash made like a real account's, and ignores the result.</summary>
    public static void SpendPasswordCheck(IPasswordHasher<ApplicationUser> hasher, string? password)
    {
        var hash = _standInHash ??= hasher.HashPassword(StandIn, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(StandIn, hash, password ?? string.Empty);
    }
}
