using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Features.Errors;

public sealed record ServerErrorViewModel(string Reference);

/// <summary>
/// Friendly error pages, shown in place of the page that failed (UseExceptionHandler and
/// UseStatusCodePagesWithReExecute re-run the request here with its own method, so every method is accepted and a
/// failed POST is not refused again for its antiforgery token). They never show exception details.
/// </summary>
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
    public IActionResult Status(int statusCode)
    {
        if (statusCode is < 400 or > 599)
        {
            statusCode = StatusCodes.Status404NotFound;
        }

        Response.StatusCode = statusCode;
        return statusCode switch
        {
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status403Forbidden => View("Forbidden"),
            >= 500 => View("ServerError", new ServerErrorViewModel(HttpContext.TraceIdentifier)),
            _ => View("BadRequest"),
        };
    }
}
