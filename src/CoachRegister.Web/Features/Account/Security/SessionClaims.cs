using System.Globalization;
using System.Security.Claims;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>Claims the portal adds to the sign-in cookie on top of Identity's own.</summary>
public static class SessionClaims
{
    /// <summary>When the password (and second factor) were entered: the start of the absolute session lifetime.</summary>
    public const string AuthTime = "auth_time";

    /// <summary>When the password was last entered again to unlock sensitive settings.</summary>
    public const string ReauthTime = "reauth_time";

    /// <summary>The session's id: its row in the server's session list, which signing out removes (<see cref="PortalSessions"/>).</summary>
    public const string SessionId = "sid";

    /// <summary>"true" when the account has an authenticator app enabled.</summary>
    public const string TwoFactorEnabled = "two_factor_enabled";

    public static Claim At(string type, DateTimeOffset at) =>
        new(type, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    public static DateTimeOffset? Read(ClaimsPrincipal principal, string type) =>
        long.TryParse(principal.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>The later of sign-in and the last re-entry of the password.</summary>
    public static DateTimeOffset? LastPasswordEntry(ClaimsPrincipal principal)
    {
        var signedIn = Read(principal, AuthTime);
        var reauthenticated = Read(principal, ReauthTime);
        return reauthenticated > signedIn ? reauthenticated : signedIn ?? reauthenticated;
    }
}
