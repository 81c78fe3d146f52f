using System.Collections.Concurrent;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CoachRegister.Web.Tests.Shell;

/// <summary>
/// The portal with a known organisation, its log events collected in memory and one path,
/// /test/failure, that throws after the whole pipeline has run, as a broken page would.
/// </summary>
public sealed class ShellPortalFactory : PortalFactory
{
    public const string FailurePath = "/test/failure";
    public const string FailureMessage = "Secret detail that must never reach the browser";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portal:OrganisationName"] = "Test Borough Council",
        ["Portal:OrganisationNameWelsh"] = "Cyngor Bwrdeistref Prawf",
        ["Portal:BrandColour"] = "#123456",
    };

    /// <summary>Every event the portal logs (Serilog reads sinks from the services).</summary>
    public ConcurrentQueue<LogEvent> LogEvents { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, FailingPathFilter>();
            services.AddSingleton<ILogEventSink>(new CollectingSink(LogEvents));
        });
    }

    private sealed class CollectingSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }

    private sealed class FailingPathFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // Runs after the portal's own middleware, where no endpoint matched the path.
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == FailurePath ? throw new InvalidOperationException(FailureMessage) : nextMiddleware(context));
        };
    }
}
