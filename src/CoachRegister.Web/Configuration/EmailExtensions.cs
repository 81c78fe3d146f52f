using CoachRegister.Web.Infrastructure.Email;

namespace CoachRegister.Web.Configuration;

public static class EmailExtensions
{
    /// <summary>The outbox (queue mail in the caller's transaction) and the renderer of e-mail templates.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<EmailTemplateRenderer>();
        services.AddScoped<EmailOutbox>();
        return services;
    }
}
