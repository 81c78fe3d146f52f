using CoachRegister.Web.Features.Directory;
using CoachRegister.Web.Features.Join;

namespace CoachRegister.Web.Configuration;

public static class RegisterExtensions
{
    /// <summary>Services of the register features: directory, joining, profiles and HR register tools.</summary>
    public static IServiceCollection AddRegister(this IServiceCollection services)
    {
        services.AddScoped<DirectoryService>();
        services.AddScoped<ApplicationReader>();
        return services;
    }
}
