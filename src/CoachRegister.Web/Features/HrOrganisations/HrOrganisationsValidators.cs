using CoachRegister.Domain.Organisations;
using CoachRegister.Web.Features.Account;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrOrganisations;

public sealed class AddDomainValidator : AbstractValidator<AddDomainInput>
{
    public AddDomainValidator(IStringLocalizer<OrganisationText> t)
    {
        RuleFor(x => x.Domain)
            .Must(d => EmailAddressDomain.Normalise(d) is not null)
            .WithMessage(t["Enter a domain name, like example.org"]);
    }
}

public sealed class InviteValidator : AbstractValidator<InviteInput>
{
    public InviteValidator(IStringLocalizer<AccountText> t)
    {
        RuleFor(x => x.Email).ValidEmail(t);
    }
}
