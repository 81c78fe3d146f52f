using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Features.Account.Security;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Account;

/// <summary>
/// The account screens: sign in and out, registration, e-mail confirmation, passwords, two-factor sign-in.
/// Split by flow over several files. Messages never say whether an address has an account.
/// </summary>
[Authorize]
[Route("account")]
public partial class AccountController(
    UserManager<ApplicationUser> users,
    PortalSignInManager signIn,
    AppDbContext db,
    AccountEmails emails,
    PortalSessions sessions,
    UnknownAddressLockout unknownAddresses,
    WhoMayRegister whoMayRegister,
    IStringLocalizer<AccountText> t,
    IOptionsMonitor<AccountsOptions> options,
    TimeProvider time,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        var person = await db.People.FindAsync(user.PersonId);
        return View(new AccountOverviewViewModel
        {
            Email = user.Email ?? string.Empty,
            Name = person?.FullName ?? string.Empty,
            TwoFactorEnabled = user.TwoFactorEnabled,
            Roles = [.. await users.GetRolesAsync(user)],
            AdministeredSchemes = await db.SchemeAdministrators.Where(a => a.PersonId == user.PersonId)
                .OrderBy(a => a.Scheme!.Name).Select(a => a.Scheme!.Name).ToListAsync(),
        });
    }

    [AllowAnonymous]
    [AllowBeforeTwoFactor]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task<ApplicationUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private void Status(string message) => TempData.Success(message);

    private IActionResult RedirectToLocal(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Home.HomeController.Index), "Home");

    private static string Language() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "cy" ? "cy" : "en";

    private void AddErrors(IdentityResult result, string key)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(key, error.Description);
        }
    }
}
