using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Infrastructure.Concurrency;

/// <summary>
/// A change that lost a race with another change of the same record and was not retried: the person is told
/// (409, Views/Shared/Conflict.cshtml) and nothing of their request is saved, instead of a server error.
/// </summary>
public sealed class ConflictFilter(ILogger<ConflictFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not DbUpdateException exception || !ConcurrentWrites.IsConflict(exception))
        {
            return;
        }

        logger.LogWarning("A change to {Path} conflicted with another change of the same record and was not saved", context.HttpContext.Request.Path);
        context.Result = new ViewResult { ViewName = "~/Views/Shared/Conflict.cshtml", StatusCode = StatusCodes.Status409Conflict };
        context.ExceptionHandled = true;
    }
}
