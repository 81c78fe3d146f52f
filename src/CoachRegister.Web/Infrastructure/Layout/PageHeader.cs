using System.Globalization;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Infrastructure.Layout;

public sealed record ServiceNavigationLink(string Text, string Href, bool IsCurrent);

/// <summary>A language of the switch: <see cref="Href"/> is null for the page's own language.</summary>
public sealed record LanguageLink(string Language, string NativeName, string? Href);

/// <summary>
/// What the layout's header shows for a request: the service navigation and the language switch. Plain
/// functions of the request, written by the layout itself, so a page pays for no view component, view lookup
/// or form of its own to draw them.
/// </summary>
public static class PageHeader
{
    /// <summary>The links of <see cref="PortalNavigation"/> that the signed-in person may use.</summary>
    public static IReadOnlyList<ServiceNavigationLink> NavigationFor(HttpContext context, IStringLocalizer<SharedText> text)
    {
        var links = new List<ServiceNavigationLink>();
        foreach (var item in PortalNavigation.Items)
        {
            if (item.IsVisibleTo(context.User))
            {
                links.Add(new ServiceNavigationLink(text[item.Text], context.Request.PathBase + item.Path, item.IsCurrent(context.Request.Path)));
            }
        }

        return links;
    }

    /// <summary>
    /// English | Cymraeg. Each language that is not current is a link to <c>GET /language</c>, which sets the
    /// language cookie and brings the person back to the page they were on.
    /// </summary>
    public static IReadOnlyList<LanguageLink> LanguagesFor(HttpContext context)
    {
        var current = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var returnUrl = ReturnUrl(context);
        var languages = new List<LanguageLink>(MvcExtensions.SupportedCultures.Length);
        foreach (var culture in MvcExtensions.SupportedCultures)
        {
            var language = culture.TwoLetterISOLanguageName;
            var href = language == current
                ? null
                : context.Request.PathBase + "/language" + QueryString.Create([new KeyValuePair<string, string?>("culture", culture.Name), new KeyValuePair<string, string?>("returnUrl", returnUrl)]);
            languages.Add(new LanguageLink(language, language == "cy" ? "Cymraeg" : "English", href));
        }

        return languages;
    }

    /// <summary>The page as the person asked for it: an error page shown in place of a page keeps its address.</summary>
    private static string ReturnUrl(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return reExecuted.OriginalPathBase + reExecuted.OriginalPath + reExecuted.OriginalQueryString;
        }

        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            return request.PathBase + failed.Path;
        }

        return request.PathBase + request.Path + request.QueryString;
    }
}
