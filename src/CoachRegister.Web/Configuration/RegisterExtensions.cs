using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Features.HrImport;
using CoachRegister.Web.Features.Join;

namespace CoachRegister.Web.Configuration;

public static class RegisterExtensions
{
    /// <summary>Services of the register features: directory, joining, profiles and HR register tools.</summary>
    public static IServiceCollection AddRegister(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.Configure<DirectoryOptions>(configuration.GetSection(DirectoryOptions.Section));
        services.AddScoped<DirectoryService>();
        services.AddScoped<DirectoryQueries>();
        services.AddSingleton<DirectoryCache>();
        services.AddSingleton<DirectoryProjections>();
        services.AddSingleton<DirectoryChangeNotifier>();
        services.ConfigureDbContext<CoachRegister.Data.AppDbContext>((provider, o) => o.AddInterceptors(provider.GetRequiredService<DirectoryChangeNotifier>()));
        services.AddScoped<ApplicationReader>();
        services.AddScoped<RegisterImport>();
        services.AddScoped<Features.HrOrganisations.InvitationEmails>();
        services.AddSingleton<ImportStore>();
        return services;
    }
}
