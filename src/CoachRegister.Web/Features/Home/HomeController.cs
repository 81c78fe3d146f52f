using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Features.Home;

public class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
