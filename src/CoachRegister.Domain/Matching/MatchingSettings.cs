using CoachRegister.Domain.Common;
using CoachRegister.Domain.Matching.Suggestions;

namespace CoachRegister.Domain.Matching;

/// <summary>
/// A scheme's matching settings, which its scheme team changes: the eligibility rule for the requester's own
/// service area, the view of coaches from another partner organisation, the weights of the score (defaults and
/// meaning in <see cref="MatchWeights"/>), and how long a proposed coach has to answer, with the days of the two
/// reminders. Settings apply to suggestions at once and to proposals made after the change.
/// </summary>
public class MatchingSettings
{
    public const int DefaultAnswerWithinDays = 14;
    public const int DefaultFirstReminderDay = 7;
    public const int DefaultSecondReminderDay = 13;
    public const int MaxAnswerWithinDays = 60;
    public const int MaxWeight = 1000;

    /// <summary>Off by default: the guidance keeps coaching apart from the requester's own service (001).</summary>
    public bool AllowsSameServiceArea { get; set; }
    public OtherOrganisationRule OtherOrganisation { get; set; } = OtherOrganisationRule.Allow;
    public int AreasInCommonWeight { get; set; } = MatchWeights.Default.AreasInCommon;
    public int FirstChoiceWeight { get; set; } = MatchWeights.Default.FirstChoice;
    public int SecondChoiceWeight { get; set; } = MatchWeights.Default.SecondChoice;
    public int ThirdChoiceWeight { get; set; } = MatchWeights.Default.ThirdChoice;
    public int FormatFitWeight { get; set; } = MatchWeights.Default.FormatFit;
    public int OtherOrganisationPreferredWeight { get; set; } = MatchWeights.Default.OtherOrganisationPreferred;
    public int OtherOrganisationAvoidedWeight { get; set; } = MatchWeights.Default.OtherOrganisationAvoided;
    public int LoadSpreadingWeight { get; set; } = MatchWeights.Default.LoadSpreading;
    /// <summary>Days the proposed coach has to accept or decline before the proposal lapses (14 by default).</summary>
    public int AnswerWithinDays { get; set; } = DefaultAnswerWithinDays;
    public int FirstReminderDay { get; set; } = DefaultFirstReminderDay;
    public int SecondReminderDay { get; set; } = DefaultSecondReminderDay;

    /// <summary>The settings as the pure matching functions take them.</summary>
    public MatchingRules Rules => new()
    {
        AllowsSameServiceArea = AllowsSameServiceArea,
        OtherOrganisation = OtherOrganisation,
        Weights = new MatchWeights
        {
            AreasInCommon = AreasInCommonWeight,
            FirstChoice = FirstChoiceWeight,
            SecondChoice = SecondChoiceWeight,
            ThirdChoice = ThirdChoiceWeight,
            FormatFit = FormatFitWeight,
            OtherOrganisationPreferred = OtherOrganisationPreferredWeight,
            OtherOrganisationAvoided = OtherOrganisationAvoidedWeight,
            LoadSpreading = LoadSpreadingWeight,
        },
    };

    /// <summary>
    /// Replaces every setting at once. Weights are 0 to <see cref="MaxWeight"/>; a coach has 1 to
    /// <see cref="MaxAnswerWithinDays"/> days to answer, and the two reminders come on different days before that.
    /// </summary>
    public void Change(MatchingRules rules, int answerWithinDays, int firstReminderDay, int secondReminderDay)
    {
        var w = rules.Weights;
        int[] weights = [w.AreasInCommon, w.FirstChoice, w.SecondChoice, w.ThirdChoice, w.FormatFit, w.OtherOrganisationPreferred, w.OtherOrganisationAvoided, w.LoadSpreading];
        if (weights.Any(x => x > MaxWeight)
            || answerWithinDays is < 1 or > MaxAnswerWithinDays
            || firstReminderDay < 1 || firstReminderDay >= secondReminderDay || secondReminderDay >= answerWithinDays)
        {
            throw new RuleBrokenException(Rule.MatchingSettingsOutOfBounds);
        }

        AllowsSameServiceArea = rules.AllowsSameServiceArea;
        OtherOrganisation = rules.OtherOrganisation;
        AreasInCommonWeight = w.AreasInCommon;
        FirstChoiceWeight = w.FirstChoice;
        SecondChoiceWeight = w.SecondChoice;
        ThirdChoiceWeight = w.ThirdChoice;
        FormatFitWeight = w.FormatFit;
        OtherOrganisationPreferredWeight = w.OtherOrganisationPreferred;
        OtherOrganisationAvoidedWeight = w.OtherOrganisationAvoided;
        LoadSpreadingWeight = w.LoadSpreading;
        AnswerWithinDays = answerWithinDays;
        FirstReminderDay = firstReminderDay;
        SecondReminderDay = secondReminderDay;
    }
}
