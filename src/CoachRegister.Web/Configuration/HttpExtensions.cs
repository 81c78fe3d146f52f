using CoachRegister.Web.Infrastructure.Http;

namespace CoachRegister.Web.Configuration;

public static class HttpExtensions
{
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.UseMiddleware<CorrelationIdMiddleware>();

    /// <summary>CSP, nosniff, referrer and permissions policies on every response (HSTS is UseHsts's job).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>Call after UseStaticFiles: static files keep their normal caching.</summary>
    public static IApplicationBuilder UseNoStoreForDynamicResponses(this IApplicationBuilder app) =>
        app.UseMiddleware<NoStoreMiddleware>();
}
