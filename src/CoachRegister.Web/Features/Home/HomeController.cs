using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Features.Home;

[AllowAnonymous]
public class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
