using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrApplications;

public sealed class InterviewInputValidator : AbstractValidator<InterviewInput>
{
    public InterviewInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(i => i.Day).Must((i, _) => JoinRules.ParseDate(i.Day, i.Month, i.Year) is not null)
            .WithMessage(_ => t["Enter the date of the interview as a real date, like 14 3 2026"]);
        RuleFor(i => i.Outcome).Must(o => o is "Passed" or "NotPassed").WithMessage(_ => t["Select whether the interview was passed"]);
        RuleFor(i => i.Notes).MaximumLength(InterviewInput.MaxNotesLength)
            .WithMessage(_ => t["{0} must be {1} characters or fewer", t["Notes"], InterviewInput.MaxNotesLength]);
    }
}

public sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(d => d.Decision).Must(d => d is "accept" or "decline").WithMessage(_ => t["Select accept or decline"]);
        RuleFor(d => d.StartDay).Must((d, _) => JoinRules.ParseDate(d.StartDay, d.StartMonth, d.StartYear) is not null)
            .When(d => d.Decision == "accept").WithMessage(_ => t["Enter the expected start date as a real date, like 1 9 2026"]);
        RuleFor(d => d.Reason).Must(r => !string.IsNullOrWhiteSpace(r))
            .When(d => d.Decision == "decline").WithMessage(_ => t["Give the reason for declining: the applicant will see it"]);
        RuleFor(d => d.Reason).MaximumLength(DecisionInput.MaxReasonLength)
            .WithMessage(_ => t["{0} must be {1} characters or fewer", t["Reason"], DecisionInput.MaxReasonLength]);
    }
}
