using CoachRegister.Data.Identity;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CoachRegister.Web.Configuration;

public static class AuthorizationExtensions
{
    public const string HrAdminPolicy = "HrAdmin";
    public const string SystemAdminPolicy = "SystemAdmin";
    public const string PractitionerPolicy = "Practitioner";

    /// <summary>
    /// Role policies and the record handler. Every controller endpoint needs a signed-in user unless it
    /// says [AllowAnonymous] (see <see cref="MvcExtensions.UsePortal"/>), so a page added without thought is
    /// closed, not open. Records are then checked one by one with <see cref="RecordAccessHandler"/>.
    /// </summary>
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>, PortalClaimsPrincipalFactory>();
        services.AddSingleton<IAuthorizationHandler, RecordAccessHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(HrAdminPolicy, p => p.RequireRole(Roles.HrAdmin))
            .AddPolicy(SystemAdminPolicy, p => p.RequireRole(Roles.SystemAdmin))
            .AddPolicy(PractitionerPolicy, p => p.RequireRole(Roles.Coach, Roles.Mentor, Roles.Supervisor));
        return services;
    }
}
