using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Features.Account;

/// <summary>
/// The header's account links: "Your account" and a sign-out button (a POST, with its antiforgery token) for
/// someone signed in, "Sign in" for anyone else. The layout places it with
/// <c>@await Component.InvokeAsync("AccountLinks")</c>.
/// </summary>
public sealed class AccountLinksViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => View(User.Identity?.IsAuthenticated == true);
}
