using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Profile;

public sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
{
    public ProfileInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.Bio).Limit(ProfileInput.MaxTextLength, t, "About you");
        RuleFor(p => p.Experience).Limit(ProfileInput.MaxTextLength, t, "Experience");
        RuleFor(p => p.Ilm3).OneOf(JoinRules.QualificationAnswers, t, "Select an answer for ILM Level 3");
        RuleFor(p => p.Ilm5).OneOf(JoinRules.QualificationAnswers, t, "Select an answer for ILM Level 5");
        RuleFor(p => p.Ilm7).OneOf(JoinRules.QualificationAnswers, t, "Select an answer for ILM Level 7");
        RuleFor(p => p.Other).OneOf(JoinRules.QualificationAnswers, t, "Select an answer for another qualification");
        RuleFor(p => p.OtherTitle).Required(t, "Enter the name of your other qualification").When(p => p.Other is "achieved" or "training");
        RuleFor(p => p.OtherTitle).Limit(ProfileInput.MaxShortLength, t, "Qualification name");
        RuleFor(p => p.Accreditation).NotNull().IsInEnum().WithMessage(_ => t["Select your accreditation, or none"]);
        RuleFor(p => p.AccreditationOther).Required(t, "Enter the body that accredits you").When(p => p.Accreditation == AccreditationBody.Other);
        RuleFor(p => p.AccreditationOther).Limit(ProfileInput.MaxShortLength, t, "Accrediting body");
        RuleFor(p => p.TrainedSupervisor).OneOf(JoinRules.YesNo, t, "Select yes if you are a trained supervisor");
        RuleFor(p => p.ChargesFees).OneOf(JoinRules.YesNo, t, "Select yes if you charge fees");
        RuleFor(p => p.FeesDetails).Required(t, "Describe the fees you charge").When(p => p.ChargesFees == "yes");
        RuleFor(p => p.FeesDetails).Limit(ProfileInput.MaxFeesLength, t, "Fees");
        RuleForEach(p => p.Formats).IsInEnum().Must(f => f != DeliveryFormat.None).WithMessage(_ => t["Select formats from the list"]);
        RuleFor(p => p.Location).Limit(ProfileInput.MaxShortLength, t, "Location");
        RuleFor(p => p.Capacity).Must(c => int.TryParse(c, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            .WithMessage(_ => t["Enter the number of people you can support at once, like 2"]);
        RuleFor(p => p.Accepting).OneOf(JoinRules.YesNo, t, "Select yes if you are taking new people now");
        RuleFor(p => p.DeclarationOfInterest).Limit(ProfileInput.MaxDeclarationLength, t, "Declaration of interest");
    }
}
