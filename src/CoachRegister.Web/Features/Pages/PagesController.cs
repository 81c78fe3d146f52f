using System.Globalization;
using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Pages;

[AllowAnonymous]
public class PagesController(
    IOptionsMonitor<CookieAuthenticationOptions> cookieOptions,
    IOptions<AntiforgeryOptions> antiforgeryOptions,
    IOptions<CookieTempDataProviderOptions> tempDataOptions,
    IOptions<PortalOptions> portalOptions) : Controller
{
    /// <summary>The names come from the options that set the cookies, so the page stays true if they change.</summary>
    [HttpGet("/cookies")]
    public IActionResult Cookies() => View(new CookiesViewModel(
    [
        new(cookieOptions.Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? "", "Keeps you signed in as you move from page to page.", "When you sign out, or after a time without activity"),
        new(cookieOptions.Get(IdentityConstants.TwoFactorUserIdScheme).Cookie.Name ?? "", "Remembers who you are between entering your password and your security code, if you sign in with a second factor.", "After 5 minutes"),
        new(antiforgeryOptions.Value.Cookie.Name ?? "", "Stops other websites sending the forms you fill in here.", "When you close your browser"),
        new(tempDataOptions.Value.Cookie.Name ?? "", "Shows a message once, on the next page, after you change something (for example \"Your profile has been saved\").", "When you close your browser"),
        new(CookieRequestCultureProvider.DefaultCookieName, "Remembers whether you chose English or Welsh.", "After 1 year"),
    ]));

    [HttpGet("/accessibility")]
    public IActionResult Accessibility() => View(new AccessibilityViewModel(
        portalOptions.Value.OrganisationNameFor(CultureInfo.CurrentUICulture),
        portalOptions.Value.AccessibilityContactEmail,
        portalOptions.Value.AccessibilityContactTelephone));
}
