using CoachRegister.Web.Features.Register;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Features.Matching;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrMatching;

public sealed class ProposeInputValidator : AbstractValidator<ProposeInput>
{
    public ProposeInputValidator(IStringLocalizer<MatchingText> t) =>
        RuleFor(i => i.Coach).NotNull().WithMessage(_ => t["Select the coach or mentor to propose"]);
}

public sealed class WaitlistInputValidator : AbstractValidator<WaitlistInput>
{
    public WaitlistInputValidator(IStringLocalizer<MatchingText> t) =>
        RuleFor(i => i.WaitlistReason).Required(t, "Enter why the request goes on the waiting list: the requester is told").Paragraphs(MatchRequestLimits.Comment, t, "Reason");
}

public sealed class NewCohortPageValidator : AbstractValidator<NewCohortPage>
{
    public NewCohortPageValidator(IStringLocalizer<MatchingText> t)
    {
        RuleFor(p => p.Name).Required(t, "Enter a name for the cohort, such as the intake it is for").Paragraphs(CohortPlan.MaxNameLength, t, "Name");
        RuleFor(p => p.RequestIds).NotEmpty().WithMessage(_ => t["Select the requests to match together"]);
        RuleFor(p => p.WholePool).NotNull().WithMessage(_ => t["Select which coaches and mentors the cohort may use"]);
        RuleFor(p => p.CoachIds).NotEmpty().When(p => p.WholePool == false).WithMessage(_ => t["Select the coaches and mentors of the pool"]);
    }
}
