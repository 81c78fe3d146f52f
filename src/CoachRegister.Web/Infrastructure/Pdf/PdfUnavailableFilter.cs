using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CoachRegister.Web.Infrastructure.Pdf;

/// <summary>
/// Shows a page instead of the PDF a person asked for when it cannot be made: why, in their language, and what
/// to do (try again, or install a browser on the server). 503, since each cause passes or can be fixed on the
/// server; a busy printer says when to try again.
/// </summary>
public sealed class PdfUnavailableFilter(IModelMetadataProvider metadataProvider, ILogger<PdfUnavailableFilter> logger) : IExceptionFilter
{
    public const string ViewPath = "/Infrastructure/Pdf/Views/PdfUnavailable.cshtml";

    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not PdfUnavailableException unavailable)
        {
            return;
        }

        if (unavailable.Reason is PdfUnavailableReason.Busy)
        {
            logger.LogWarning(unavailable, "A PDF was refused: {Reason}.", unavailable.Reason);
            context.HttpContext.Response.Headers.RetryAfter = RetryAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            logger.LogError(unavailable, "A PDF could not be made: {Reason}.", unavailable.Reason);
        }

        context.Result = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ViewData = new ViewDataDictionary<PdfUnavailableReason>(metadataProvider, new ModelStateDictionary())
            {
                Model = unavailable.Reason,
            },
        };
        context.ExceptionHandled = true;
    }
}
