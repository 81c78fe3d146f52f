using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Matching.Suggestions;

/// <summary>
/// What matching needs to know about one request for a coach or mentor and the person who made it. The web
/// layer builds it from the request, the requester and their reporting line; matching never reads entities.
/// </summary>
public sealed record RequestToMatch
{
    /// <summary>The most named preferences a request may carry: a first, second and third choice.</summary>
    public const int MaxPreferences = 3;

    public required Guid RequestId { get; init; }

    /// <summary>The requester's person id (not a coach profile id).</summary>
    public required Guid RequesterId { get; init; }

    /// <summary>The requester's own scheme, whose matching rules apply; its coaches are always visible.</summary>
    public required Guid SchemeId { get; init; }

    public Guid? OrganisationId { get; init; }

    public Guid? ServiceAreaId { get; init; }

    /// <summary>
    /// The requester's reporting line as person ids: the line manager first, then that person's manager, and
    /// so on to the top. Nobody in it may coach the requester.
    /// </summary>
    public IReadOnlyList<Guid> ManagerChain { get; init; } = [];

    /// <summary>Coaching or mentoring: exactly one of the two, never both and never none.</summary>
    public required OfferType Wanted
    {
        get;
        init => field = value is OfferType.Coaching or OfferType.Mentoring
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Wanted), value, "A request asks for coaching or for mentoring, not both.");
    }

    /// <summary>The formats the requester can take part in; <see cref="DeliveryFormat.None"/> accepts any.</summary>
    public DeliveryFormat Formats { get; init; }

    /// <summary>The coaching areas the requester needs (ids of <see cref="CoachingArea"/>), each once.</summary>
    public IReadOnlyList<Guid> AreasNeeded
    {
        get;
        init => field = value.Distinct().ToArray();
    } = [];

    /// <summary>Coach profile ids the requester named, first choice first: at most three, each once.</summary>
    public IReadOnlyList<Guid> Preferences
    {
        get;
        init => field = value.Count <= MaxPreferences && value.Distinct().Count() == value.Count
            ? value.ToArray()
            : throw new ArgumentException($"A request names at most {MaxPreferences} different preferred coaches.", nameof(Preferences));
    } = [];

    /// <summary>
    /// Schemes whose registers are opened to the requester (partner schemes). The requester's own scheme counts
    /// whether or not it is in the set.
    /// </summary>
    public IReadOnlySet<Guid> VisibleSchemeIds { get; init; } = new HashSet<Guid>();

    /// <summary>Coach profiles already proposed for this request whose proposal came to nothing (<see cref="Match.Closed"/>).</summary>
    public IReadOnlySet<Guid> AlreadyProposed { get; init; } = new HashSet<Guid>();

    /// <summary>The choice (1, 2 or 3) the requester gave this coach profile, or null when not named.</summary>
    public int? ChoiceOf(Guid profileId)
    {
        var preferences = Preferences;
        for (var i = 0; i < preferences.Count; i++)
        {
            if (preferences[i] == profileId)
            {
                return i + 1;
            }
        }

        return null;
    }
}
