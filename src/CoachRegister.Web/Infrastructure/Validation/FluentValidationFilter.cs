using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CoachRegister.Web.Infrastructure.Validation;

/// <summary>
/// Runs the FluentValidation validator of every bound action argument (sync and async rules alike) and
/// copies its errors into ModelState, so actions only check ModelState.IsValid. Replaces the deprecated
/// FluentValidation.AspNetCore auto-validation (see docs/adr).
/// </summary>
public sealed class FluentValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
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
                context.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }
        }

        await next();
    }
}
