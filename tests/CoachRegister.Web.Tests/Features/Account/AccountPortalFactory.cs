using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>A clock the test moves forward: the portal, its cookies and Identity all read it.</summary>
public sealed class TestClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}

/// <summary>The portal on a clock the test controls, with settings of the test class's choosing.</summary>
public class ClockedPortalFactory : PortalFactory
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Admins must use two-factor sign-in, as in production.</summary>
public sealed class TwoFactorRequiredPortalFactory : ClockedPortalFactory
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
public sealed class LongIdlePortalFactory : ClockedPortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:IdleTimeout"] = "1.00:00:00",
    };
}

/// <summary>Cookies without Secure, as the quick start and the browser tests run over plain HTTP.</summary>
public class PlainHttpPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:SecureCookies"] = "false",
    };
}

/// <summary>The same settings in Production, where they must be refused.</summary>
public sealed class PlainHttpProductionPortalFactory : PlainHttpPortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        // Everything else Production needs is there, so only the insecure cookies can be what is refused.
        builder.UseSetting("Portal:PublicBaseUrl", "https://coaching.example.org");
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
    }
}
