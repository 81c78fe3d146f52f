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
/// open to anonymous visitors (the language switch, the brand style sheet, error pages): such a person gets no
/// more than a visitor who is not signed in, plus setting up the app. Runs after routing and authentication so
/// it sees the endpoint and the user; static files never reach it.
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
            || !Roles.Privileged.Any(user.IsInRole)
            || context.GetEndpoint()?.Metadata is { } metadata
                && (metadata.GetMetadata<AllowBeforeTwoFactorAttribute>() is not null || metadata.GetMetadata<IAllowAnonymous>() is not null))
        {
            return next(context);
        }

        logger.LogWarning("Privileged user {UserId} without two-factor sign-in was sent to set it up instead of {Path}",
            user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, context.Request.Path.Value);
        context.Response.Redirect(SetUpPath);
        return Task.CompletedTask;
    }
}
