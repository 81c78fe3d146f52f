using CoachRegister.Web.Features.Errors;
using CoachRegister.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CoachRegister.Web.Configuration;

public static class HttpExtensions
{
    /// <summary>
    /// The most an ordinary form may carry. The longest text field takes a few thousand characters; uploads
    /// raise the limits for their own action with [RequestSizeLimit] and [RequestFormLimits].
    /// </summary>
    public const int FormLimitBytes = 1024 * 1024;

    /// <summary>Kestrel and form limits, and the pages that explain a body the portal will not read.</summary>
    public static IServiceCollection AddPortalHttp(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o =>
        {
            // "Server: Kestrel" tells an attacker which server to look up vulnerabilities for, and nobody else anything.
            o.AddServerHeader = false;
            o.Limits.MaxRequestBodySize = FormLimitBytes;
        });
        services.Configure<FormOptions>(o => o.ValueLengthLimit = FormLimitBytes);
        services.Configure<MvcOptions>(o => o.Filters.Add<UnreadableFormFilter>());
        return services;
    }

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.UseMiddleware<CorrelationIdMiddleware>();

    /// <summary>CSP, nosniff, referrer and permissions policies on every response (HSTS is UseHsts's job).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>Call after UseStaticFiles: static files keep their normal caching.</summary>
    public static IApplicationBuilder UseNoStoreForDynamicResponses(this IApplicationBuilder app) =>
        app.UseMiddleware<NoStoreMiddleware>();
}
