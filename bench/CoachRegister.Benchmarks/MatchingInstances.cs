using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;

namespace CoachRegister.Benchmarks;

/// <summary>
/// Seeded requests and coaches of a realistic shape for the matching benchmarks: three schemes (one partner
/// register opened to the requesters, one not), 20 organisations with 8 service areas each, 16 coaching areas,
/// mixed offers and formats, and line managers who are sometimes coaches themselves. The same seed always gives
/// the same data, ids included, so the optimal and greedy figures come from one instance.
/// </summary>
public static class MatchingInstances
{
    public const int CohortRequests = 1000;
    public const int CohortCoaches = 2000;
    public const int RegisterCoaches = 5000;

    private const int Organisations = 20;
    private const int ServiceAreasPerOrganisation = 8;
    private const int Areas = 16;

    private static readonly DeliveryFormat[] Formats = [DeliveryFormat.FaceToFace, DeliveryFormat.Telephone, DeliveryFormat.Video];

    /// <summary>The scheme rules every instance is matched under: another organisation preferred, default weights.</summary>
    public static MatchingRules Rules { get; } = MatchingRules.Default with { OtherOrganisation = OtherOrganisationRule.Prefer };

    /// <summary>
    /// A cohort: every coach published, accepting new coachees and with 1 to 4 places left (0 to 2 more in use),
    /// so the pool is the coaches with places and eligibility comes from the people, offers, formats and schemes.
    /// </summary>
    public static (RequestToMatch[] Requests, CoachCandidate[] Coaches) Cohort(int seed, int requests, int coaches)
    {
        var world = new World(new Random(seed));
        var pool = Enumerable.Range(0, coaches).Select(_ => world.Coach(cohort: true)).ToArray();
        return (Enumerable.Range(0, requests).Select(_ => world.Request(pool)).ToArray(), pool);
    }

    /// <summary>One request against a whole register: paused, draft, full and not-accepting profiles included.</summary>
    public static (RequestToMatch Request, CoachCandidate[] Coaches) Register(int seed, int coaches)
    {
        var world = new World(new Random(seed));
        var register = Enumerable.Range(0, coaches).Select(_ => world.Coach(cohort: false)).ToArray();
        return (world.Request(register), register);
    }

    private sealed class World(Random random)
    {
        private readonly Guid[] _schemes = [.. Enumerable.Range(0, 3).Select(_ => NewId(random))];
        private readonly Guid[] _organisations = [.. Enumerable.Range(0, Organisations).Select(_ => NewId(random))];
        private readonly Guid[] _serviceAreas = [.. Enumerable.Range(0, Organisations * ServiceAreasPerOrganisation).Select(_ => NewId(random))];
        private readonly Guid[] _areas = [.. Enumerable.Range(0, Areas).Select(_ => NewId(random))];

        public CoachCandidate Coach(bool cohort)
        {
            var organisation = random.Next(Organisations);
            int capacity, used;
            if (cohort)
            {
                var left = random.Next(1, 5);
                used = random.Next(0, 3);
                capacity = left + used;
            }
            else
            {
                capacity = random.Next(1, 9);
                used = random.Next(0, capacity + 1);
            }

            var roll = random.Next(100);
            return new CoachCandidate
            {
                ProfileId = NewId(random),
                PersonId = NewId(random),
                // Most coaches are in the requesters' scheme, some in the opened partner scheme, a few in a closed one.
                SchemeId = roll < 60 ? _schemes[0] : roll < 85 ? _schemes[1] : _schemes[2],
                OrganisationId = _organisations[organisation],
                ServiceAreaId = ServiceArea(organisation),
                Offers = random.Next(100) switch { < 45 => OfferType.Coaching, < 65 => OfferType.Mentoring, _ => OfferType.Both },
                Formats = SomeFormats(),
                Status = cohort ? ProfileStatus.Published : random.Next(100) switch { < 5 => ProfileStatus.Paused, < 9 => ProfileStatus.Draft, _ => ProfileStatus.Published },
                AcceptingNewCoachees = cohort || random.Next(11) != 0,
                Capacity = capacity,
                PlacesUsed = used,
                AreaIds = Pick(_areas, random.Next(3, 7)),
            };
        }

        public RequestToMatch Request(CoachCandidate[] coaches)
        {
            var organisation = random.Next(Organisations);
            // One requester in five has a coach as line manager, one in ten a coach higher up.
            var chain = new[] { NewId(random), NewId(random), NewId(random) };
            if (random.Next(5) == 0)
            {
                chain[0] = coaches[random.Next(coaches.Length)].PersonId;
            }

            if (random.Next(10) == 0)
            {
                chain[1 + random.Next(2)] = coaches[random.Next(coaches.Length)].PersonId;
            }

            return new RequestToMatch
            {
                RequestId = NewId(random),
                RequesterId = NewId(random),
                SchemeId = _schemes[0],
                OrganisationId = _organisations[organisation],
                ServiceAreaId = ServiceArea(organisation),
                ManagerChain = chain,
                Wanted = random.Next(100) < 70 ? OfferType.Coaching : OfferType.Mentoring,
                Formats = random.Next(100) < 40 ? DeliveryFormat.None : SomeFormats(),
                AreasNeeded = Pick(_areas, random.Next(1, 4)),
                Preferences = Pick(coaches.Select(c => c.ProfileId).ToArray(), random.Next(0, 4)),
                VisibleSchemeIds = new HashSet<Guid> { _schemes[1] },
            };
        }

        private Guid ServiceArea(int organisation) =>
            _serviceAreas[(organisation * ServiceAreasPerOrganisation) + random.Next(ServiceAreasPerOrganisation)];

        private DeliveryFormat SomeFormats()
        {
            var formats = DeliveryFormat.None;
            foreach (var format in Formats)
            {
                if (random.Next(100) < 55)
                {
                    formats |= format;
                }
            }

            return formats == DeliveryFormat.None ? Formats[random.Next(Formats.Length)] : formats;
        }

        private Guid[] Pick(Guid[] from, int count)
        {
            var picked = new List<Guid>(count);
            while (picked.Count < Math.Min(count, from.Length))
            {
                var next = from[random.Next(from.Length)];
                if (!picked.Contains(next))
                {
                    picked.Add(next);
                }
            }

            return [.. picked];
        }
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
