namespace CoachRegister.Web.Configuration;

/// <summary>Session limits, second-factor rules and the sign-in rate limit (section "Accounts").</summary>
public class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>HR and system admins must sign in with an authenticator app; off in Development only.</summary>
    public bool RequireTwoFactorForPrivilegedRoles { get; set; } = true;

    /// <summary>
    /// Cookies are Secure and carry the __Host- prefix. Turn off only to run over plain HTTP on one's own
    /// machine (the quick start on http://localhost:5000, the browser tests); refused in Production.
    /// </summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>A session ends after this long without a request (sliding).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>A session ends this long after sign-in, however active it is.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a password entered again counts before changing e-mail or two-factor settings.</summary>
    public TimeSpan ReauthenticationWindow { get; set; } = TimeSpan.FromMinutes(5);

    public SignInRateLimitOptions SignInRateLimit { get; set; } = new();
}

/// <summary>Attempts allowed per client address in each window on the sign-in and e-mail-sending forms.</summary>
public class SignInRateLimitOptions
{
    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
