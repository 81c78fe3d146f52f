using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;
using static CoachRegister.Domain.Tests.Matching.Suggestions.MatchingData;

namespace CoachRegister.Domain.Tests.Matching.Suggestions;

public class MatchScoringTests
{
    private static readonly MatchWeights Weights = new()
    {
        AreasInCommon = 30,
        FirstChoice = 21,
        SecondChoice = 14,
        ThirdChoice = 7,
        FormatFit = 12,
        OtherOrganisationPreferred = 9,
        OtherOrganisationAvoided = 6,
        LoadSpreading = 8,
    };

    private static readonly MatchingRules Rules = MatchingRules.Default with { Weights = Weights };

    private static ScorePart? PartOf(MatchScore score, ScorePartKind kind) =>
        score.Parts.Where(p => p.Kind == kind).Cast<ScorePart?>().SingleOrDefault();

    [Fact]
    public void The_total_is_the_sum_of_the_parts()
    {
        var request = Request() with { Preferences = [Guid.NewGuid()] };
        var coach = Coach() with { ProfileId = request.Preferences[0], OrganisationId = Agency, AreaIds = [Leadership] };

        var score = MatchScoring.Score(request, coach, Rules with { OtherOrganisation = OtherOrganisationRule.Prefer });

        Assert.Equal(5, score.Parts.Count);
        Assert.Equal(score.Parts.Sum(p => p.Points), score.Total);
    }

    [Fact]
    public void Areas_score_the_share_of_needed_areas_offered()
    {
        var request = Request() with { AreasNeeded = [Leadership, ManagingChange, Resilience] };

        var some = PartOf(MatchScoring.Score(request, Coach() with { AreaIds = [Resilience, Leadership, Guid.NewGuid()] }, Rules), ScorePartKind.AreasInCommon);
        var none = PartOf(MatchScoring.Score(request, Coach() with { AreaIds = [Guid.NewGuid()] }, Rules), ScorePartKind.AreasInCommon);

        Assert.Equal(new ScorePart(ScorePartKind.AreasInCommon, 30 * 2 / 3, 2, 3), some);
        Assert.Equal(new ScorePart(ScorePartKind.AreasInCommon, 0, 0, 3), none);
    }

    [Fact]
    public void An_area_named_twice_counts_once() =>
        Assert.Equal(
            new ScorePart(ScorePartKind.AreasInCommon, 30, 1, 1),
            PartOf(MatchScoring.Score(Request() with { AreasNeeded = [Leadership, Leadership] }, Coach(), Rules), ScorePartKind.AreasInCommon));

    [Fact]
    public void A_request_naming_no_area_has_no_area_part() =>
        Assert.Null(PartOf(MatchScoring.Score(Request() with { AreasNeeded = [] }, Coach(), Rules), ScorePartKind.AreasInCommon));

    [Fact]
    public void Named_preferences_score_by_choice()
    {
        var coaches = new[] { Coach(), Coach(), Coach() };
        var request = Request() with { Preferences = coaches.Select(c => c.ProfileId).ToArray() };

        var parts = coaches.Select(c => PartOf(MatchScoring.Score(request, c, Rules), ScorePartKind.NamedPreference)).ToArray();

        Assert.Equal(
            [new ScorePart(ScorePartKind.NamedPreference, 21, 1, 3), new ScorePart(ScorePartKind.NamedPreference, 14, 2, 3), new ScorePart(ScorePartKind.NamedPreference, 7, 3, 3)],
            parts);
        Assert.Null(PartOf(MatchScoring.Score(request, Coach(), Rules), ScorePartKind.NamedPreference));
    }

    [Fact]
    public void A_request_names_at_most_three_different_coaches()
    {
        Assert.Throws<ArgumentException>(() => Request() with { Preferences = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()] });
        var twice = Guid.NewGuid();
        Assert.Throws<ArgumentException>(() => Request() with { Preferences = [twice, twice] });
    }

    [Fact]
    public void Format_fit_scores_the_share_of_wanted_formats_offered()
    {
        var request = Request() with { Formats = DeliveryFormat.FaceToFace | DeliveryFormat.Telephone | DeliveryFormat.Video };

        var part = PartOf(MatchScoring.Score(request, Coach() with { Formats = DeliveryFormat.Video | DeliveryFormat.Telephone }, Rules), ScorePartKind.FormatFit);

        Assert.Equal(new ScorePart(ScorePartKind.FormatFit, 12 * 2 / 3, 2, 3), part);
    }

    [Fact]
    public void Any_format_suits_a_request_naming_none() =>
        Assert.Equal(
            new ScorePart(ScorePartKind.AnyFormat, 12, 0, 0),
            PartOf(MatchScoring.Score(Request() with { Formats = DeliveryFormat.None }, Coach() with { Formats = DeliveryFormat.Telephone }, Rules), ScorePartKind.AnyFormat));

    [Theory]
    [InlineData(OtherOrganisationRule.Prefer, ScorePartKind.OtherOrganisationPreferred, 9)]
    [InlineData(OtherOrganisationRule.Avoid, ScorePartKind.OtherOrganisationAvoided, -6)]
    public void The_scheme_may_prefer_or_avoid_a_coach_from_another_organisation(OtherOrganisationRule rule, ScorePartKind kind, int points)
    {
        var rules = Rules with { OtherOrganisation = rule };
        var fromAgency = MatchScoring.Score(Request(), Coach() with { OrganisationId = Agency }, rules);
        var fromCouncil = MatchScoring.Score(Request(), Coach(), rules);

        Assert.Equal(new ScorePart(kind, points, 0, 0), PartOf(fromAgency, kind));
        Assert.Null(PartOf(fromCouncil, kind));
        Assert.Equal(points, fromAgency.Total - fromCouncil.Total);
    }

    [Fact]
    public void Allowing_another_organisation_moves_no_points() =>
        Assert.Equal(
            MatchScoring.Score(Request(), Coach(), Rules).Total,
            MatchScoring.Score(Request(), Coach() with { OrganisationId = Agency }, Rules).Total);

    [Fact]
    public void Fewer_places_used_relative_to_capacity_scores_higher()
    {
        var idle = PartOf(MatchScoring.Score(Request(), Coach() with { Capacity = 2, PlacesUsed = 0 }, Rules), ScorePartKind.LoadSpreading);
        var half = PartOf(MatchScoring.Score(Request(), Coach() with { Capacity = 4, PlacesUsed = 2 }, Rules), ScorePartKind.LoadSpreading);
        var busy = PartOf(MatchScoring.Score(Request(), Coach() with { Capacity = 8, PlacesUsed = 7 }, Rules), ScorePartKind.LoadSpreading);

        Assert.Equal(new ScorePart(ScorePartKind.LoadSpreading, 8, 0, 2), idle);
        Assert.Equal(new ScorePart(ScorePartKind.LoadSpreading, 4, 2, 4), half);
        Assert.Equal(new ScorePart(ScorePartKind.LoadSpreading, 1, 7, 8), busy);
    }

    [Fact]
    public void Weights_are_never_negative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchWeights.Default with { LoadSpreading = -1 });

    [Fact]
    public void The_default_weights_let_a_first_choice_outweigh_a_full_fit_of_areas()
    {
        var request = Request() with { Preferences = [Guid.NewGuid()] };
        var chosen = Coach() with { ProfileId = request.Preferences[0], AreaIds = [] };
        var fitting = Coach();

        Assert.True(MatchScoring.Score(request, chosen, MatchingRules.Default).Total > MatchScoring.Score(request, fitting, MatchingRules.Default).Total);
    }
}
