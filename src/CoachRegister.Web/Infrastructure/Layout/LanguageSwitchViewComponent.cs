using System.Globalization;
using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Infrastructure.Layout;

public sealed record LanguageOption(string Culture, string Language, string NativeName, bool IsCurrent);

public sealed record LanguageSwitchViewModel(IReadOnlyList<LanguageOption> Languages, string ReturnUrl);

/// <summary>
/// English | Cymraeg on every page. Each language that is not current is a small POST form (it sets a cookie)
/// that brings the person back to the page they were on.
/// </summary>
public sealed class LanguageSwitchViewComponent : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        var current = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var languages = MvcExtensions.SupportedCultures
            .Select(c => new LanguageOption(c.Name, c.TwoLetterISOLanguageName, NativeName(c), c.TwoLetterISOLanguageName == current))
            .ToList();
        return View(new LanguageSwitchViewModel(languages, ReturnUrl()));
    }

    private static string NativeName(CultureInfo culture) => culture.TwoLetterISOLanguageName == "cy" ? "Cymraeg" : "English";

    /// <summary>The page as the person asked for it: an error page shown in place of a page keeps its address.</summary>
    private string ReturnUrl()
    {
        var request = HttpContext.Request;
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return reExecuted.OriginalPathBase + reExecuted.OriginalPath + reExecuted.OriginalQueryString;
        }

        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            return request.PathBase + failed.Path;
        }

        return request.PathBase + request.Path + request.QueryString;
    }
}
