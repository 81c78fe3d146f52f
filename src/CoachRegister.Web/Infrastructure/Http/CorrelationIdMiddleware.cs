using System.Text.RegularExpressions;
using Serilog.Context;

namespace CoachRegister.Web.Infrastructure.Http;

/// <summary>
/// Gives every request a correlation id: the caller's X-Correlation-ID when it is a short, plain token (a proxy
/// or another service may have logged it already), a new one otherwise. It is echoed in the response, becomes the
/// request's TraceIdentifier (so error pages can quote it) and is on every log event written for the request.
/// </summary>
public sealed partial class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[HeaderName] is [{ } supplied] && SaneId().IsMatch(supplied)
            ? supplied
            : Guid.NewGuid().ToString("N");

        context.TraceIdentifier = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });

        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }

    // Anything else (long values, spaces, control characters) could forge or break log lines.
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex SaneId();
}
