using CoachRegister.Web.Features.SchemeSettings;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.SchemeAdministrators;

public sealed class AddAdministratorInputValidator : AbstractValidator<AddAdministratorInput>
{
    public AddAdministratorInputValidator(IStringLocalizer<SchemeText> t)
    {
        RuleFor(i => i.Email).Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage(_ => t["Enter the e-mail address of the person's account"]);
        RuleFor(i => i.Email).MaximumLength(AddAdministratorInput.MaxEmailLength).WithMessage(_ => t["The e-mail address must be {0} characters or fewer", AddAdministratorInput.MaxEmailLength]);
        RuleFor(i => i.Email).EmailAddress().When(i => !string.IsNullOrWhiteSpace(i.Email))
            .WithMessage(_ => t["Enter an e-mail address in the correct format, like name@example.org"]);
    }
}
