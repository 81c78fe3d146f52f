using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Matching.Suggestions;

/// <summary>
/// A coach or mentor profile as matching sees it: who the practitioner is, where they work, what they offer and
/// how many of their places are in use. The web layer projects it from <see cref="CoachProfile"/>.
/// </summary>
public sealed record CoachCandidate
{
    /// <summary>The coach profile id: preferences and matches name the profile, not the person.</summary>
    public required Guid ProfileId { get; init; }

    /// <summary>The practitioner's person id, compared with the requester and their reporting line.</summary>
    public required Guid PersonId { get; init; }

    public required Guid SchemeId { get; init; }

    public Guid? OrganisationId { get; init; }

    public Guid? ServiceAreaId { get; init; }

    public required OfferType Offers { get; init; }

    public DeliveryFormat Formats { get; init; }

    public required ProfileStatus Status { get; init; }

    public bool AcceptingNewCoachees { get; init; } = true;

    public required int Capacity { get; init; }

    /// <summary>Matches in a status that holds a place (<see cref="Match.HoldsPlace"/>).</summary>
    public int PlacesUsed { get; init; }

    /// <summary>The coaching areas offered (ids of <see cref="CoachingArea"/>).</summary>
    public IReadOnlyList<Guid> AreaIds { get; init; } = [];

    public int PlacesLeft => CoachCapacity.PlacesLeft(Capacity, PlacesUsed);
}
