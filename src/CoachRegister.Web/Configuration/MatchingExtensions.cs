using Microsoft.Extensions.DependencyInjection.Extensions;
using CoachRegister.Web.Features.HrMatching;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Features.Proposals;
using CoachRegister.Web.Infrastructure.Jobs;

namespace CoachRegister.Web.Configuration;

public static class MatchingExtensions
{
    /// <summary>Services of asking for a coach or mentor and of matching, and the job that keeps proposals' deadlines.</summary>
    public static IServiceCollection AddMatching(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MatchingOptions.Section);
        services.Configure<MatchingOptions>(section);
        services.AddScoped<MatchingFacts>();
        services.AddScoped<RequestReader>();
        services.AddScoped<MatchingMail>();
        services.AddScoped<Matchmaker>();
        services.AddScoped<WaitlistWatch>();
        services.AddScoped<MatchingHomePanels>();
        services.AddScoped<CohortPlanner>();
        services.AddScoped<SuggestionPageReader>();
        services.TryAddScoped<JobLeases>();
        services.AddScoped<ProposalDeadlines>();
        if (section.GetValue(nameof(MatchingOptions.DeadlineJobEnabled), defaultValue: true))
        {
            services.AddHostedService<ProposalDeadlineService>();
        }

        return services;
    }
}
