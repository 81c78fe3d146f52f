using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Matching.Suggestions;

/// <summary>
/// Why a coach cannot be matched with a request. Flags, so one value carries every reason at once;
/// <see cref="Ineligibility.None"/> means eligible. The web renders each flag in English or Welsh.
/// </summary>
[Flags]
public enum Ineligibility
{
    None = 0,

    /// <summary>The coach is the requester.</summary>
    IsTheRequester = 1 << 0,

    /// <summary>The coach is the requester's line manager.</summary>
    IsLineManager = 1 << 1,

    /// <summary>The coach is above the line manager in the requester's reporting line.</summary>
    IsHigherInReportingLine = 1 << 2,

    /// <summary>Same service area as the requester, and the scheme does not allow it.</summary>
    SameServiceArea = 1 << 3,

    /// <summary>Every place is in use.</summary>
    NoPlacesLeft = 1 << 4,

    /// <summary>The coach has said they are not taking anyone new.</summary>
    NotAcceptingNewCoachees = 1 << 5,

    /// <summary>The profile is paused, a draft or withdrawn.</summary>
    NotPublished = 1 << 6,

    /// <summary>The coach does not offer the wanted kind (coaching or mentoring).</summary>
    DoesNotOfferWantedType = 1 << 7,

    /// <summary>The coach offers none of the formats the requester named.</summary>
    NoWantedFormat = 1 << 8,

    /// <summary>The coach's scheme is neither the requester's nor a partner scheme opened to them.</summary>
    SchemeNotVisible = 1 << 9,

    /// <summary>A named preference that is not among the coaches given to matching: no longer on the register.</summary>
    NotOnRegister = 1 << 10,

    /// <summary>
    /// This coach was proposed for this request before and it came to nothing (declined, expired, withdrawn or a
    /// no after the chemistry meeting): the request goes back to HR with the next suggestions, not the same one.
    /// </summary>
    AlreadyProposed = 1 << 11,
}

/// <summary>
/// Whether one coach may be matched with one request. The rules are never relaxed: when nobody is eligible,
/// nobody is suggested, and HR sees why.
/// </summary>
public static class MatchEligibility
{
    private static readonly Ineligibility[] AllReasons =
        Enum.GetValues<Ineligibility>().Where(r => r != Ineligibility.None).ToArray();

    /// <summary>Every reason the coach cannot be matched with the request, or <see cref="Ineligibility.None"/>.</summary>
    public static Ineligibility Check(RequestToMatch request, CoachCandidate coach, MatchingRules rules)
    {
        var reasons = Ineligibility.None;
        if (coach.PersonId == request.RequesterId)
        {
            reasons |= Ineligibility.IsTheRequester;
        }

        var chain = request.ManagerChain;
        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i] == coach.PersonId)
            {
                reasons |= i == 0 ? Ineligibility.IsLineManager : Ineligibility.IsHigherInReportingLine;
                break;
            }
        }

        if (!rules.AllowsSameServiceArea && request.ServiceAreaId is { } area && coach.ServiceAreaId == area)
        {
            reasons |= Ineligibility.SameServiceArea;
        }

        if (coach.PlacesLeft == 0)
        {
            reasons |= Ineligibility.NoPlacesLeft;
        }

        if (!coach.AcceptingNewCoachees)
        {
            reasons |= Ineligibility.NotAcceptingNewCoachees;
        }

        if (coach.Status != ProfileStatus.Published)
        {
            reasons |= Ineligibility.NotPublished;
        }

        if ((coach.Offers & request.Wanted) == 0)
        {
            reasons |= Ineligibility.DoesNotOfferWantedType;
        }

        if (request.Formats != DeliveryFormat.None && (coach.Formats & request.Formats) == 0)
        {
            reasons |= Ineligibility.NoWantedFormat;
        }

        if (coach.SchemeId != request.SchemeId && !request.VisibleSchemeIds.Contains(coach.SchemeId))
        {
            reasons |= Ineligibility.SchemeNotVisible;
        }

        if (request.AlreadyProposed.Contains(coach.ProfileId))
        {
            reasons |= Ineligibility.AlreadyProposed;
        }

        return reasons;
    }

    /// <summary>The single reasons in a combined value, in the order of the enum, for showing one per line.</summary>
    public static IReadOnlyList<Ineligibility> Each(Ineligibility reasons) =>
        AllReasons.Where(r => (reasons & r) != 0).ToArray();
}
