using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Cpd;

public sealed class CpdInputValidator : AbstractValidator<CpdInput>
{
    public CpdInputValidator(IStringLocalizer<ComplianceText> t, TimeProvider time)
    {
        RuleFor(c => c.Kind).Answered(t, "Choose the type of activity");
        RuleFor(c => c.Title).Required(t, "Enter what the activity was");
        RuleFor(c => c.Title).Paragraphs(CpdInput.MaxTitleLength, t, "Activity");
        RuleFor(c => c.Provider).Paragraphs(CpdInput.MaxTitleLength, t, "Provider");
        RuleFor(c => c.Reflection).Paragraphs(CpdInput.MaxReflectionLength, t, "Reflection");
        RuleFor(c => c.Date).NotNull().WithMessage(_ => t["Enter the date of the activity"])
            .Must(d => d <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).WithMessage(_ => t["The date cannot be in the future"]);
        RuleFor(c => c.Hours).Between(0.25m, 200m).WithMessage(_ => t["Enter the hours, from 0.25 to 200"]);
    }
}

public sealed class SupervisionInputValidator : AbstractValidator<SupervisionInput>
{
    public SupervisionInputValidator(IStringLocalizer<ComplianceText> t, TimeProvider time)
    {
        RuleFor(s => s.Kind).Answered(t, "Choose the type of session");
        RuleFor(s => s.SupervisorId).NotNull().When(s => s.Kind is Domain.Development.SupervisionKind.OneToOne or Domain.Development.SupervisionKind.Group)
            .WithMessage(_ => t["Choose who gave the supervision: they confirm it"]);
        RuleFor(s => s.Date).NotNull().WithMessage(_ => t["Enter the date of the session"])
            .Must(d => d <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).WithMessage(_ => t["The date cannot be in the future"]);
        RuleFor(s => s.Hours).Between(0.25m, 24m).WithMessage(_ => t["Enter the hours, from 0.25 to 24"]);
        RuleFor(s => s.Notes).Paragraphs(SupervisionInput.MaxNotesLength, t, "Notes");
    }
}
