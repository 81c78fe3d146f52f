namespace CoachRegister.Web.Infrastructure.Http;

/// <summary>
/// Pages show personal and confidential data, so no browser or proxy may keep a copy. Placed after the static
/// file middleware, it sees dynamic responses only; an endpoint that is safe to cache (/brand.css) sets its own
/// Cache-Control, which is kept.
/// </summary>
public sealed class NoStoreMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
