using CoachRegister.Data;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Matching;

/// <summary>
/// What the pure matching functions need, read in a fixed number of set-based queries whatever the number of
/// requests or coaches: never a query per coach, per request or per level of a reporting line (up to
/// <see cref="LevelsPerQuery"/> levels come in one query).
/// </summary>
public sealed class MatchingFacts(AppDbContext db)
{
    /// <summary>Managers above a person read in one query; a deeper line takes one more query per this many levels.</summary>
    public const int LevelsPerQuery = 6;

    /// <summary>The requests as matching sees them, with their requesters' reporting lines and the registers open to them.</summary>
    public async Task<IReadOnlyList<RequestToMatch>> RequestsAsync(IReadOnlyCollection<Guid> requestIds, CancellationToken ct)
    {
        if (requestIds.Count == 0)
        {
            return [];
        }

        var rows = await db.MatchRequests.AsNoTracking()
            .Where(r => requestIds.Contains(r.Id))
            .Select(r => new
            {
                r.Id,
                r.RequesterId,
                r.SchemeId,
                r.Requester!.OrganisationId,
                r.Requester.ServiceAreaId,
                r.Wanted,
                r.Formats,
                r.PreferredCoachId,
                r.SecondPreferredCoachId,
                r.ThirdPreferredCoachId,
            })
            .ToListAsync(ct);
        var areas = (await db.MatchRequests.AsNoTracking()
                .Where(r => requestIds.Contains(r.Id))
                .SelectMany(r => r.AreasNeeded, (r, a) => new { RequestId = r.Id, AreaId = a.Id })
                .ToListAsync(ct))
            .ToLookup(a => a.RequestId, a => a.AreaId);
        var schemes = rows.Select(r => r.SchemeId).Distinct().ToList();
        var opened = (await db.RegisterOpenings.AsNoTracking()
                .Where(o => schemes.Contains(o.PartnerSchemeId))
                .Select(o => new { o.PartnerSchemeId, o.SchemeId })
                .ToListAsync(ct))
            .ToLookup(o => o.PartnerSchemeId, o => o.SchemeId);
        var tried = (await db.Matches.AsNoTracking()
                .Where(m => m.MatchRequestId != null && requestIds.Contains(m.MatchRequestId.Value) && Match.Closed.Contains(m.Status))
                .Select(m => new { RequestId = m.MatchRequestId!.Value, m.CoachProfileId })
                .ToListAsync(ct))
            .ToLookup(m => m.RequestId, m => m.CoachProfileId);
        var chains = await ReportingLinesAsync(rows.Select(r => r.RequesterId).Distinct().ToList(), ct);

        return rows.Select(r => new RequestToMatch
        {
            RequestId = r.Id,
            RequesterId = r.RequesterId,
            SchemeId = r.SchemeId,
            OrganisationId = r.OrganisationId,
            ServiceAreaId = r.ServiceAreaId,
            ManagerChain = chains[r.RequesterId],
            Wanted = r.Wanted is OfferType.Coaching or OfferType.Mentoring ? r.Wanted : OfferType.Coaching,
            Formats = r.Formats,
            AreasNeeded = areas[r.Id].ToList(),
            Preferences = new[] { r.PreferredCoachId, r.SecondPreferredCoachId, r.ThirdPreferredCoachId }.OfType<Guid>().ToList(),
            VisibleSchemeIds = opened[r.SchemeId].Append(r.SchemeId).ToHashSet(),
            AlreadyProposed = tried[r.Id].ToHashSet(),
        }).ToList();
    }

    /// <summary>
    /// The coaches who may be eligible for requests seeing <paramref name="schemeIds"/> and wanting
    /// <paramref name="wanted"/> in one of <paramref name="formats"/> (none: any format): those with a place now
    /// (published, taking people on, a place free: the maintained <see cref="CoachProfile.HasPlacesNow"/>), offering
    /// it, and the profiles in <paramref name="alsoProfileIds"/> whatever their state, so a named preference shows why
    /// it cannot be matched. Only areas in <paramref name="areaIds"/> are read: the score looks at no other.
    /// </summary>
    /// <remarks>
    /// Every coach left out here fails a rule of <see cref="MatchEligibility"/> that needs nothing but the profile, so
    /// the eligible coaches are the same as when every profile of the schemes is read, and far fewer rows come back.
    /// </remarks>
    public Task<CoachSet> CoachesAsync(
        IReadOnlyCollection<Guid> schemeIds, OfferType wanted, DeliveryFormat formats, IReadOnlyCollection<Guid> alsoProfileIds, IReadOnlyCollection<Guid> areaIds, CancellationToken ct) =>
        LoadAsync(
            db.CoachProfiles.AsNoTracking().Where(p =>
                (schemeIds.Contains(p.SchemeId) && p.Status == ProfileStatus.Published && p.HasPlacesNow && (p.Offers & wanted) != 0
                    && (formats == DeliveryFormat.None || (p.Formats & formats) != 0))
                || alsoProfileIds.Contains(p.Id)),
            // Every profile with a wanted area, read from the join table's (area, profile) key alone rather than
            // through the coach filter a second time; rows of profiles not read above are never looked up.
            db.Set<Dictionary<string, object>>("CoachProfileAreas").AsNoTracking()
                .Where(pa => areaIds.Contains(EF.Property<Guid>(pa, "AreasId")))
                .Select(pa => new ProfileArea(EF.Property<Guid>(pa, "CoachProfileId"), EF.Property<Guid>(pa, "AreasId"))),
            areaIds.Count > 0,
            ct);

    /// <summary>Exactly the profiles named, whatever their state (a proposal, a cohort's pool).</summary>
    public Task<CoachSet> CoachesByIdAsync(IReadOnlyCollection<Guid> profileIds, IReadOnlyCollection<Guid> areaIds, CancellationToken ct)
    {
        var profiles = db.CoachProfiles.AsNoTracking().Where(p => profileIds.Contains(p.Id));
        return LoadAsync(
            profiles,
            profiles.SelectMany(p => p.Areas.Where(a => areaIds.Contains(a.Id)), (p, a) => new ProfileArea(p.Id, a.Id)),
            areaIds.Count > 0,
            ct);
    }

    /// <summary>Everything the suggestions for one request need: its facts and the coaches who could be matched with it.</summary>
    public async Task<(RequestToMatch Request, IReadOnlyList<CoachCandidate> Coaches)?> ForRequestAsync(Guid requestId, CancellationToken ct)
    {
        var request = (await RequestsAsync([requestId], ct)).SingleOrDefault();
        if (request is null)
        {
            return null;
        }

        var coaches = await CoachesAsync(request.VisibleSchemeIds, request.Wanted, request.Formats, request.Preferences, request.AreasNeeded, ct);
        return (request, coaches.Coaches);
    }

    /// <summary>The ranked suggestions for one request under its scheme's settings.</summary>
    public async Task<(RequestToMatch Request, SuggestionList Suggestions)?> SuggestionsAsync(Guid requestId, MatchingRules rules, CancellationToken ct)
    {
        if (await ForRequestAsync(requestId, ct) is not var (request, coaches))
        {
            return null;
        }

        return (request, MatchSuggestions.For(request, coaches, rules));
    }

    /// <summary>
    /// The coaches with their places in use and the concurrency stamp read in the same row: whoever then takes one
    /// of their places writes the stamp it read, so of two proposals made on the same reading of a coach's places
    /// only the first is saved. Places in use are the profile's maintained <see cref="CoachProfile.PlacesUsed"/>,
    /// which every save that changes a match of the coach recounts and stamps (<c>DirectoryUpkeep</c>).
    /// </summary>
    private static async Task<CoachSet> LoadAsync(IQueryable<CoachProfile> profiles, IQueryable<ProfileArea> wantedAreas, bool anyAreas, CancellationToken ct)
    {
        var rows = await profiles
            .Select(p => new
            {
                p.Id,
                p.PersonId,
                p.SchemeId,
                p.Person!.OrganisationId,
                p.Person.ServiceAreaId,
                p.Offers,
                p.Formats,
                p.Status,
                p.AcceptingNewCoachees,
                p.Capacity,
                p.ConcurrencyStamp,
                p.PlacesUsed,
            })
            .ToListAsync(ct);
        var areas = anyAreas
            ? (await wantedAreas.ToListAsync(ct)).ToLookup(a => a.ProfileId, a => a.AreaId)
            : Enumerable.Empty<Guid>().ToLookup(_ => Guid.Empty);

        var coaches = rows.Select(r => new CoachCandidate
        {
            ProfileId = r.Id,
            PersonId = r.PersonId,
            SchemeId = r.SchemeId,
            OrganisationId = r.OrganisationId,
            ServiceAreaId = r.ServiceAreaId,
            Offers = r.Offers,
            Formats = r.Formats,
            Status = r.Status,
            AcceptingNewCoachees = r.AcceptingNewCoachees,
            Capacity = r.Capacity,
            PlacesUsed = r.PlacesUsed,
            AreaIds = areas[r.Id].ToList(),
        }).ToList();
        return new CoachSet(coaches, rows.ToDictionary(r => r.Id, r => r.ConcurrencyStamp));
    }

    /// <summary>Each person's managers, nearest first, read <see cref="LevelsPerQuery"/> levels a query for all of them at once.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<Guid>>> ReportingLinesAsync(IReadOnlyList<Guid> personIds, CancellationToken ct)
    {
        var chains = personIds.ToDictionary(id => id, _ => new List<Guid>());
        // Whose chains go on from each person still to read: at first everyone's own.
        var continuing = personIds.ToDictionary(id => id, id => new List<Guid> { id });
        while (continuing.Count > 0)
        {
            var from = continuing.Keys.ToList();
            var levels = await db.People.AsNoTracking()
                .Where(p => from.Contains(p.Id))
                .Select(p => new
                {
                    p.Id,
                    L1 = p.LineManagerId,
                    L2 = p.LineManager!.LineManagerId,
                    L3 = p.LineManager.LineManager!.LineManagerId,
                    L4 = p.LineManager.LineManager.LineManager!.LineManagerId,
                    L5 = p.LineManager.LineManager.LineManager.LineManager!.LineManagerId,
                    L6 = p.LineManager.LineManager.LineManager.LineManager.LineManager!.LineManagerId,
                })
                .ToListAsync(ct);
            var next = new Dictionary<Guid, List<Guid>>();
            foreach (var level in levels)
            {
                Guid?[] managers = [level.L1, level.L2, level.L3, level.L4, level.L5, level.L6];
                foreach (var owner in continuing[level.Id])
                {
                    var chain = chains[owner];
                    var complete = true;
                    foreach (var manager in managers)
                    {
                        // A reporting line that loops back on itself (bad data) stops where it repeats.
                        if (manager is not { } id || id == owner || chain.Contains(id))
                        {
                            complete = false;
                            break;
                        }

                        chain.Add(id);
                    }

                    if (complete)
                    {
                        var deepest = level.L6!.Value;
                        if (!next.TryGetValue(deepest, out var owners))
                        {
                            next[deepest] = owners = [];
                        }

                        owners.Add(owner);
                    }
                }
            }

            continuing = next;
        }

        return chains.ToDictionary(c => c.Key, c => (IReadOnlyList<Guid>)c.Value);
    }
}

/// <summary>One of a profile's coaching areas.</summary>
public sealed record ProfileArea(Guid ProfileId, Guid AreaId);

/// <summary>Coaches as matching sees them, with the concurrency stamp each was read at.</summary>
public sealed record CoachSet(IReadOnlyList<CoachCandidate> Coaches, IReadOnlyDictionary<Guid, Guid> Stamps);
