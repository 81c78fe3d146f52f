using CoachRegister.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Configuration;

public static class EmailExtensions
{
    /// <summary>
    /// The outbox (queue mail in the caller's transaction), the renderer of e-mail templates, and the dispatcher
    /// that sends the outbox through SMTP, or to the pickup folder when no SMTP host is configured.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(EmailOptions.Section);
        services.AddOptions<EmailOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            // The pickup folder keeps every message readable on the admin mail page, password-reset links
            // included: fine on a developer's machine, never where real people's accounts are.
            .Validate(
                o => !environment.IsProduction() || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                "Email:Smtp:Host must be set in Production: the pickup folder is for development only.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<MailTransport>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<PickupMailbox>();
        services.AddScoped<EmailTemplateRenderer>();
        services.AddScoped<EmailOutbox>();

        if (section.GetValue(nameof(EmailOptions.DispatcherEnabled), defaultValue: true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        }

        return services;
    }
}
