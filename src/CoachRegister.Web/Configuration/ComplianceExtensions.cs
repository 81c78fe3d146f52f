using Microsoft.Extensions.DependencyInjection.Extensions;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Infrastructure.Jobs;

namespace CoachRegister.Web.Configuration;

public static class ComplianceExtensions
{
    /// <summary>CPD, supervision and compliance: the set-based evaluation, evidence files and the nightly job.</summary>
    public static IServiceCollection AddCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ComplianceOptions.Section);
        services.Configure<ComplianceOptions>(section);
        services.AddScoped<ComplianceEvaluation>();
        services.AddScoped<DevelopmentRecords>();
        services.AddSingleton<EvidenceFiles>();
        services.AddScoped<ComplianceMail>();
        services.AddScoped<ComplianceJob>();
        services.TryAddScoped<JobLeases>();
        services.AddSingleton<ComplianceJobRunner>();
        if (section.GetValue(nameof(ComplianceOptions.NightlyJobEnabled), defaultValue: true))
        {
            services.AddHostedService(s => s.GetRequiredService<ComplianceJobRunner>());
        }

        return services;
    }
}
