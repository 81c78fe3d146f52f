using CoachRegister.Web.Features.Register;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Features.Matching;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.RequestSupport;

public sealed class SupportPageValidator : AbstractValidator<SupportPage>
{
    public SupportPageValidator(IStringLocalizer<MatchingText> t)
    {
        RuleFor(p => p.Supports).NotNull().WithMessage(_ => t["Select whether you support this request"]);
        RuleFor(p => p.ProtectedHoursPerMonth).NotNull().When(p => p.Supports == true)
            .WithMessage(_ => t["Enter the protected time you agree to give, in hours a month"]);
        RuleFor(p => p.ProtectedHoursPerMonth).InclusiveBetween(SupportPage.MinHours, SupportPage.MaxHours).When(p => p.Supports == true && p.ProtectedHoursPerMonth is not null)
            .WithMessage(_ => t["Protected time must be between {0} and {1} hours a month", SupportPage.MinHours, SupportPage.MaxHours]);
        RuleFor(p => p.Comment).Required(t, "Explain why you cannot support the request").When(p => p.Supports == false);
        RuleFor(p => p.Comment).Paragraphs(MatchRequestLimits.Comment, t, "Comment");
    }
}
