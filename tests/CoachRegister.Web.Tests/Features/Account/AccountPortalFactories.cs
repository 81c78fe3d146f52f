using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>Admins must use two-factor sign-in, as in production.</summary>
public sealed class TwoFactorRequiredPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:RequireTwoFactorForPrivilegedRoles"] = "true",
    };
}

/// <summary>A sign-in rate limit low enough to reach in a test.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    public const int Limit = 3;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:SignInRateLimit:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>A long idle timeout, so only the absolute lifetime can end a session.</summary>
public sealed class LongIdlePortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:IdleTimeout"] = "1.00:00:00",
    };
}

/// <summary>Cookies without Secure, as the quick start and the browser tests run over plain HTTP.</summary>
public sealed class PlainHttpPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:SecureCookies"] = "false",
    };
}
