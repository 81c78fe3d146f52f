using CoachRegister.Web.Features.Register;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Matching;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Requests;

public sealed class KindPageValidator : AbstractValidator<KindPage>
{
    public KindPageValidator(IStringLocalizer<MatchingText> t) =>
        RuleFor(p => p.Kind).Must(k => k is OfferType.Coaching or OfferType.Mentoring)
            .WithMessage(_ => t["Select whether you want coaching or mentoring"]);
}

public sealed class ReasonsPageValidator : AbstractValidator<ReasonsPage>
{
    public ReasonsPageValidator(IStringLocalizer<MatchingText> t)
    {
        RuleFor(p => p.Reason1).Required(t, "Enter at least one reason").Paragraphs(MatchRequestLimits.Reason, t, "Reason 1");
        RuleFor(p => p.Reason2).Paragraphs(MatchRequestLimits.Reason, t, "Reason 2");
        RuleFor(p => p.Reason3).Paragraphs(MatchRequestLimits.Reason, t, "Reason 3");
        RuleFor(p => p.IdentifiedThroughAppraisal).NotNull().WithMessage(_ => t["Select yes if the need came from your appraisal or supervision"]);
    }
}

public sealed class GapPageValidator : AbstractValidator<GapPage>
{
    public GapPageValidator(IStringLocalizer<MatchingText> t) =>
        RuleFor(p => p.Gaps).NotEmpty().WithMessage(_ => t["Select what you want mentoring to help you with"]);
}

public sealed class AreasPageValidator : AbstractValidator<AreasPage>
{
    public AreasPageValidator(IStringLocalizer<MatchingText> t) =>
        RuleFor(p => p.AreaIds).NotEmpty().WithMessage(_ => t["Select at least one area you want help with"]);
}

public sealed class GoalsPageValidator : AbstractValidator<GoalsPage>
{
    public GoalsPageValidator(IStringLocalizer<MatchingText> t)
    {
        RuleFor(p => p.GoalsForSelf).Required(t, "Enter what you want to achieve for yourself").Paragraphs(MatchRequestLimits.Goal, t, "Goals for yourself");
        RuleFor(p => p.GoalsForTeam).Paragraphs(MatchRequestLimits.Goal, t, "Goals for your team");
        RuleFor(p => p.GoalsForOrganisation).Paragraphs(MatchRequestLimits.Goal, t, "Goals for the organisation");
    }
}

public sealed class ArrangementsPageValidator : AbstractValidator<ArrangementsPage>
{
    public ArrangementsPageValidator(IStringLocalizer<MatchingText> t)
    {
        RuleFor(p => p.Formats).NotEmpty().WithMessage(_ => t["Select at least one way you can meet"]);
        RuleFor(p => p.Formats).Must(formats => formats.All(MatchingLabels.Formats.Contains)).WithMessage(_ => t["Select at least one way you can meet"]);
        RuleFor(p => p.PreferredTimes).Paragraphs(MatchRequestLimits.PreferredTimes, t, "Preferred times");
    }
}
