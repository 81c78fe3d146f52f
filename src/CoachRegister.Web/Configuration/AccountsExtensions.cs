using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Features.Account;
using CoachRegister.Web.Features.Account.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Configuration;

public static class AccountsExtensions
{
    /// <summary>Rate-limiter policy on the forms that take a password guess or send an e-mail.</summary>
    public const string SignInRateLimitPolicy = "sign-in";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountsOptions>(configuration.GetSection(AccountsOptions.Section));
        var accounts = configuration.GetSection(AccountsOptions.Section).Get<AccountsOptions>() ?? new AccountsOptions();

        // Keys live in the database so that several servers (and restarts) share them; never in the repo.
        services.AddDataProtection()
            .SetApplicationName("CoachRegister")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddIdentity<ApplicationUser, ApplicationRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                // ASVS 5.0 6.2: at least 12 characters, no composition rules; the upper limit, common
                // passwords and personal details are checked by PasswordPolicyValidator.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.ProviderName)
            .AddSignInManager<PortalSignInManager>()
            .AddErrorDescriber<LocalisedIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordPolicyValidator>();

        // Reset-password and e-mail links stay valid for a day; a changed password or e-mail ends other
        // sessions within a minute (the security stamp is checked that often, and with it whether the session is
        // still open on the server: see PortalSessions).
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(1));
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = KeepSessionClaims;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.ReturnUrlParameter = "returnUrl";
            HostCookie(o.Cookie, "CoachRegister", accounts.SecureCookies);
            o.ExpireTimeSpan = accounts.IdleTimeout;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateSessionAsync;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            HostCookie(o.Cookie, "CoachRegister-TwoFactor", accounts.SecureCookies);
        });
        services.AddAntiforgery(o =>
        {
            HostCookie(o.Cookie, "Antiforgery", accounts.SecureCookies);
        });
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            HostCookie(o.Cookie, "TempData", accounts.SecureCookies);
        });

        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped<PortalSessions>();
        services.AddSingleton<SessionRevocations>();
        services.AddSingleton<SessionChecks>();
        services.AddSingleton<UnknownAddressLockout>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<WhoMayRegister>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, LoggingAuthorizationResultHandler>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimitPolicy, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptionsMonitor<AccountsOptions>>().CurrentValue.SignInRateLimit;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 });
            });
            o.OnRejected = RenderTooManyAttemptsAsync;
        });
        return services;
    }

    /// <summary>Between authentication and authorization: the sign-in rate limit and the two-factor rule for admins.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        if (app.Environment.IsProduction() && !app.Services.GetRequiredService<IOptions<AccountsOptions>>().Value.SecureCookies)
        {
            throw new InvalidOperationException("Accounts:SecureCookies is false; cookies without Secure are refused in Production.");
        }

        app.UseRateLimiter();
        app.UseMiddleware<TwoFactorEnforcementMiddleware>();
        return app;
    }

    /// <summary>
    /// HttpOnly, SameSite=Lax, Path=/ and, normally, Secure with the __Host- prefix, which makes the browser
    /// insist on Secure, Path=/ and no Domain. Lax rather than Strict so a link from an e-mail opens the portal
    /// signed in; cross-site POSTs still carry no cookie, every POST needs an antiforgery token, and GET never
    /// changes anything (docs/security.md). Over plain HTTP (SecureCookies off) the prefix would make the
    /// browser drop the cookie, so it goes too.
    /// </summary>
    private static void HostCookie(CookieBuilder cookie, string name, bool secure)
    {
        cookie.Name = secure ? "__Host-" + name : name;
        cookie.HttpOnly = true;
        cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.Path = "/";
    }

    /// <summary>
    /// Ends a session that was signed out (here at once, from the memory list; on another server at its next
    /// database check), or has gone past its absolute lifetime however active it was. The database is asked
    /// only when the security stamp is due for its own check, so a request normally costs no query.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountsExtensions));
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessionId = principal?.FindFirstValue(SessionClaims.SessionId);
        if (principal is null || sessionId is null || !Guid.TryParse(userId, out var id) || services.GetRequiredService<SessionRevocations>().IsRevoked(sessionId))
        {
            logger.LogInformation("Session of user {UserId} refused: signed out, or a cookie without a session", userId);
            await RejectAsync(context);
            return;
        }

        var lifetime = services.GetRequiredService<IOptionsMonitor<AccountsOptions>>().CurrentValue.AbsoluteLifetime;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedInAt = SessionClaims.Read(principal, SessionClaims.AuthTime);
        if (signedInAt is null || now - signedInAt.Value > lifetime)
        {
            logger.LogInformation("Session of user {UserId} ended: signed in at {SignedInAt}, absolute lifetime {Lifetime}", userId, signedInAt, lifetime);
            await RejectAsync(context);
            return;
        }

        var interval = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        var due = context.Properties.IssuedUtc is not { } issued || now - issued > interval;
        var checks = services.GetRequiredService<SessionChecks>();
        if (!due || checks.WasCheckedWithin(sessionId, interval))
        {
            return;
        }

        if (!await services.GetRequiredService<PortalSessions>().IsOpenAsync(id, sessionId, context.HttpContext.RequestAborted))
        {
            logger.LogInformation("Session of user {UserId} ended: signed out on another server or everywhere", userId);
            await RejectAsync(context);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is not null)
        {
            checks.Checked(sessionId, interval);
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>
    /// The security-stamp check rebuilds the claims every minute; the session's own stamps must survive it. The
    /// two-factor claim cannot be stale here: turning two-factor sign-in on or off changes the security stamp,
    /// which ends the other sessions instead of refreshing them.
    /// </summary>
    private static Task KeepSessionClaims(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is not null)
        {
            foreach (var claim in context.CurrentPrincipal.Claims.Where(c => c.Type is SessionClaims.AuthTime or SessionClaims.ReauthTime or SessionClaims.SessionId or SessionClaims.TwoFactorEnabled or "amr"))
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value, claim.ValueType));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A 429 with the portal's own page, rendered through MVC so it is in the person's language.</summary>
    private static async ValueTask RenderTooManyAttemptsAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountsExtensions))
            .LogWarning("Rate limit reached on {Path} from {RemoteIp}", http.Request.Path.Value, http.Connection.RemoteIpAddress?.ToString());
        var result = new ViewResult { ViewName = "/Features/Account/Views/TooManyAttempts.cshtml", StatusCode = StatusCodes.Status429TooManyRequests };
        await result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }
}
