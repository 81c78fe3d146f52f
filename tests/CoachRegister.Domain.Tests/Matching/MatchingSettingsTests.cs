using CoachRegister.Domain.Common;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;

namespace CoachRegister.Domain.Tests.Matching;

public class MatchingSettingsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var settings = new MatchingSettings();

        Assert.Equal(MatchingRules.Default, settings.Rules);
        Assert.Equal(14, settings.AnswerWithinDays);
        Assert.Equal(7, settings.FirstReminderDay);
        Assert.Equal(13, settings.SecondReminderDay);
    }

    [Fact]
    public void A_change_replaces_every_setting()
    {
        var settings = new MatchingSettings();
        var rules = new MatchingRules
        {
            AllowsSameServiceArea = true,
            OtherOrganisation = OtherOrganisationRule.Prefer,
            Weights = new MatchWeights { AreasInCommon = 0, FirstChoice = 100, LoadSpreading = 1000 },
        };

        settings.Change(rules, answerWithinDays: 21, firstReminderDay: 10, secondReminderDay: 20);

        Assert.Equal(rules, settings.Rules);
        Assert.Equal((21, 10, 20), (settings.AnswerWithinDays, settings.FirstReminderDay, settings.SecondReminderDay));
    }

    [Theory]
    [InlineData(0, 1, 2)]
    [InlineData(61, 7, 13)]
    [InlineData(14, 0, 13)]
    [InlineData(14, 7, 7)]
    [InlineData(14, 7, 14)]
    [InlineData(14, 13, 7)]
    public void Days_out_of_order_or_bounds_are_refused_and_nothing_changes(int answerWithin, int first, int second)
    {
        var settings = new MatchingSettings();

        var broken = Assert.Throws<RuleBrokenException>(() => settings.Change(MatchingRules.Default with { AllowsSameServiceArea = true }, answerWithin, first, second));

        Assert.Equal(Rule.MatchingSettingsOutOfBounds, broken.Rule);
        Assert.False(settings.AllowsSameServiceArea);
        Assert.Equal(14, settings.AnswerWithinDays);
    }

    [Fact]
    public void A_weight_above_the_maximum_is_refused()
    {
        var settings = new MatchingSettings();
        var rules = MatchingRules.Default with { Weights = new MatchWeights { FormatFit = MatchingSettings.MaxWeight + 1 } };

        Assert.Equal(Rule.MatchingSettingsOutOfBounds, Assert.Throws<RuleBrokenException>(() => settings.Change(rules, 14, 7, 13)).Rule);
    }
}
