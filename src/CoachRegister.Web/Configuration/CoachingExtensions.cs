using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Calendar;
using CoachRegister.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachRegister.Web.Configuration;

public static class CoachingExtensions
{
    /// <summary>Services of the coaching features: partnerships, their pages and e-mails, calendar invites and reminders.</summary>
    public static IServiceCollection AddCoaching(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(CoachingOptions.Section);
        services.AddOptions<CoachingOptions>().Bind(section).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Coaching:TimeZone is not a time zone this server knows.")
            .ValidateOnStart();
        services.AddSingleton<SchemeClock>();
        services.AddScoped<Partnerships>();
        services.AddScoped<Features.Agreements.Wordings>();
        services.AddScoped<RelationshipPageService>();
        services.AddScoped<PartnershipEvents>();
        services.AddScoped<CoachingMail>();
        services.TryAddScoped<JobLeases>();
        services.AddScoped<CoachingReminders>();
        if (section.GetValue(nameof(CoachingOptions.RemindersEnabled), defaultValue: true))
        {
            services.AddHostedService<CoachingReminderService>();
        }

        return services;
    }
}
