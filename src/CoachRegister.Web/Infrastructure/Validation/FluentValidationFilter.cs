using CoachRegister.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Infrastructure.Validation;

/// <summary>
/// Runs the FluentValidation validator of every bound action argument (sync and async rules alike) and
/// copies its errors into ModelState, so actions only check ModelState.IsValid. Replaces the deprecated
/// FluentValidation.AspNetCore auto-validation (see docs/adr). A value that could not even be bound (a
/// choice that is not one of the options) gets the validator's message for the field where there is one,
/// and otherwise a plain message in the person's language, never the framework's English.
/// </summary>
public sealed class FluentValidationFilter(IServiceProvider services, IStringLocalizer<SharedText> t) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var unbound = context.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        var validated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null)
            {
                continue;
            }

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                if (validated.Add(error.PropertyName) && unbound.Contains(error.PropertyName))
                {
                    context.ModelState[error.PropertyName]!.Errors.Clear();
                }

                context.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }
        }

        foreach (var key in unbound.Where(k => !validated.Contains(k)))
        {
            var errors = context.ModelState[key]!.Errors;
            errors.Clear();
            errors.Add(t["Select or enter a valid answer"]);
        }

        await next();
    }
}
