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
}
