using CoachRegister.Web.Features.Directory;

namespace CoachRegister.Web.Configuration;

public static class RegisterExtensions
{
    /// <summary>Services of the register features: directory, joining, profiles and HR register tools.</summary>
    public static IServiceCollection AddRegister(this IServiceCollection services)
    {
        services.AddScoped<DirectoryService>();
        return services;
    }
}
