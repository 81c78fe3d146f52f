using Serilog;

namespace CoachRegister.Web.Configuration;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the "Serilog" section of configuration: console and rolling file by default. The static
    /// Log.Logger is left alone so that each host (several run at once in the tests) logs through its own logger.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
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
