using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using CoachRegister.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>
/// Authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) that are accepted once only and
/// only for the current step or the one either side. Identity's own provider accepts +-2 steps and lets a
/// code be replayed; here the accepted step is stored on the user and any step at or before it is refused.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string ProviderName = "SingleUseAuthenticator";

    private const int StepSeconds = 30;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>Codes come from the person's app, never from the portal.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = token.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(key) || code.Length != 6 || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
        {
            return false;
        }

        var secret = Base32.Decode(key);
        var current = time.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (step <= (user.LastTotpTimeStep ?? long.MinValue) || Compute(secret, step) != expected)
            {
                continue;
            }

            // Recording the step is what makes the code single-use; the user's concurrency stamp makes two
            // requests racing with the same code fail the second update.
            user.LastTotpTimeStep = step;
            return (await manager.UpdateAsync(user)).Succeeded;
        }

        return false;
    }

    public static int Compute(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; it is not used for collision resistance here.
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff);
        return binary % 1_000_000;
    }
}

/// <summary>RFC 4648 base32, the form authenticator apps take their keys in.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] Decode(string input)
    {
        var text = input.TrimEnd('=').ToUpperInvariant();
        var output = new byte[text.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("The authenticator key is not base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output[index++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }

        return output;
    }
}
