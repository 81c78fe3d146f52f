using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Matching;

/// <summary>
/// Makes proposals for the scheme team, one at a time or a whole cohort: each through
/// <see cref="MatchRequest.Propose"/> on facts read just now, each reserving a place of its coach, with its
/// e-mails and audit events. Nothing is saved here: the caller's one SaveChanges saves all of it or none.
/// </summary>
public sealed class Matchmaker(AppDbContext db, MatchingFacts facts, MatchingMail mail, TimeProvider time)
{
    /// <summary>Proposes <paramref name="coachProfileId"/> for a request loaded with its matches (tracked).</summary>
    /// <exception cref="RuleBrokenException">The request is not waiting for a match, or the coach is not eligible now.</exception>
    public async Task<Match> ProposeAsync(MatchRequest request, Guid coachProfileId, MatchingSettings settings, Guid byPersonId, CancellationToken ct)
    {
        var made = await ProposeAllAsync([(request, coachProfileId)], settings, byPersonId, ct);
        return made.Single();
    }

    /// <summary>
    /// Proposes every pair, in order, on one reading of the requests and coaches: a coach's places are counted
    /// down as the pairs take them, so a pair beyond a coach's places is refused like any ineligible one.
    /// </summary>
    public async Task<IReadOnlyList<Match>> ProposeAllAsync(IReadOnlyList<(MatchRequest Request, Guid CoachProfileId)> pairs, MatchingSettings settings, Guid byPersonId, CancellationToken ct)
    {
        var requestFacts = (await facts.RequestsAsync(pairs.Select(p => p.Request.Id).ToList(), ct)).ToDictionary(r => r.RequestId);
        var coachIds = pairs.Select(p => p.CoachProfileId).Distinct().ToList();
        var coaches = await facts.CoachesByIdAsync(coachIds, requestFacts.Values.SelectMany(r => r.AreasNeeded).Distinct().ToList(), ct);
        var candidates = coaches.Coaches.ToDictionary(c => c.ProfileId);
        var now = time.GetUtcNow();
        var made = new List<Match>();
        foreach (var (request, coachId) in pairs)
        {
            if (!candidates.TryGetValue(coachId, out var coach))
            {
                throw new RuleBrokenException(Rule.CoachNotEligible);
            }

            var match = request.Propose(requestFacts[request.Id], coach, settings, byPersonId, now);
            candidates[coachId] = coach with { PlacesUsed = coach.PlacesUsed + 1 };
            made.Add(match);
            mail.Audit("MatchProposed", nameof(Match), match.Id, byPersonId, $"Request {request.Id}");
        }

        foreach (var coachId in coachIds)
        {
            ReservePlaces(coachId, coaches.Stamps[coachId]);
        }

        foreach (var match in made)
        {
            var request = match.MatchRequest!;
            var coach = (await mail.CoachAsync(match.CoachProfileId, ct))!;
            var requester = (await mail.RecipientAsync(request.RequesterId, ct))!;
            await mail.CoachNewsAsync(coach, requester, match, CoachNews.Proposal, ct);
            await mail.RequestNewsAsync(requester, request, RequestNews.CoachProposed, ct, coach.Name, match);
        }

        return made;
    }

    /// <summary>
    /// Writes a new stamp on the coach's profile on condition that it still holds the one read with their places:
    /// a proposal saved meanwhile for the same coach changed it, and then this save fails instead of overbooking.
    /// </summary>
    private void ReservePlaces(Guid coachProfileId, Guid stampRead)
    {
        var stub = new CoachProfile { Id = coachProfileId, ConcurrencyStamp = stampRead };
        db.CoachProfiles.Attach(stub);
        db.Entry(stub).Property(p => p.ConcurrencyStamp).IsModified = true;
    }

    /// <summary>Whether a failed save lost the race for a coach's places (rather than for the request itself).</summary>
    public static bool LostPlaceRace(DbUpdateConcurrencyException conflict) =>
        conflict.Entries.Any(e => e.Entity is CoachProfile);
}
