using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Features.Errors;

public sealed record ServerErrorViewModel(string Reference);

/// <summary>
/// Friendly error pages, shown in place of the page that failed (UseExceptionHandler and
/// UseStatusCodePagesWithReExecute re-run the request here with its own method, so every method is accepted and a
/// failed POST is not refused again for its antiforgery token). They never show exception details.
/// </summary>
/// <remarks>
/// The actions take no parameters: a re-run request still carries the original body, and model binding would
/// read it again. When that body is what failed (too large, a NUL byte), binding gave up and left the status
/// code 0, which showed "Page not found" for every refused form. The code is read from the route instead.
/// </remarks>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class ErrorsController : Controller
{
    [Route("/error")]
    public IActionResult ServerError()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError", new ServerErrorViewModel(HttpContext.TraceIdentifier));
    }

    [Route("/error/{statusCode:int}")]
    public IActionResult Status()
    {
        var statusCode = int.TryParse(RouteData.Values["statusCode"]?.ToString(), out var code) && code is >= 400 and <= 599
            ? code
            : StatusCodes.Status404NotFound;

        Response.StatusCode = statusCode;
        return statusCode switch
        {
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status403Forbidden => View("Forbidden"),
            StatusCodes.Status413PayloadTooLarge => View(UnreadableFormFilter.TooLargeView, new RequestTooLargeViewModel(null)),
            >= 500 => View("ServerError", new ServerErrorViewModel(HttpContext.TraceIdentifier)),
            _ => View("BadRequest"),
        };
    }
}
