using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Matching;

/// <summary>
/// The coaches <see cref="MatchingFacts"/> reads for matching (only those with a place now, offering what is
/// wanted in a wanted format, with their maintained places in use) give the same suggestions, reasons and counts
/// as reading every profile of the registers with its places counted from the matches, the way it was first done,
/// on a random register of every kind of coach.
/// </summary>
public class MatchingFactsTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    [Fact]
    public async Task Suggestions_and_waitlist_counts_are_those_of_reading_every_profile_with_its_places_counted()
    {
        var scene = await factory.SceneAsync();
        var opened = await factory.SchemeAsync();
        var closed = await factory.SchemeAsync();
        var other = await factory.AreaAsync("Resilience");
        await factory.WithDbAsync(async db =>
        {
            db.RegisterOpenings.Add(new RegisterOpening { SchemeId = opened.Id, PartnerSchemeId = scene.Scheme.Id, OpenedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });

        var random = new Random(20261202);
        var schemes = new[] { scene.Scheme.Id, scene.Scheme.Id, opened.Id, closed.Id };
        var statuses = Enum.GetValues<ProfileStatus>();
        var matchStatuses = Enum.GetValues<MatchStatus>();
        var profiles = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            // A few share the requester's organisation and service area; one is their line manager.
            var person = i == 0 ? scene.Manager : await factory.PersonAsync("Coach", $"C{i}", i % 9 == 1 ? scene.RequesterOrganisationId : scene.CoachOrganisationId, null, Roles.Staff, Roles.Coach);
            Guid[] areas = random.Next(4) switch { 0 => [], 1 => [scene.Area.Id], 2 => [other.Id], _ => new[] { scene.Area.Id, other.Id } };
            var profile = await factory.ProfileAsync(person.PersonId, schemes[random.Next(schemes.Length)], p =>
            {
                p.Status = random.Next(3) == 0 ? statuses[random.Next(statuses.Length)] : ProfileStatus.Published;
                p.AcceptingNewCoachees = random.Next(5) > 0;
                p.Capacity = random.Next(0, 4);
                p.Offers = (OfferType)random.Next(1, 4);
                p.Formats = (DeliveryFormat)random.Next(1, 8);
            }, areas);
            profiles.Add(profile.Id);
            await factory.WithDbAsync(async db =>
            {
                for (var m = random.Next(4); m > 0; m--)
                {
                    var coachee = new Person { GivenName = "Coachee", FamilyName = $"{i}-{m}", Email = $"coachee{Guid.NewGuid():N}@example.org" };
                    db.AddRange(coachee, new Match { CoachProfileId = profile.Id, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = matchStatuses[random.Next(matchStatuses.Length)] });
                }

                await db.SaveChangesAsync();
            });
        }

        var request = await factory.RequestAsync(scene, preferences: [profiles[0], profiles[5], profiles[11]]);
        var waiting = await factory.RequestAsync(scene, MatchRequestStatus.Waitlisted, kind: OfferType.Mentoring, requester: await factory.PersonAsync("Wyn", "Waiting", scene.RequesterOrganisationId, scene.Manager.PersonId, Roles.Staff));
        await factory.WithDbAsync(async db =>
        {
            // A coach tried before for the request, and a request that names no format.
            var coachee = await db.People.SingleAsync(p => p.Id == scene.Requester.PersonId);
            db.Matches.Add(new Match { CoachProfileId = profiles[3], CoacheeId = coachee.Id, MatchRequestId = request.Id, Kind = OfferType.Coaching, Status = MatchStatus.Declined });
            await db.SaveChangesAsync();
            await db.MatchRequests.Where(r => r.Id == waiting.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Formats, DeliveryFormat.None));
        });

        await factory.WithDbAsync(async db =>
        {
            var facts = new MatchingFacts(db);
            var rules = (await db.Schemes.AsNoTracking().SingleAsync(s => s.Id == scene.Scheme.Id)).Matching.Rules;
            foreach (var id in new[] { request.Id, waiting.Id })
            {
                var (asked, read) = (await facts.SuggestionsAsync(id, rules, default))!.Value;
                var expected = MatchSuggestions.For(asked, await EveryProfileAsync(db, asked), rules);

                Assert.Equal(Describe(expected.Ranked), Describe(read.Ranked));
                Assert.Equal(
                    expected.IneligiblePreferences.Select(i => (i.Choice, i.ProfileId, i.Reasons)),
                    read.IneligiblePreferences.Select(i => (i.Choice, i.ProfileId, i.Reasons)));
            }

            var requests = await facts.RequestsAsync([request.Id, waiting.Id], default);
            var everyone = await EveryProfileAsync(db, requests[0] with { Preferences = [] }, requests.SelectMany(r => r.VisibleSchemeIds));
            var counts = await new WaitlistWatch(db, facts).EligibleCountsAsync([request.Id, waiting.Id], default);
            Assert.Equal(
                requests.ToDictionary(r => r.RequestId, r => everyone.Count(c => MatchEligibility.Check(r, c, rules) == Ineligibility.None)),
                counts);
            Assert.True(counts[request.Id] > 0 && counts[waiting.Id] > 0, "The random register leaves both requests someone to match.");
        });
    }

    private static List<string> Describe(IEnumerable<Suggestion> ranked) =>
        ranked.Select(s => $"{s.Coach.ProfileId} {s.Choice} {s.Coach.PlacesUsed}/{s.Coach.Capacity} {s.Score.Total}: {string.Join(", ", s.Score.Parts)}").ToList();

    /// <summary>
    /// The first way of reading the coaches: every profile of the registers the request sees (or of
    /// <paramref name="schemeIds"/>) and its named preferences, whatever their state, with places in use counted
    /// from the matches and all the needed areas each offers.
    /// </summary>
    private static async Task<List<CoachCandidate>> EveryProfileAsync(AppDbContext db, RequestToMatch request, IEnumerable<Guid>? schemeIds = null)
    {
        var schemes = (schemeIds ?? request.VisibleSchemeIds).Distinct().ToList();
        var named = request.Preferences.ToList();
        var needed = request.AreasNeeded.ToList();
        var rows = await db.CoachProfiles.AsNoTracking()
            .Where(p => schemes.Contains(p.SchemeId) || named.Contains(p.Id))
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
                PlacesUsed = db.Matches.Count(m => m.CoachProfileId == p.Id && Match.HoldsPlace.Contains(m.Status)),
                Areas = p.Areas.Select(a => a.Id).ToList(),
            })
            .ToListAsync();
        return rows.Select(r => new CoachCandidate
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
            AreaIds = r.Areas.Where(needed.Contains).ToList(),
        }).ToList();
    }
}
