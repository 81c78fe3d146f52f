namespace CoachRegister.Domain.Matching.Suggestions;

/// <summary>An eligible coach with their score; <see cref="Choice"/> is 1, 2 or 3 when the requester named them.</summary>
public sealed record Suggestion(CoachCandidate Coach, MatchScore Score, int? Choice);

/// <summary>A coach the requester named who cannot be matched, with every reason.</summary>
public sealed record IneligiblePreference(int Choice, Guid ProfileId, CoachCandidate? Coach, Ineligibility Reasons);

/// <summary>The eligible coaches for one request, best first, and the named preferences that are not among them.</summary>
public sealed record SuggestionList(IReadOnlyList<Suggestion> Ranked, IReadOnlyList<IneligiblePreference> IneligiblePreferences);

/// <summary>Suggestions for one request: every eligible coach ranked by score, never a relaxed rule.</summary>
public static class MatchSuggestions
{
    /// <summary>
    /// Ranks every eligible coach by total score, highest first. Ties go to a named preference (first choice
    /// first), then to more places left, then to the lower profile id, so the same input always gives the same
    /// order. Each named preference that is ineligible, or missing from <paramref name="coaches"/> (reason
    /// <see cref="Ineligibility.NotOnRegister"/>), is listed with its reasons in choice order.
    /// </summary>
    /// <param name="coaches">Each profile once: every coach the requester could see, and the preferred ones whatever their status.</param>
    public static SuggestionList For(RequestToMatch request, IEnumerable<CoachCandidate> coaches, MatchingRules rules)
    {
        var ranked = new List<Suggestion>();
        var preferences = request.Preferences;
        var preferred = new CoachCandidate?[preferences.Count];
        var preferredReasons = new Ineligibility[preferences.Count];
        foreach (var coach in coaches)
        {
            var reasons = MatchEligibility.Check(request, coach, rules);
            var choice = request.ChoiceOf(coach.ProfileId);
            if (choice is { } c)
            {
                preferred[c - 1] = coach;
                preferredReasons[c - 1] = reasons;
            }

            if (reasons == Ineligibility.None)
            {
                ranked.Add(new Suggestion(coach, MatchScoring.Score(request, coach, rules), choice));
            }
        }

        ranked.Sort(BestFirst);

        var ineligible = new List<IneligiblePreference>();
        for (var i = 0; i < preferences.Count; i++)
        {
            if (preferred[i] is null)
            {
                ineligible.Add(new IneligiblePreference(i + 1, preferences[i], null, Ineligibility.NotOnRegister));
            }
            else if (preferredReasons[i] != Ineligibility.None)
            {
                ineligible.Add(new IneligiblePreference(i + 1, preferences[i], preferred[i], preferredReasons[i]));
            }
        }

        return new SuggestionList(ranked, ineligible);
    }

    private static int BestFirst(Suggestion x, Suggestion y)
    {
        var byScore = y.Score.Total.CompareTo(x.Score.Total);
        if (byScore != 0)
        {
            return byScore;
        }

        var byChoice = (x.Choice ?? int.MaxValue).CompareTo(y.Choice ?? int.MaxValue);
        if (byChoice != 0)
        {
            return byChoice;
        }

        var byPlaces = y.Coach.PlacesLeft.CompareTo(x.Coach.PlacesLeft);
        return byPlaces != 0 ? byPlaces : x.Coach.ProfileId.CompareTo(y.Coach.ProfileId);
    }
}
