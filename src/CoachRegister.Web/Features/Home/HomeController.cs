using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Features.Home;

[AllowAnonymous]
public class HomeController(HomeDashboardService dashboards) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await dashboards.GetAsync(User, ct));
}
