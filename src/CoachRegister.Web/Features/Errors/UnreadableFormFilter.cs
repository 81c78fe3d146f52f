using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CoachRegister.Web.Features.Errors;

/// <summary>The most the page that refused a body takes, in whole megabytes, when the endpoint says.</summary>
public sealed record RequestTooLargeViewModel(long? LimitMegabytes);

/// <summary>
/// Reads a posted form before the antiforgery check does. That check reads the form too, but when the body
/// cannot be read (larger than the endpoint's limit, or a field with a NUL byte) it answers a bare 400 with no
/// reason. Here such a body gets a page that says what was wrong: 413 for a body over a limit, 400 for
/// characters the form reader refuses. Nothing of the body reaches the action.
/// </summary>
public sealed class UnreadableFormFilter(ILogger<UnreadableFormFilter> logger) : IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string TooLargeView = "RequestTooLarge";
    public const string InvalidCharactersView = "InvalidCharacters";

    /// <summary>After [RequestSizeLimit] and [RequestFormLimits] (900), whose limits the read must obey; before antiforgery (1000).</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        // The error pages read no form, and one shown for another failure keeps its own message whatever the body held.
        if (!http.Request.HasFormContentType || context.Result is not null
            || context.ActionDescriptor is ControllerActionDescriptor { ControllerTypeInfo: var controller } && controller == typeof(ErrorsController))
        {
            return;
        }

        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = TooLarge(context, e);
        }
        catch (InvalidDataException e) when (e.InnerException is InvalidOperationException)
        {
            // The form decoder refuses a decoded NUL character ("%00") this way; nothing else wraps that exception.
            logger.LogWarning(e, "Form posted to {Path} refused: it contains characters the form reader does not accept", http.Request.Path.Value);
            context.Result = Page(context, InvalidCharactersView, StatusCodes.Status400BadRequest, model: null);
        }
        catch (InvalidDataException e)
        {
            // Every other InvalidDataException of the form reader is one of its limits: body, value, key or count.
            context.Result = TooLarge(context, e);
        }
        catch (IOException e) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning(e, "Form posted to {Path} could not be read", http.Request.Path.Value);
            context.Result = Page(context, "BadRequest", StatusCodes.Status400BadRequest, model: null);
        }
    }

    private ViewResult TooLarge(AuthorizationFilterContext context, Exception e)
    {
        // Only an upload declares its own limit; an ordinary form is refused by the general form limits.
        var limit = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        logger.LogWarning(e, "Body posted to {Path} refused as too large (endpoint limit {Limit} bytes)", context.HttpContext.Request.Path.Value, limit);
        var megabytes = limit / (1024 * 1024);
        return Page(context, TooLargeView, StatusCodes.Status413PayloadTooLarge, new RequestTooLargeViewModel(megabytes > 0 ? megabytes : null));
    }

    private static ViewResult Page(AuthorizationFilterContext context, string view, int statusCode, object? model) => new()
    {
        ViewName = $"/Features/Errors/Views/{view}.cshtml",
        StatusCode = statusCode,
        ViewData = new ViewDataDictionary(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), context.ModelState) { Model = model },
    };
}
