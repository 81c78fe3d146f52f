using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Support;

public sealed class SupportInputValidator : AbstractValidator<SupportInput>
{
    public SupportInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(i => i.Supports).Answered(t, "Select whether you support this application");
        RuleFor(i => i.Comment).Required(t, "Explain why you cannot support the application").When(i => i.Supports == false);
        RuleFor(i => i.Comment).Paragraphs(SupportInput.MaxCommentLength, t, "Comment");
    }
}
