using CoachRegister.Data.Identity;
using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>Marks an endpoint a privileged person may reach before setting up two-factor sign-in.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowBeforeTwoFactorAttribute : Attribute;

/// <summary>
/// When Accounts:RequireTwoFactorForPrivilegedRoles is on, an HR or system admin without an authenticator
/// app is sent to the set-up page from everywhere except the endpoints marked [AllowBeforeTwoFactor] and those
/// open to anonymous visitors (the home page, the language switch, the brand style sheet, error pages): such a
/// person gets no more than a visitor who is not signed in, plus setting up the app. On the endpoints open to
/// visitors they are a visitor: the request goes on without their identity, because such an endpoint may still
/// build something personal for whoever is signed in (the home page showed HR's queues and the outbox to an
/// admin who had only entered a password). Runs after routing and authentication so it sees the endpoint and
/// the user; static files never reach it.
/// </summary>
public sealed class TwoFactorEnforcementMiddleware(RequestDelegate next, IOptionsMonitor<AccountsOptions> options, ILogger<TwoFactorEnforcementMiddleware> logger)
{
    public const string SetUpPath = "/account/two-factor/set-up";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (!options.CurrentValue.RequireTwoFactorForPrivilegedRoles
            || user.Identity?.IsAuthenticated != true
            || user.FindFirst(SessionClaims.TwoFactorEnabled)?.Value == "true"
            || !Roles.Privileged.Any(user.IsInRole))
        {
            return next(context);
        }

        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<AllowBeforeTwoFactorAttribute>() is not null)
        {
            return next(context);
        }

        if (metadata?.GetMetadata<IAllowAnonymous>() is not null)
        {
            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            return next(context);
        }

        logger.LogWarning("Privileged user {UserId} without two-factor sign-in was sent to set it up instead of {Path}",
            user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, context.Request.Path.Value);
        context.Response.Redirect(SetUpPath);
        return Task.CompletedTask;
    }
}
