namespace CoachRegister.Domain.Matching.Suggestions;

/// <summary>A coach in a cohort's pool, with the places they can still take (zero or more).</summary>
public readonly record struct CohortCoach(Guid CoachId, int Places);

/// <summary>A request and a coach who may be matched with it, with the coach's score for that request.</summary>
public readonly record struct EligiblePair(Guid RequestId, Guid CoachId, int Score);

/// <summary>
/// The requests to match together, the pool of coaches and every eligible pair with its score: the input of
/// <see cref="CohortMatching"/>. Only the pairs given may be matched, so every eligibility rule holds by
/// construction. The same input, in the same order, always gives the same result.
/// </summary>
public sealed class Cohort
{
    /// <exception cref="ArgumentException">A request or coach given twice, negative places, a pair naming an
    /// unknown request or coach, or the same pair twice.</exception>
    public Cohort(IEnumerable<Guid> requestIds, IEnumerable<CohortCoach> coaches, IEnumerable<EligiblePair> pairs)
    {
        RequestIds = requestIds.ToArray();
        Coaches = coaches.ToArray();
        Pairs = pairs.ToArray();

        var requestIndex = new Dictionary<Guid, int>(RequestIds.Count);
        for (var r = 0; r < RequestIds.Count; r++)
        {
            if (!requestIndex.TryAdd(RequestIds[r], r))
            {
                throw new ArgumentException($"Request {RequestIds[r]} is in the cohort twice.", nameof(requestIds));
            }
        }

        var coachIndex = new Dictionary<Guid, int>(Coaches.Count);
        PlacesOf = new int[Coaches.Count];
        for (var c = 0; c < Coaches.Count; c++)
        {
            var coach = Coaches[c];
            if (coach.Places < 0)
            {
                throw new ArgumentException($"Coach {coach.CoachId} has negative places.", nameof(coaches));
            }

            if (!coachIndex.TryAdd(coach.CoachId, c))
            {
                throw new ArgumentException($"Coach {coach.CoachId} is in the pool twice.", nameof(coaches));
            }

            PlacesOf[c] = coach.Places;
        }

        // Pairs grouped by request (compressed rows), keeping their given order within a request.
        PairRequest = new int[Pairs.Count];
        PairCoach = new int[Pairs.Count];
        PairScore = new int[Pairs.Count];
        FirstPairOf = new int[RequestIds.Count + 1];
        for (var p = 0; p < Pairs.Count; p++)
        {
            var pair = Pairs[p];
            if (!requestIndex.TryGetValue(pair.RequestId, out var r))
            {
                throw new ArgumentException($"A pair names request {pair.RequestId}, which is not in the cohort.", nameof(pairs));
            }

            if (!coachIndex.TryGetValue(pair.CoachId, out var c))
            {
                throw new ArgumentException($"A pair names coach {pair.CoachId}, who is not in the pool.", nameof(pairs));
            }

            PairRequest[p] = r;
            PairCoach[p] = c;
            PairScore[p] = pair.Score;
            FirstPairOf[r + 1]++;
        }

        for (var r = 0; r < RequestIds.Count; r++)
        {
            FirstPairOf[r + 1] += FirstPairOf[r];
        }

        PairsByRequest = new int[Pairs.Count];
        var next = FirstPairOf[..^1];
        for (var p = 0; p < Pairs.Count; p++)
        {
            PairsByRequest[next[PairRequest[p]]++] = p;
        }

        var lastRequestSeen = new int[Coaches.Count];
        Array.Fill(lastRequestSeen, -1);
        for (var r = 0; r < RequestIds.Count; r++)
        {
            for (var i = FirstPairOf[r]; i < FirstPairOf[r + 1]; i++)
            {
                var c = PairCoach[PairsByRequest[i]];
                if (lastRequestSeen[c] == r)
                {
                    throw new ArgumentException($"The pair of request {RequestIds[r]} and coach {Coaches[c].CoachId} is given twice.", nameof(pairs));
                }

                lastRequestSeen[c] = r;
            }
        }
    }

    public IReadOnlyList<Guid> RequestIds { get; }

    public IReadOnlyList<CohortCoach> Coaches { get; }

    public IReadOnlyList<EligiblePair> Pairs { get; }

    /// <summary>Request index of each pair.</summary>
    internal int[] PairRequest { get; }

    /// <summary>Coach index of each pair.</summary>
    internal int[] PairCoach { get; }

    internal int[] PairScore { get; }

    internal int[] PlacesOf { get; }

    /// <summary>Pair indices grouped by request: those of request r are at [FirstPairOf[r], FirstPairOf[r + 1]).</summary>
    internal int[] PairsByRequest { get; }

    internal int[] FirstPairOf { get; }

    /// <summary>
    /// Checks and scores every request against every coach under the scheme's rules: the pool is the coaches
    /// given (places are their places left), the pairs are those <see cref="MatchEligibility.Check"/> accepts.
    /// </summary>
    public static Cohort Build(IEnumerable<RequestToMatch> requests, IEnumerable<CoachCandidate> coaches, MatchingRules rules)
    {
        var requestList = requests.ToArray();
        var coachList = coaches.ToArray();
        var pairs = new List<EligiblePair>();
        foreach (var request in requestList)
        {
            foreach (var coach in coachList)
            {
                if (MatchEligibility.Check(request, coach, rules) == Ineligibility.None)
                {
                    pairs.Add(new EligiblePair(request.RequestId, coach.ProfileId, MatchScoring.Total(request, coach, rules)));
                }
            }
        }

        return new Cohort(
            requestList.Select(r => r.RequestId),
            coachList.Select(c => new CohortCoach(c.ProfileId, c.PlacesLeft)),
            pairs);
    }
}
