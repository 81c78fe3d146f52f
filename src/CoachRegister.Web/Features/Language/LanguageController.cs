using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Features.Language;

[AllowAnonymous]
public class LanguageController(TimeProvider time) : Controller
{
    /// <summary>
    /// Remembers the chosen language in a cookie and goes back to the page, which must be on this site. A link
    /// (GET), as GOV.UK services switch language: it changes only the visitor's own preference, which anyone may
    /// set, so it needs no antiforgery token and gives a page no form to carry; the return address is checked, so
    /// it is no open redirect.
    /// </summary>
    [HttpGet("/language")]
    public IActionResult Switch(string? culture, string? returnUrl)
    {
        var supported = MvcExtensions.SupportedCultures.FirstOrDefault(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase));
        if (supported is not null)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported)),
                new CookieOptions
                {
                    Expires = time.GetUtcNow().AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    Secure = Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                    Path = "/",
                });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }
}
