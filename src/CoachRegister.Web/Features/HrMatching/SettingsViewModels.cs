using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachRegister.Web.Features.HrMatching;

/// <summary>A scheme's matching settings form, in page order.</summary>
public sealed class SettingsPage
{
    public bool? AllowsSameServiceArea { get; set; }
    public OtherOrganisationRule? OtherOrganisation { get; set; }
    public int? AreasInCommonWeight { get; set; }
    public int? FirstChoiceWeight { get; set; }
    public int? SecondChoiceWeight { get; set; }
    public int? ThirdChoiceWeight { get; set; }
    public int? FormatFitWeight { get; set; }
    public int? OtherOrganisationPreferredWeight { get; set; }
    public int? OtherOrganisationAvoidedWeight { get; set; }
    public int? LoadSpreadingWeight { get; set; }
    public int? AnswerWithinDays { get; set; }
    public int? FirstReminderDay { get; set; }
    public int? SecondReminderDay { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    [BindNever]
    public Guid SchemeId { get; set; }

    [BindNever]
    public string SchemeName { get; set; } = "";

    public static SettingsPage From(MatchingSettings s) => new()
    {
        AllowsSameServiceArea = s.AllowsSameServiceArea,
        OtherOrganisation = s.OtherOrganisation,
        AreasInCommonWeight = s.AreasInCommonWeight,
        FirstChoiceWeight = s.FirstChoiceWeight,
        SecondChoiceWeight = s.SecondChoiceWeight,
        ThirdChoiceWeight = s.ThirdChoiceWeight,
        FormatFitWeight = s.FormatFitWeight,
        OtherOrganisationPreferredWeight = s.OtherOrganisationPreferredWeight,
        OtherOrganisationAvoidedWeight = s.OtherOrganisationAvoidedWeight,
        LoadSpreadingWeight = s.LoadSpreadingWeight,
        AnswerWithinDays = s.AnswerWithinDays,
        FirstReminderDay = s.FirstReminderDay,
        SecondReminderDay = s.SecondReminderDay,
    };

    public MatchingRules Rules() => new()
    {
        AllowsSameServiceArea = AllowsSameServiceArea!.Value,
        OtherOrganisation = OtherOrganisation!.Value,
        Weights = new MatchWeights
        {
            AreasInCommon = AreasInCommonWeight!.Value,
            FirstChoice = FirstChoiceWeight!.Value,
            SecondChoice = SecondChoiceWeight!.Value,
            ThirdChoice = ThirdChoiceWeight!.Value,
            FormatFit = FormatFitWeight!.Value,
            OtherOrganisationPreferred = OtherOrganisationPreferredWeight!.Value,
            OtherOrganisationAvoided = OtherOrganisationAvoidedWeight!.Value,
            LoadSpreading = LoadSpreadingWeight!.Value,
        },
    };
}

public sealed record SchemeLink(Guid Id, string Name);
