using Serilog;

namespace CoachRegister.Web.Configuration;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the "Serilog" section of configuration: console and rolling file by default. The static
    /// Log.Logger is left alone so that each host (several run at once in the tests) logs through its own logger.
    /// </summary>
    /// <remarks>
    /// The sinks of configuration (console, file) are written by a background worker (Serilog.Sinks.Async), so a
    /// request that logs at Information never waits for the console or the disk; the levels are applied before
    /// an event is queued. Sinks registered as services (the tests' collector) stay synchronous.
    /// </remarks>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        var serilog = builder.Configuration.GetSection("Serilog");
        var levels = new ConfigurationBuilder()
            .AddInMemoryCollection(serilog.AsEnumerable().Where(kv => !kv.Key.StartsWith("Serilog:WriteTo", StringComparison.OrdinalIgnoreCase)))
            .Build();
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(levels)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Async(sinks => sinks.Logger(configured => configured.ReadFrom.Configuration(builder.Configuration)), bufferSize: 10_000),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One event per request (method, path, status, time), carrying the correlation id from LogContext. It is
    /// written to this host's logger: left alone, the middleware uses the process-wide static Log.Logger, which
    /// belongs to whichever host set it last when several run in one process (as in the tests).
    /// </summary>
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o => o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>());
}
