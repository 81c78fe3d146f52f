using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrProfiles;

public sealed class PauseInputValidator : AbstractValidator<PauseInput>
{
    public PauseInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.Reason).Required(t, "Give the reason for pausing: the coach will see it");
        RuleFor(p => p.Reason).Paragraphs(PauseInput.MaxReasonLength, t, "Reason");
    }
}
