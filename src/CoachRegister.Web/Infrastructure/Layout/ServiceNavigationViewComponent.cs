using CoachRegister.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Infrastructure.Layout;

public sealed record ServiceNavigationLink(string Text, string Href, bool IsCurrent);

public sealed record ServiceNavigationViewModel(IReadOnlyList<ServiceNavigationLink> Links);

/// <summary>The service name and the links of <see cref="PortalNavigation"/> that the signed-in person may use.</summary>
public sealed class ServiceNavigationViewComponent(IStringLocalizer<SharedText> text) : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        var links = PortalNavigation.Items
            .Where(item => item.IsVisibleTo(HttpContext.User))
            .Select(item => new ServiceNavigationLink(text[item.Text], Url.Content("~" + item.Path), item.IsCurrent(HttpContext.Request.Path)))
            .ToList();
        return View(new ServiceNavigationViewModel(links));
    }
}
