using System.Globalization;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Join;

internal static class JoinRules
{
    public static readonly string[] YesNo = ["yes", "no"];
    public static readonly string[] QualificationAnswers = ["none", "achieved", "training"];

    public static IRuleBuilderOptions<T, string?> Limit<T>(this IRuleBuilder<T, string?> rule, int max, IStringLocalizer t, string label) =>
        rule.MaximumLength(max).WithMessage(_ => t["{0} must be {1} characters or fewer", t[label], max]);

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t, string message) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => t[message]);

    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, string[] values, IStringLocalizer t, string message) =>
        rule.Must(v => v is not null && values.Contains(v)).WithMessage(_ => t[message]);

    public static IRuleBuilderOptions<T, string?> EmailIfGiven<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t) =>
        rule.EmailAddress().WithMessage(_ => t["Enter an e-mail address in the correct format, like name@example.org"]);

    public static DateOnly? ParseDate(string? day, string? month, string? year) =>
        int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
}

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
        RuleFor(p => p.ExperienceAndSkills).Required(t, "Enter your experience and skills").Limit(ExperiencePage.MaxLength, t, "Experience and skills");
        RuleFor(p => p.Motivation).Required(t, "Enter what attracts you to coaching or mentoring").Limit(ExperiencePage.MaxLength, t, "Motivation");
        RuleFor(p => p.RecentSupportOfOthers).Limit(ExperiencePage.MaxLength, t, "Recent actions supporting others");
        RuleFor(p => p.PreviousExperienceAndOutcomes).Limit(ExperiencePage.MaxLength, t, "Previous experience and outcomes");
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
        RuleFor(p => p.HoldsAccreditation).OneOf(JoinRules.YesNo, t, "Select yes if you hold a coaching accreditation");
        RuleFor(p => p.Accreditation).NotNull().IsInEnum().Must(a => a != Domain.Register.AccreditationBody.None)
            .When(p => p.HoldsAccreditation == "yes").WithMessage(_ => t["Select the body that accredits you"]);
        RuleFor(p => p.Ilm3).OneOf(JoinRules.QualificationAnswers, t, "Select an answer for ILM Level 3");
        RuleFor(p => p.Ilm5).OneOf(JoinRules.QualificationAnswers, t, "Select an answer for ILM Level 5");
        RuleFor(p => p.Ilm7).OneOf(JoinRules.QualificationAnswers, t, "Select an answer for ILM Level 7");
        RuleFor(p => p.Other).OneOf(JoinRules.QualificationAnswers, t, "Select an answer for another qualification");
        RuleFor(p => p.OtherTitle).Required(t, "Enter the name of your other qualification").When(p => p.Other is "achieved" or "training");
        RuleFor(p => p.OtherTitle).Limit(QualificationsPage.MaxTitleLength, t, "Qualification name");
    }
}

public sealed class ReferenceInputValidator : AbstractValidator<ReferenceInput>
{
    public ReferenceInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(r => r.Name).Required(t, "Enter the referee's name").Limit(200, t, "Name");
        RuleFor(r => r.JobTitle).Required(t, "Enter the referee's job title").Limit(200, t, "Job title");
        RuleFor(r => r.Email).Required(t, "Enter the referee's e-mail address").Limit(256, t, "E-mail address").EmailIfGiven(t);
        RuleFor(r => r.Telephone).Required(t, "Enter the referee's telephone number").Limit(40, t, "Telephone");
        RuleFor(r => r.Relationship).Required(t, "Enter how the referee knows you").Limit(200, t, "Relationship to you");
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
        RuleFor(p => p.ClaimAs).OneOf(["Individual", "Practice"], t, "Select whether you claim as an individual or the practice is reimbursed");
        RuleFor(p => p.PracticeName).Required(t, "Enter the name of the practice").When(p => p.ClaimAs == "Practice");
        RuleFor(p => p.PracticeCode).Required(t, "Enter the practice code").When(p => p.ClaimAs == "Practice");
        RuleFor(p => p.PracticeManagerEmail).Required(t, "Enter the practice manager's e-mail address").When(p => p.ClaimAs == "Practice");
        RuleFor(p => p.PracticeName).Limit(200, t, "Name of practice");
        RuleFor(p => p.PracticeAddress).Limit(1000, t, "Practice address");
        RuleFor(p => p.PracticeCode).Limit(20, t, "Practice code");
        RuleFor(p => p.PracticeTelephone).Limit(40, t, "Practice telephone");
        RuleFor(p => p.PracticeManagerName).Limit(200, t, "Practice manager's name");
        RuleFor(p => p.PracticeManagerEmail).Limit(256, t, "Practice manager's e-mail address").EmailIfGiven(t)
            .When(p => !string.IsNullOrWhiteSpace(p.PracticeManagerEmail));
        RuleFor(p => p.PracticeManagerTelephone).Limit(40, t, "Practice manager's telephone");
        RuleFor(p => p.IsSelfEmployed).OneOf(JoinRules.YesNo, t, "Select yes if you are self-employed");
        RuleFor(p => p.SlaSigned).OneOf(JoinRules.YesNo, t, "Select yes if you have signed the service level agreement").When(p => p.IsSelfEmployed == "yes");
        RuleFor(p => p.HasLiabilityInsurance).OneOf(JoinRules.YesNo, t, "Select yes if you have liability insurance").When(p => p.IsSelfEmployed == "yes");
    }
}

public sealed class StartPageValidator : AbstractValidator<StartPage>
{
    public StartPageValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.StartDay)
            .Must((p, _) => JoinRules.ParseDate(p.StartDay, p.StartMonth, p.StartYear) is not null)
            .When(p => !string.IsNullOrWhiteSpace(p.StartDay) || !string.IsNullOrWhiteSpace(p.StartMonth) || !string.IsNullOrWhiteSpace(p.StartYear))
            .WithMessage(_ => t["Proposed start date must be a real date, like 1 9 2026"]);
        RuleFor(p => p.LineManagerEmail).Limit(256, t, "Line manager's e-mail address").EmailIfGiven(t)
            .When(p => !string.IsNullOrWhiteSpace(p.LineManagerEmail));
        RuleFor(p => p.DeclarationOfInterest).Limit(StartPage.MaxDeclarationLength, t, "Declaration of interest");
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
