using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Register;

/// <summary>How many coachees a practitioner may hold at once, and how many places are left.</summary>
public static class CoachCapacity
{
    /// <summary>
    /// The scheme's ceiling: lower while any qualification is still in training (004: up to 4 while
    /// developing, a maximum of 8), because a developing practitioner also has assignments to complete.
    /// </summary>
    public static int MaximumFor(Scheme scheme, bool anyQualificationInTraining) =>
        anyQualificationInTraining ? scheme.MaxCoacheesWhileDeveloping : scheme.MaxCoachees;

    public static bool IsWithinBounds(int capacity, Scheme scheme, bool anyQualificationInTraining) =>
        capacity >= 1 && capacity <= MaximumFor(scheme, anyQualificationInTraining);

    /// <summary>Places used come from matches in a status that holds a place (Match.HoldsPlace).</summary>
    public static int PlacesLeft(int capacity, int placesUsed) => Math.Max(0, capacity - placesUsed);

    /// <summary>
    /// "Has places now": published, accepting new coachees and at least one place free. A paused or
    /// withdrawn practitioner never has places, whatever the numbers say.
    /// </summary>
    public static bool HasPlacesNow(ProfileStatus status, bool acceptingNewCoachees, int capacity, int placesUsed) =>
        status == ProfileStatus.Published && acceptingNewCoachees && PlacesLeft(capacity, placesUsed) > 0;
}

/// <summary>Who may join the register to offer coaching or mentoring (003 s.3.2).</summary>
public static class CoachEligibility
{
    /// <summary>ILM Level 5 or above, achieved (not in training).</summary>
    public static bool HoldsCoachingQualification(IEnumerable<(QualificationLevel Level, QualificationStatus Status)> qualifications) =>
        qualifications.Any(q => q.Status == QualificationStatus.Achieved && q.Level is QualificationLevel.Ilm5 or QualificationLevel.Ilm7);

    /// <summary>
    /// A coach needs ILM5+ (or equivalent) and/or a passed competency-based interview where the scheme
    /// accepts interviews. Mentoring has no requirement beyond ethical practice. "Equivalent" (Other) is a
    /// judgement HR makes by holding the interview, so it does not qualify on its own.
    /// </summary>
    public static bool MayOffer(
        OfferType offers,
        Scheme scheme,
        IEnumerable<(QualificationLevel Level, QualificationStatus Status)> qualifications,
        InterviewOutcome interview)
    {
        if (!offers.HasFlag(OfferType.Coaching))
        {
            return true;
        }

        return HoldsCoachingQualification(qualifications)
            || (scheme.AllowsCompetencyInterview && interview == InterviewOutcome.Passed);
    }
}
