using System.Security.Cryptography;
using System.Text;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>Identifies an attempted e-mail address in logs without writing the address itself.</summary>
public static class SignInLog
{
    public static string HashEmail(string? email)
    {
        var normalised = (email ?? string.Empty).Trim().ToUpperInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..16];
    }
}
