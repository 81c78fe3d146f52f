using CoachRegister.Domain.Agreements;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrWording;

public sealed class WordingInputValidator : AbstractValidator<WordingInput>
{
    public WordingInputValidator(IStringLocalizer<WordingText> t)
    {
        RuleFor(x => x.Text)
            .NotEmpty().WithMessage(t["Enter the wording"])
            .MaximumLength(WordingVersion.MaxLength).WithMessage(t["The wording must be {0} characters or fewer", WordingVersion.MaxLength]);
    }
}
