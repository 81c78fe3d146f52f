using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrCompliance;

public sealed class ExtensionInputValidator : AbstractValidator<ExtensionInput>
{
    public ExtensionInputValidator(IStringLocalizer<ComplianceText> t)
    {
        RuleFor(e => e.Deadline).Required(t, "Choose the deadline to extend");
        RuleFor(e => e.NewDeadline).NotNull().WithMessage(_ => t["Enter the new deadline"]);
        RuleFor(e => e.Reason).Required(t, "Give the reason for the extension: the practitioner will see it");
        RuleFor(e => e.Reason).Paragraphs(ExtensionInput.MaxReasonLength, t, "Reason");
    }
}

public sealed class RulesInputValidator : AbstractValidator<RulesInput>
{
    public RulesInputValidator(IStringLocalizer<ComplianceText> t)
    {
        RuleFor(r => r.YearKind).Answered(t, "Choose how the year is counted");
        RuleFor(r => r.YearStartMonth).Between(1, 12).WithMessage(_ => t["Enter the month the year starts in, from 1 to 12"]);
        RuleFor(r => r.MinimumSessionHours).InclusiveBetween(0m, 24m).WithMessage(_ => t["Enter the shortest session that counts, from 0 to 24 hours"]);
        RuleFor(r => r.PauseAfterDaysOverdue).InclusiveBetween(0, 366).WithMessage(_ => t["Enter the days before a pause, from 0 to 366, or leave it empty"]);
        RuleFor(r => r.DueSoonDays).Between(0, 366).WithMessage(_ => t["Enter the days from 0 to 366"]);
        RuleFor(r => r.ReminderDays).Must(d => SchemeComplianceRules.ParseReminderDays(d) is not null)
            .WithMessage(_ => t["Enter whole days from 0 to 366, separated by commas, such as 60, 30, 7"]);
        RuleFor(r => r.MaxCoachees).Between(1, 50).WithMessage(_ => t["Enter the caseload limit, from 1 to 50"]);
        RuleFor(r => r.MaxCoacheesWhileDeveloping).Must((r, d) => d is >= 1 and <= 50 && d <= r.MaxCoachees).WithMessage(_ => t["Enter the limit while developing, from 1 to the caseload limit"]);
        RuleFor(r => r.Coaches).SetValidator(new RoleMinimumsInputValidator(t));
        RuleFor(r => r.Mentors).SetValidator(new RoleMinimumsInputValidator(t));
    }
}

public sealed class RoleMinimumsInputValidator : AbstractValidator<RoleMinimumsInput>
{
    public RoleMinimumsInputValidator(IStringLocalizer<ComplianceText> t)
    {
        RuleFor(r => r.PracticeHours).InclusiveBetween(0m, 500m).WithMessage(_ => t["Enter a number from 0 to 500"]);
        foreach (var rule in new[] { RuleFor(r => r.SupervisionSessions), RuleFor(r => r.CpdActivities), RuleFor(r => r.PeerSupportSessions), RuleFor(r => r.TrainingWorkshops) })
        {
            rule.InclusiveBetween(0, 52).WithMessage(_ => t["Enter a number from 0 to 52"]);
        }

        RuleFor(r => r.QualificationMonths).InclusiveBetween(1, 120).WithMessage(_ => t["Enter the months, from 1 to 120"]);
        RuleFor(r => r.QualificationMonths).NotNull().When(r => r.QualificationLevel is not null)
            .WithMessage(_ => t["Enter the months within which the qualification must be achieved"]);
    }
}
