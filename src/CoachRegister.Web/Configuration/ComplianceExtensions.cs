using CoachRegister.Web.Features.Compliance;

namespace CoachRegister.Web.Configuration;

public static class ComplianceExtensions
{
    /// <summary>CPD, supervision and compliance: the set-based evaluation, evidence files and the nightly job.</summary>
    public static IServiceCollection AddCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ComplianceEvaluation>();
        return services;
    }
}
