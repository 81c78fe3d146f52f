using System.Globalization;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Profile;

/// <summary>The rules of a profile, for the coach's form and for each row of HR's CSV import alike.</summary>
public sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
{
    public ProfileInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.Bio).Paragraphs(ProfileInput.MaxTextLength, t, "About you");
        RuleFor(p => p.Experience).Paragraphs(ProfileInput.MaxTextLength, t, "Experience");
        RuleFor(p => p.Ilm3).Answered(t, "Select an answer for ILM Level 3");
        RuleFor(p => p.Ilm5).Answered(t, "Select an answer for ILM Level 5");
        RuleFor(p => p.Ilm7).Answered(t, "Select an answer for ILM Level 7");
        RuleFor(p => p.Other).Answered(t, "Select an answer for another qualification");
        RuleFor(p => p.OtherTitle).Required(t, "Enter the name of your other qualification")
            .When(p => p.Other is QualificationAnswer.Achieved or QualificationAnswer.InTraining);
        RuleFor(p => p.OtherTitle).OneLine(ProfileInput.MaxShortLength, t, "Qualification name");
        RuleFor(p => p.Accreditation).Answered(t, "Select your accreditation, or none");
        RuleFor(p => p.AccreditationOther).Required(t, "Enter the body that accredits you").When(p => p.Accreditation == AccreditationBody.Other);
        RuleFor(p => p.AccreditationOther).OneLine(ProfileInput.MaxShortLength, t, "Accrediting body");
        RuleFor(p => p.TrainedSupervisor).Answered(t, "Select yes if you are a trained supervisor");
        RuleFor(p => p.ChargesFees).Answered(t, "Select yes if you charge fees");
        RuleFor(p => p.FeesDetails).Required(t, "Describe the fees you charge").When(p => p.ChargesFees == true);
        RuleFor(p => p.FeesDetails).Paragraphs(ProfileInput.MaxFeesLength, t, "Fees");
        RuleForEach(p => p.Formats).Must(f => Enum.IsDefined(f) && f != DeliveryFormat.None && RegisterLabels.Formats.Contains(f))
            .WithMessage(_ => t["Select formats from the list"]);
        RuleFor(p => p.Location).OneLine(ProfileInput.MaxShortLength, t, "Location");
        RuleFor(p => p.Capacity).Must(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .WithMessage(_ => t["Enter the number of people you can support at once, like 2"]);
        RuleFor(p => p.Accepting).Answered(t, "Select yes if you are taking new people now");
        RuleFor(p => p.DeclarationOfInterest).Paragraphs(ProfileInput.MaxDeclarationLength, t, "Declaration of interest");
    }
}
