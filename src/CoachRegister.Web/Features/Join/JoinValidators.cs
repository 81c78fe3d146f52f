using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Join;

public sealed class OfferPageValidator : AbstractValidator<OfferPage>
{
    public OfferPageValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.Offers).Must(o => o is OfferType.Coaching or OfferType.Mentoring or OfferType.Both)
            .WithMessage(_ => t["Select whether you want to offer coaching, mentoring or both"]);
    }
}

public sealed class ExperiencePageValidator : AbstractValidator<ExperiencePage>
{
    public ExperiencePageValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.ExperienceAndSkills).Required(t, "Enter your experience and skills").Paragraphs(ExperiencePage.MaxLength, t, "Experience and skills");
        RuleFor(p => p.Motivation).Required(t, "Enter what attracts you to coaching or mentoring").Paragraphs(ExperiencePage.MaxLength, t, "Motivation");
        RuleFor(p => p.RecentSupportOfOthers).Paragraphs(ExperiencePage.MaxLength, t, "Recent actions supporting others");
        RuleFor(p => p.PreviousExperienceAndOutcomes).Paragraphs(ExperiencePage.MaxLength, t, "Previous experience and outcomes");
    }
}

public sealed class AreasPageValidator : AbstractValidator<AreasPage>
{
    public AreasPageValidator(IStringLocalizer<RegisterText> t) =>
        RuleFor(p => p.AreaIds).NotEmpty().WithMessage(_ => t["Select at least one area you would offer"]);
}

public sealed class QualificationsPageValidator : AbstractValidator<QualificationsPage>
{
    public QualificationsPageValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.HoldsAccreditation).Answered(t, "Select yes if you hold a coaching accreditation");
        RuleFor(p => p.Accreditation).Must(a => a is { } body && Enum.IsDefined(body) && body != AccreditationBody.None)
            .When(p => p.HoldsAccreditation == true).WithMessage(_ => t["Select the body that accredits you"]);
        RuleFor(p => p.AccreditationOther).Required(t, "Enter the name of the body that accredits you")
            .When(p => p.HoldsAccreditation == true && p.Accreditation == AccreditationBody.Other);
        RuleFor(p => p.AccreditationOther).OneLine(QualificationsPage.MaxTitleLength, t, "Accrediting body");
        RuleFor(p => p.Ilm3).Answered(t, "Select an answer for ILM Level 3");
        RuleFor(p => p.Ilm5).Answered(t, "Select an answer for ILM Level 5");
        RuleFor(p => p.Ilm7).Answered(t, "Select an answer for ILM Level 7");
        RuleFor(p => p.Other).Answered(t, "Select an answer for another qualification");
        RuleFor(p => p.OtherTitle).Required(t, "Enter the name of your other qualification")
            .When(p => p.Other is QualificationAnswer.Achieved or QualificationAnswer.InTraining);
        RuleFor(p => p.OtherTitle).OneLine(QualificationsPage.MaxTitleLength, t, "Qualification name");
    }
}

public sealed class ReferenceInputValidator : AbstractValidator<ReferenceInput>
{
    public ReferenceInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(r => r.Name).Required(t, "Enter the referee's name").OneLine(200, t, "Name");
        RuleFor(r => r.JobTitle).Required(t, "Enter the referee's job title").OneLine(200, t, "Job title");
        RuleFor(r => r.Email).Required(t, "Enter the referee's e-mail address").OneLine(256, t, "E-mail address").EmailAddressOnly(t);
        RuleFor(r => r.Telephone).Required(t, "Enter the referee's telephone number").OneLine(40, t, "Telephone");
        RuleFor(r => r.Relationship).Required(t, "Enter how the referee knows you").OneLine(200, t, "Relationship to you");
    }
}

public sealed class ReferencesPageValidator : AbstractValidator<ReferencesPage>
{
    public ReferencesPageValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.Reference1).SetValidator(new ReferenceInputValidator(t));
        RuleFor(p => p.Reference2).SetValidator(new ReferenceInputValidator(t));
        RuleFor(p => p.Reference2.Email)
            .Must((p, email) => !string.Equals(p.Reference1.Email?.Trim(), email?.Trim(), StringComparison.OrdinalIgnoreCase))
            .When(p => !string.IsNullOrWhiteSpace(p.Reference1.Email))
            .WithMessage(_ => t["Give two different referees"]);
    }
}

public sealed class PracticePageValidator : AbstractValidator<PracticePage>
{
    public PracticePageValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.ClaimAs).Answered(t, "Select whether you claim as an individual or the practice is reimbursed");
        RuleFor(p => p.PracticeName).Required(t, "Enter the name of the practice").When(p => p.ClaimAs == PaymentRecipient.Practice);
        RuleFor(p => p.PracticeName).OneLine(200, t, "Name of practice");
        RuleFor(p => p.PracticeAddress).Paragraphs(1000, t, "Practice address");
        RuleFor(p => p.PracticeCode).Required(t, "Enter the practice code").When(p => p.ClaimAs == PaymentRecipient.Practice);
        RuleFor(p => p.PracticeCode).OneLine(20, t, "Practice code");
        RuleFor(p => p.PracticeTelephone).OneLine(40, t, "Practice telephone");
        RuleFor(p => p.PracticeManagerName).OneLine(200, t, "Practice manager's name");
        RuleFor(p => p.PracticeManagerEmail).Required(t, "Enter the practice manager's e-mail address").When(p => p.ClaimAs == PaymentRecipient.Practice);
        RuleFor(p => p.PracticeManagerEmail).OneLine(256, t, "Practice manager's e-mail address").EmailAddressOnly(t);
        RuleFor(p => p.PracticeManagerTelephone).OneLine(40, t, "Practice manager's telephone");
        RuleFor(p => p.IsSelfEmployed).Answered(t, "Select yes if you are self-employed");
        RuleFor(p => p.SlaSigned).Answered(t, "Select yes if you have signed the service level agreement").When(p => p.IsSelfEmployed == true);
        RuleFor(p => p.HasLiabilityInsurance).Answered(t, "Select yes if you have liability insurance").When(p => p.IsSelfEmployed == true);
    }
}

public sealed class StartPageValidator : AbstractValidator<StartPage>
{
    public StartPageValidator(IStringLocalizer<RegisterText> t, TimeProvider time)
    {
        RuleFor(p => p.StartDay)
            .Must((p, _) => FormRules.ParseDate(p.StartDay, p.StartMonth, p.StartYear) is not null)
            .When(p => !string.IsNullOrWhiteSpace(p.StartDay) || !string.IsNullOrWhiteSpace(p.StartMonth) || !string.IsNullOrWhiteSpace(p.StartYear))
            .WithMessage(_ => t["Proposed start date must be a real date, like 1 9 2026"])
            .DependentRules(() => RuleFor(p => p.StartDay)
                .Must((p, _) => FormRules.ParseDate(p.StartDay, p.StartMonth, p.StartYear) is not { } date
                    || date >= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
                .WithMessage(_ => t["Proposed start date must be today or in the future"]));
        RuleFor(p => p.LineManagerEmail).OneLine(256, t, "Line manager's e-mail address").EmailAddressOnly(t);
        RuleFor(p => p.DeclarationOfInterest).Paragraphs(StartPage.MaxDeclarationLength, t, "Declaration of interest");
    }
}

public sealed class CommitmentsPageValidator : AbstractValidator<CommitmentsPage>
{
    public CommitmentsPageValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.AgreesToExpectations).Equal(true).WithMessage(_ => t["Confirm you can commit to the scheme for at least a year"]);
        RuleFor(p => p.ConfirmsCodeOfEthics).Equal(true).WithMessage(_ => t["Confirm you will follow a professional code of ethics"]);
        RuleFor(p => p.ConfirmsSupervisionAndCpd).Equal(true).WithMessage(_ => t["Confirm you will take part in supervision and development"]);
        RuleFor(p => p.ConfirmsLineManagerRelease).Equal(true).WithMessage(_ => t["Confirm you have discussed time away from your role with your line manager"]);
        RuleFor(p => p.ConfirmsDataProcessing).Equal(true).WithMessage(_ => t["Confirm the information is accurate and may be shared to run the scheme"]);
    }
}
