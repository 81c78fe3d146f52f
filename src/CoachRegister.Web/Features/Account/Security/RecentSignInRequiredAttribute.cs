using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>
/// Sensitive settings (e-mail address, two-factor sign-in) need the password entered within the last few
/// minutes, so a session left open on a shared computer cannot take over the account.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RecentSignInRequiredAttribute : Attribute, IAsyncAuthorizationFilter
{
    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }

        var window = http.RequestServices.GetRequiredService<IOptions<AccountsOptions>>().Value.ReauthenticationWindow;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var last = SessionClaims.LastPasswordEntry(http.User);
        if (last is null || now - last.Value > window)
        {
            context.Result = new RedirectToActionResult("Reauthenticate", "Account", new { returnUrl = http.Request.Path.Value });
        }

        return Task.CompletedTask;
    }
}
