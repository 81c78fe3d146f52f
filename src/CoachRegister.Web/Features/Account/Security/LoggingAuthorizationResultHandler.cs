using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>Logs every refused authorization (who, where, which requirement) and then responds as the default does.</summary>
public sealed class LoggingAuthorizationResultHandler(ILogger<LoggingAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.Select(r => r.ToString()) ?? [];
            logger.LogWarning("Authorization refused ({Outcome}) for user {UserId} on {Method} {Path}; failed requirements: {Requirements}",
                authorizeResult.Forbidden ? "forbidden" : "challenged",
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
                context.Request.Method,
                context.Request.Path.Value,
                string.Join("; ", failed));
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
