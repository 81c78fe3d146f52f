using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.DevelopmentPlan;

public sealed class PlanItemInputValidator : AbstractValidator<PlanItemInput>
{
    public PlanItemInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.Date).NotNull().WithMessage(_ => t["Enter the date"]);
        RuleFor(i => i.Topic).Required(t, "Enter the topic or goal for development").Paragraphs(PlanItemInput.MaxTopic, t, "Topic or goal for development").When(i => !i.IsReviewEntry);
        RuleFor(i => i.Outcome).Required(t, "Enter your review and reflection").When(i => i.IsReviewEntry);
        RuleFor(i => i.Outcome).Paragraphs(PlanItemInput.MaxText, t, "Outcome");
        RuleFor(i => i.Actions).Paragraphs(PlanItemInput.MaxText, t, "Actions, options and the way forward");
        RuleFor(i => i.CompleteBy).GreaterThanOrEqualTo(i => i.Date).When(i => i.Date is not null && i.CompleteBy is not null).WithMessage(_ => t["The date to complete must be on or after the date"]);
        RuleFor(i => i.Rag).Answered(t, "Select red, amber or green");
    }
}
