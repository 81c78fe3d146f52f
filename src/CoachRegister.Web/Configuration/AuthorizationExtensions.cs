using CoachRegister.Data.Identity;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CoachRegister.Web.Configuration;

public static class AuthorizationExtensions
{
    /// <summary>
    /// The person-id claim and the record handler. Every controller endpoint needs a signed-in user unless it
    /// says [AllowAnonymous] (see <see cref="MvcExtensions.UsePortal"/>), so a page added without thought is
    /// closed, not open. Records are then checked one by one with <see cref="PortalAccess"/>, which asks
    /// <see cref="RecordAccessHandler"/> and through it the domain's access policy.
    /// </summary>
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>, PortalClaimsPrincipalFactory>();
        services.AddHttpContextAccessor();
        services.AddScoped<Askers>();
        services.AddScoped<IAuthorizationHandler, RecordAccessHandler>();
        services.AddScoped<PortalAccess>();
        services.AddAuthorization();
        return services;
    }
}
