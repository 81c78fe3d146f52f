using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Matching.Suggestions;

/// <summary>The parts a score is made of; each is shown in words with the numbers of its <see cref="ScorePart"/>.</summary>
public enum ScorePartKind
{
    /// <summary><see cref="ScorePart.Value"/> of the <see cref="ScorePart.OutOf"/> areas needed are offered. Absent when the request names no area.</summary>
    AreasInCommon = 0,

    /// <summary>The requester named this coach as choice <see cref="ScorePart.Value"/> (1, 2 or 3) of <see cref="ScorePart.OutOf"/>.</summary>
    NamedPreference = 1,

    /// <summary><see cref="ScorePart.Value"/> of the <see cref="ScorePart.OutOf"/> wanted formats are offered.</summary>
    FormatFit = 2,

    /// <summary>The request named no format, so any suits: full format points.</summary>
    AnyFormat = 3,

    /// <summary>The coach is from another partner organisation and the scheme prefers that.</summary>
    OtherOrganisationPreferred = 4,

    /// <summary>The coach is from another partner organisation and the scheme avoids that (negative points).</summary>
    OtherOrganisationAvoided = 5,

    /// <summary><see cref="ScorePart.Value"/> of the coach's <see cref="ScorePart.OutOf"/> places are in use: the fewer, the more points.</summary>
    LoadSpreading = 6,
}

/// <summary>One part of a score: what it is, the points it gave, and the numbers behind it (see <see cref="ScorePartKind"/>).</summary>
public readonly record struct ScorePart(ScorePartKind Kind, int Points, int Value, int OutOf);

/// <summary>A coach's score for one request, with the parts that add up to it.</summary>
public sealed record MatchScore(int Total, IReadOnlyList<ScorePart> Parts);

/// <summary>
/// How well a coach suits a request, in integer points under the scheme's <see cref="MatchWeights"/>. Scoring
/// does not check eligibility: rank only coaches <see cref="MatchEligibility.Check"/> accepts.
/// </summary>
public static class MatchScoring
{
    public static MatchScore Score(RequestToMatch request, CoachCandidate coach, MatchingRules rules)
    {
        var parts = new List<ScorePart>(5);
        var total = Add(request, coach, rules, parts);
        return new MatchScore(total, parts);
    }

    /// <summary>The total alone, without allocating the parts: for scoring every pair of a cohort.</summary>
    internal static int Total(RequestToMatch request, CoachCandidate coach, MatchingRules rules) =>
        Add(request, coach, rules, parts: null);

    private static int Add(RequestToMatch request, CoachCandidate coach, MatchingRules rules, List<ScorePart>? parts)
    {
        var weights = rules.Weights;
        var total = 0;

        var needed = request.AreasNeeded;
        if (needed.Count > 0)
        {
            var offered = 0;
            var areas = coach.AreaIds;
            for (var i = 0; i < needed.Count; i++)
            {
                for (var j = 0; j < areas.Count; j++)
                {
                    if (areas[j] == needed[i])
                    {
                        offered++;
                        break;
                    }
                }
            }

            total += Part(parts, ScorePartKind.AreasInCommon, weights.AreasInCommon * offered / needed.Count, offered, needed.Count);
        }

        if (request.ChoiceOf(coach.ProfileId) is { } choice)
        {
            total += Part(parts, ScorePartKind.NamedPreference, weights.ForChoice(choice), choice, request.Preferences.Count);
        }

        if (request.Formats == DeliveryFormat.None)
        {
            total += Part(parts, ScorePartKind.AnyFormat, weights.FormatFit, 0, 0);
        }
        else
        {
            var wanted = FormatCount(request.Formats);
            var offered = FormatCount(request.Formats & coach.Formats);
            total += Part(parts, ScorePartKind.FormatFit, weights.FormatFit * offered / wanted, offered, wanted);
        }

        var otherOrganisation = request.OrganisationId is { } own && coach.OrganisationId is { } theirs && own != theirs;
        if (otherOrganisation && rules.OtherOrganisation == OtherOrganisationRule.Prefer)
        {
            total += Part(parts, ScorePartKind.OtherOrganisationPreferred, weights.OtherOrganisationPreferred, 0, 0);
        }
        else if (otherOrganisation && rules.OtherOrganisation == OtherOrganisationRule.Avoid)
        {
            total += Part(parts, ScorePartKind.OtherOrganisationAvoided, -weights.OtherOrganisationAvoided, 0, 0);
        }

        var load = coach.Capacity > 0 ? weights.LoadSpreading * coach.PlacesLeft / coach.Capacity : 0;
        total += Part(parts, ScorePartKind.LoadSpreading, load, Math.Min(coach.PlacesUsed, coach.Capacity), coach.Capacity);
        return total;
    }

    private static int Part(List<ScorePart>? parts, ScorePartKind kind, int points, int value, int outOf)
    {
        parts?.Add(new ScorePart(kind, points, value, outOf));
        return points;
    }

    private static int FormatCount(DeliveryFormat formats) =>
        System.Numerics.BitOperations.PopCount((uint)(formats & (DeliveryFormat.FaceToFace | DeliveryFormat.Telephone | DeliveryFormat.Video)));
}
