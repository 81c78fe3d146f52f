using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.CoachDirectory;

/// <summary>
/// The columns the directory filters and sorts on (places used, "has places now", the name) against what they
/// stand for, after every save of a long random run of the changes the portal makes: matches proposed, moved
/// along their life, moved to another coach and removed; capacity, availability and status changed through
/// the domain's methods and through plain setters (as the import and the tests do); people renamed.
/// </summary>
public class DirectoryColumnsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_maintained_columns_never_drift_from_the_matches_and_people()
    {
        var scheme = await factory.SchemeAsync();
        var org = await factory.OrganisationAsync(scheme.Id);
        var profiles = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            profiles.Add((await factory.ProfileAsync((await factory.PersonAsync("Drift", $"D{i}", org.Id)).PersonId, scheme.Id, p => p.Capacity = 1 + (i % 3), activeMatches: i % 2)).Id);
        }

        var random = new Random(20261201);
        var statuses = Enum.GetValues<MatchStatus>();
        for (var step = 0; step < 120; step++)
        {
            await factory.WithDbAsync(async db =>
            {
                var chosen = profiles[random.Next(profiles.Count)];
                var profile = await db.CoachProfiles.Include(p => p.Person).SingleAsync(p => p.Id == chosen);
                var matches = await db.Matches.Where(m => profiles.Contains(m.CoachProfileId)).ToListAsync();
                switch (random.Next(9))
                {
                    case 0 or 1:
                        var coachee = new Person { GivenName = "Coachee", FamilyName = step.ToString(System.Globalization.CultureInfo.InvariantCulture), Email = $"c{Guid.NewGuid():N}@example.org" };
                        db.AddRange(coachee, new Match { CoachProfileId = profile.Id, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = statuses[random.Next(statuses.Length)] });
                        break;
                    case 2 or 3 when matches.Count > 0:
                        var match = matches[random.Next(matches.Count)];
                        var next = statuses.Where(s => MatchTransitions.IsAllowed(match.Status, s)).ToList();
                        if (next.Count > 0)
                        {
                            match.ChangeStatus(next[random.Next(next.Count)], null, DateTimeOffset.UtcNow);
                        }

                        break;
                    case 4 when matches.Count > 0:
                        matches[random.Next(matches.Count)].CoachProfileId = profile.Id;
                        break;
                    case 5 when matches.Count > 0:
                        db.Matches.Remove(matches[random.Next(matches.Count)]);
                        break;
                    case 6:
                        if (random.Next(2) == 0)
                        {
                            profile.Capacity = random.Next(1, 5);
                        }
                        else
                        {
                            profile.SetAvailability(random.Next(3) > 0);
                        }

                        break;
                    case 7:
                        if (profile.Status == ProfileStatus.Paused)
                        {
                            profile.Unpause(null, DateTimeOffset.UtcNow);
                        }
                        else
                        {
                            profile.Pause("Checking", null, DateTimeOffset.UtcNow);
                        }

                        break;
                    default:
                        profile.Person!.FamilyName = "Renamed" + step;
                        break;
                }

                await db.SaveChangesAsync();
            });

            var drifted = await factory.WithDbAsync(db => db.CoachProfiles.AsNoTracking()
                .Where(p => profiles.Contains(p.Id))
                .Select(p => new
                {
                    p.Id,
                    p.PlacesUsed,
                    p.HasPlacesNow,
                    p.Status,
                    p.AcceptingNewCoachees,
                    p.Capacity,
                    Counted = db.Matches.Count(m => m.CoachProfileId == p.Id && Match.HoldsPlace.Contains(m.Status)),
                    p.SortFamilyName,
                    p.SortGivenName,
                    p.Person!.FamilyName,
                    p.Person.GivenName,
                })
                .ToListAsync());
            Assert.All(drifted, p =>
            {
                Assert.Equal(p.Counted, p.PlacesUsed);
                Assert.Equal(CoachCapacity.HasPlacesNow(p.Status, p.AcceptingNewCoachees, p.Capacity, p.Counted), p.HasPlacesNow);
                Assert.Equal((p.FamilyName, p.GivenName), (p.SortFamilyName, p.SortGivenName));
            });
        }
    }

    [Fact]
    public async Task Two_saves_that_change_one_coachs_places_at_once_do_not_both_succeed()
    {
        var scheme = await factory.SchemeAsync();
        var org = await factory.OrganisationAsync(scheme.Id);
        var coach = await factory.ProfileAsync((await factory.PersonAsync("Race", "Coach", org.Id)).PersonId, scheme.Id);

        var exception = await Record.ExceptionAsync(() => factory.WithDbAsync(async first =>
        {
            await first.CoachProfiles.SingleAsync(p => p.Id == coach.Id);
            await factory.WithDbAsync(async second =>
            {
                var other = new Person { GivenName = "B", FamilyName = "B", Email = $"b{Guid.NewGuid():N}@example.org" };
                second.AddRange(other, new Match { CoachProfileId = coach.Id, CoacheeId = other.Id, Kind = OfferType.Coaching });
                await second.SaveChangesAsync();
            });
            var one = new Person { GivenName = "A", FamilyName = "A", Email = $"a{Guid.NewGuid():N}@example.org" };
            first.AddRange(one, new Match { CoachProfileId = coach.Id, CoacheeId = one.Id, Kind = OfferType.Coaching });
            await first.SaveChangesAsync();
        }));
        var used = await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == coach.Id).Select(p => p.PlacesUsed).SingleAsync());

        Assert.IsType<DbUpdateConcurrencyException>(exception);
        Assert.Equal(1, used);
    }
}
