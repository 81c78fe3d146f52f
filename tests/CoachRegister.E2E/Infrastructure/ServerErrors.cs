using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CoachRegister.E2E.Infrastructure;

/// <summary>
/// Every response of 500 or over that the portal sent a browser test, or a request that failed without one:
/// a journey can pass on the page it ends at while a request on the way (a PDF, a fetch, a redirect) failed.
/// Recorded outside the portal's own pipeline, so its error page does not hide the failure.
/// </summary>
public sealed class ServerErrors : IStartupFilter
{
    private readonly ConcurrentQueue<string> _seen = new();

    public IReadOnlyCollection<string> Seen => _seen;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, pipeline) =>
        {
            try
            {
                await pipeline(context);
            }
            catch (Exception e)
            {
                _seen.Enqueue($"{context.Request.Method} {context.Request.Path}: {e.GetType().Name}");
                throw;
            }

            if (context.Response.StatusCode >= 500)
            {
                _seen.Enqueue($"{context.Request.Method} {context.Request.Path}: {context.Response.StatusCode}");
            }
        });
        next(app);
    };
}
