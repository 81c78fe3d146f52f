using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrApplications;

public sealed class InterviewInputValidator : AbstractValidator<InterviewInput>
{
    public InterviewInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(i => i.Day).Must((i, _) => FormRules.ParseDate(i.Day, i.Month, i.Year) is not null)
            .WithMessage(_ => t["Enter the date of the interview as a real date, like 14 3 2026"]);
        RuleFor(i => i.Outcome).Must(o => o is InterviewOutcome.Passed or InterviewOutcome.NotPassed).WithMessage(_ => t["Select whether the interview was passed"]);
        RuleFor(i => i.Notes).Paragraphs(InterviewInput.MaxNotesLength, t, "Notes");
    }
}

public sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(d => d.Decision).Answered(t, "Select accept or decline");
        RuleFor(d => d.StartDay).Must((d, _) => FormRules.ParseDate(d.StartDay, d.StartMonth, d.StartYear) is not null)
            .When(d => d.Decision == HrDecision.Accept).WithMessage(_ => t["Enter the expected start date as a real date, like 1 9 2026"]);
        RuleFor(d => d.Reason).Required(t, "Give the reason for declining: the applicant will see it").When(d => d.Decision == HrDecision.Decline);
        RuleFor(d => d.Reason).Paragraphs(DecisionInput.MaxReasonLength, t, "Reason");
    }
}
