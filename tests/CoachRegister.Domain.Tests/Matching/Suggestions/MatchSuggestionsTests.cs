using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;
using static CoachRegister.Domain.Tests.Matching.Suggestions.MatchingData;

namespace CoachRegister.Domain.Tests.Matching.Suggestions;

public class MatchSuggestionsTests
{
    [Fact]
    public void Eligible_coaches_are_ranked_by_score_and_ineligible_ones_left_out()
    {
        var full = Coach();
        var half = Coach() with { AreaIds = [Leadership] };
        var none = Coach() with { AreaIds = [] };
        var paused = Coach() with { Status = ProfileStatus.Paused };

        var list = MatchSuggestions.For(Request(), [none, paused, full, half], MatchingRules.Default);

        Assert.Equal([full, half, none], list.Ranked.Select(s => s.Coach));
        Assert.True(list.Ranked[0].Score.Total > list.Ranked[1].Score.Total && list.Ranked[1].Score.Total > list.Ranked[2].Score.Total);
        Assert.Empty(list.IneligiblePreferences);
    }

    [Fact]
    public void Ties_go_to_a_named_preference_then_to_more_places_left_then_to_the_lower_profile_id()
    {
        // No load-spreading points, so coaches with different places left can score the same.
        var rules = MatchingRules.Default with { Weights = MatchWeights.Default with { LoadSpreading = 0, FirstChoice = 0 } };
        var ids = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).Order().ToArray();
        var preferred = Coach() with { ProfileId = ids[3], Capacity = 1, PlacesUsed = 0 };
        var roomy = Coach() with { ProfileId = ids[2], Capacity = 5, PlacesUsed = 0 };
        var lowerId = Coach() with { ProfileId = ids[0], Capacity = 2, PlacesUsed = 0 };
        var higherId = Coach() with { ProfileId = ids[1], Capacity = 2, PlacesUsed = 0 };
        var request = Request() with { Preferences = [preferred.ProfileId] };

        var list = MatchSuggestions.For(request, [higherId, lowerId, roomy, preferred], rules);

        Assert.Single(list.Ranked.Select(s => s.Score.Total).Distinct());
        Assert.Equal([preferred, roomy, lowerId, higherId], list.Ranked.Select(s => s.Coach));
        Assert.Equal([1, null, null, null], list.Ranked.Select(s => s.Choice));
    }

    [Fact]
    public void Ineligible_and_missing_preferences_are_listed_with_their_reasons_in_choice_order()
    {
        var eligible = Coach();
        var manager = Coach() with { PersonId = LineManager, AcceptingNewCoachees = false };
        var gone = Guid.NewGuid();
        var request = Request() with { Preferences = [gone, eligible.ProfileId, manager.ProfileId] };

        var list = MatchSuggestions.For(request, [manager, eligible], MatchingRules.Default);

        Assert.Equal([eligible], list.Ranked.Select(s => s.Coach));
        Assert.Equal(2, list.Ranked[0].Choice);
        Assert.Equal(
            [new IneligiblePreference(1, gone, null, Ineligibility.NotOnRegister),
             new IneligiblePreference(3, manager.ProfileId, manager, Ineligibility.IsLineManager | Ineligibility.NotAcceptingNewCoachees)],
            list.IneligiblePreferences);
    }

    [Fact]
    public void Nobody_is_suggested_when_nobody_is_eligible()
    {
        var request = Request();
        var list = MatchSuggestions.For(request, [Coach() with { ServiceAreaId = request.ServiceAreaId }, Coach() with { PersonId = Director }], MatchingRules.Default);

        Assert.Empty(list.Ranked);
    }

    [Fact]
    public void Each_suggestion_carries_the_score_scoring_gives()
    {
        var coaches = Enumerable.Range(0, 20).Select(i => Coach() with { Capacity = 1 + (i % 5), PlacesUsed = i % 3 == 0 ? 0 : 1 }).ToArray();
        var request = Request();

        var list = MatchSuggestions.For(request, coaches, MatchingRules.Default);

        Assert.All(list.Ranked, s => Assert.Equal(MatchScoring.Score(request, s.Coach, MatchingRules.Default), s.Score, MatchScoreComparer.Instance));
        Assert.Equal(coaches.Count(c => MatchEligibility.Check(request, c, MatchingRules.Default) == Ineligibility.None), list.Ranked.Count);
    }

    private sealed class MatchScoreComparer : IEqualityComparer<MatchScore>
    {
        public static readonly MatchScoreComparer Instance = new();

        public bool Equals(MatchScore? x, MatchScore? y) =>
            x is not null && y is not null && x.Total == y.Total && x.Parts.SequenceEqual(y.Parts);

        public int GetHashCode(MatchScore obj) => obj.Total;
    }
}
