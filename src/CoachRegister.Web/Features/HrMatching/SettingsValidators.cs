using CoachRegister.Web.Features.Register;
using System.Linq.Expressions;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Web.Features.Matching;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrMatching;

public sealed class SettingsPageValidator : AbstractValidator<SettingsPage>
{
    public SettingsPageValidator(IStringLocalizer<MatchingText> t)
    {
        RuleFor(p => p.AllowsSameServiceArea).NotNull().WithMessage(_ => t["Select whether a coach from the requester's own service area may be matched"]);
        RuleFor(p => p.OtherOrganisation).Answered(t, "Select how the score treats a coach from another partner organisation");
        Weight(p => p.AreasInCommonWeight, t, "Areas in common");
        Weight(p => p.FirstChoiceWeight, t, "First choice");
        Weight(p => p.SecondChoiceWeight, t, "Second choice");
        Weight(p => p.ThirdChoiceWeight, t, "Third choice");
        Weight(p => p.FormatFitWeight, t, "Formats");
        Weight(p => p.OtherOrganisationPreferredWeight, t, "Another organisation, preferred");
        Weight(p => p.OtherOrganisationAvoidedWeight, t, "Another organisation, avoided");
        Weight(p => p.LoadSpreadingWeight, t, "Spreading the load");
        RuleFor(p => p.AnswerWithinDays).Between(3, MatchingSettings.MaxAnswerWithinDays)
            .WithMessage(_ => t["Days to answer must be a whole number from {0} to {1}", 3, MatchingSettings.MaxAnswerWithinDays]);
        RuleFor(p => p.FirstReminderDay).Must((p, day) => day >= 1 && day < (p.SecondReminderDay ?? int.MaxValue))
            .WithMessage(_ => t["The first reminder must come before the second, from day 1"]);
        RuleFor(p => p.SecondReminderDay).Must((p, day) => day < (p.AnswerWithinDays ?? int.MaxValue))
            .WithMessage(_ => t["The second reminder must come before the time to answer ends"]);
    }

    private void Weight(Expression<Func<SettingsPage, int?>> weight, IStringLocalizer t, string label) =>
        RuleFor(weight).Between(0, MatchingSettings.MaxWeight)
            .WithMessage(_ => t["{0} must be a whole number from 0 to {1}", t[label], MatchingSettings.MaxWeight]);
}
