using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.CoachDirectory;

/// <summary>
/// The directory's query (maintained columns, the directory index, FTS5) against a plain reference written in
/// C# over the same rows: the rule of <see cref="RecordScopes.InDirectoryOf"/>, places counted from the matches,
/// text by <see cref="DirectoryText.Matches"/>, and the order of places first, family name, given name, id. Every
/// page of every search in the list must hold the same people in the same order, and so must the in-memory
/// <see cref="DirectoryProjection"/> read from the same rows.
/// </summary>
public class DirectoryQueryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Given = ["Alys", "Bryn", "Ceri", "Dafydd", "Eira", "Ffion"];
    private static readonly string[] Family = ["Jones", "Évans", "Lewis", "Price", "Owen"];
    private static readonly string[] Phrases =
        ["leadership in busy teams", "managing change", "mergers and restructures", "career progression", "finance for managers", "coaching through conflict"];
    private static readonly string[] Towns = ["Cardiff", "Swansea", "Newport", "Kingston upon Thames"];

    private sealed record Seeded(Guid Own, Guid Partner, Guid Closed, Guid Organisation, Guid PartnerOrganisation, List<CoachingArea> Areas);

    private async Task<Seeded> SeedAsync()
    {
        var own = await factory.SchemeAsync();
        var partner = await factory.SchemeAsync();
        var closed = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(own.Id);
        var partnerOrganisation = await factory.OrganisationAsync(partner.Id);
        var closedOrganisation = await factory.OrganisationAsync(closed.Id);
        var areas = new List<CoachingArea>();
        foreach (var (name, i) in new[] { "Leadership skills", "Managing change", "Team development", "Strategic issues" }.Select((n, i) => (n, i)))
        {
            areas.Add(await factory.AreaAsync(name, sortOrder: i));
        }

        var random = new Random(1124);
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.CoachingAreas.Where(a => areas.Select(x => x.Id).Contains(a.Id)).ToListAsync();
            for (var i = 0; i < 150; i++)
            {
                var (scheme, org) = (i % 5) switch { 0 => (partner.Id, partnerOrganisation.Id), 1 => (closed.Id, closedOrganisation.Id), _ => (own.Id, organisation.Id) };
                var person = new Person
                {
                    GivenName = Given[random.Next(Given.Length)],
                    FamilyName = Family[random.Next(Family.Length)],
                    Email = $"ref{i}-{Guid.NewGuid():N}@example.org",
                    JobTitle = "Manager",
                    OrganisationId = org,
                };
                var profile = new CoachProfile
                {
                    PersonId = person.Id,
                    SchemeId = scheme,
                    Offers = (OfferType)random.Next(1, 4),
                    Status = i % 9 == 0 ? ProfileStatus.Paused : i % 13 == 0 ? ProfileStatus.Draft : ProfileStatus.Published,
                    Bio = $"I help with {Phrases[random.Next(Phrases.Length)]} and {Phrases[random.Next(Phrases.Length)]}.",
                    Experience = i % 4 == 0 ? null : "Years of " + Phrases[random.Next(Phrases.Length)],
                    Location = i % 6 == 0 ? null : Towns[random.Next(Towns.Length)],
                    Formats = (DeliveryFormat)random.Next(1, 8),
                    IsTrainedSupervisor = i % 7 == 0,
                    Capacity = random.Next(1, 4),
                    AcceptingNewCoachees = i % 8 != 0,
                    Areas = tracked.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).ToList(),
                };
                profile.Qualifications.Add(new Qualification { CoachProfileId = profile.Id, Level = (QualificationLevel)random.Next(0, 4), Status = QualificationStatus.Achieved });
                db.AddRange(person, profile);
                for (var m = random.Next(0, 4); m > 0; m--)
                {
                    db.Matches.Add(new Match { CoachProfileId = profile.Id, CoacheeId = person.Id, Kind = OfferType.Coaching, Status = (MatchStatus)random.Next(0, 7) });
                }
            }

            await db.SaveChangesAsync();
        });
        return new Seeded(own.Id, partner.Id, closed.Id, organisation.Id, partnerOrganisation.Id, areas);
    }

    private sealed record Row(Guid Id, Guid SchemeId, ProfileStatus Status, OfferType Offers, string Given, string Family, string? Bio, string? Experience,
        string? Location, DeliveryFormat Formats, bool Supervisor, Guid? OrganisationId, List<Guid> AreaIds, List<string> AreaNames, List<string> AreaNamesWelsh, List<QualificationLevel> Levels,
        bool HasPlaces);

    private static List<Guid> Reference(List<Row> rows, Asker asker, OfferType kind, DirectorySearch search)
    {
        var schemes = asker.VisibleRegisterSchemeIds.Concat(asker.AdministeredSchemeIds).ToHashSet();
        var words = DirectoryText.SearchWords(search.Q);
        var place = DirectoryText.SearchWords(search.Location);
        return rows
            .Where(r => r.Status == ProfileStatus.Published && schemes.Contains(r.SchemeId) && (r.Offers & kind) == kind)
            .Where(r => search.Q is null || (words.Count > 0 && DirectoryText.Matches(words, [r.Given + " " + r.Family, r.Bio, r.Experience, .. r.AreaNames, .. r.AreaNamesWelsh])))
            .Where(r => search.Location is null || (place.Count > 0 && DirectoryText.Matches(place, [r.Location])))
            .Where(r => search.Area is not { } area || r.AreaIds.Contains(area))
            .Where(r => search.Format is not { } format || (r.Formats & format) == format)
            .Where(r => search.Organisation is not { } org || r.OrganisationId == org)
            .Where(r => search.Qualification is not { } level || r.Levels.Contains(level))
            .Where(r => !search.Supervisor || r.Supervisor)
            .Where(r => search.IncludeFull || r.HasPlaces)
            .OrderByDescending(r => r.HasPlaces)
            .ThenBy(r => r.Family, StringComparer.Ordinal)
            .ThenBy(r => r.Given, StringComparer.Ordinal)
            .ThenBy(r => r.Id.ToString().ToUpperInvariant(), StringComparer.Ordinal)
            .Select(r => r.Id)
            .ToList();
    }

    [Fact]
    public async Task Every_page_of_every_search_holds_what_the_reference_finds_in_the_same_order()
    {
        var seeded = await SeedAsync();
        await AssertSearchesAsync(seeded);
    }

    /// <summary>
    /// The text search filters and orders on the copy of the directory's columns beside the text index (kept by
    /// triggers): after changes of status, offers, formats, places, supervision and names it must still find what the
    /// reference finds.
    /// </summary>
    [Fact]
    public async Task Searches_still_hold_what_the_reference_finds_after_profiles_and_names_change()
    {
        var seeded = await SeedAsync();
        var schemes = new[] { seeded.Own, seeded.Partner, seeded.Closed };
        await factory.WithDbAsync(async db =>
        {
            var profiles = await db.CoachProfiles.Include(p => p.Person).Where(p => schemes.Contains(p.SchemeId)).OrderBy(p => p.Id).ToListAsync();
            foreach (var (profile, i) in profiles.Select((p, i) => (p, i)).Where(x => x.i % 3 == 0))
            {
                profile.Status = i % 2 == 0 ? ProfileStatus.Published : ProfileStatus.Paused;
                profile.Offers = (OfferType)(i % 3 + 1);
                profile.Formats = (DeliveryFormat)(i % 7 + 1);
                profile.IsTrainedSupervisor = !profile.IsTrainedSupervisor;
                profile.SetAvailability(i % 4 != 0);
                profile.Person!.FamilyName = Family[i % Family.Length];
                profile.Person.GivenName = Given[(i + 1) % Given.Length];
                if (i % 5 == 0)
                {
                    db.Matches.Add(new Match { CoachProfileId = profile.Id, CoacheeId = profile.PersonId, Kind = OfferType.Coaching, Status = MatchStatus.Active });
                }
            }

            await db.SaveChangesAsync();
        });

        var drifted = await factory.WithDbAsync(db => db.DirectoryTextRows
            .Where(r => !db.CoachProfiles.Any(p => p.Id == r.Id && p.SchemeId == r.SchemeId && p.Status == r.Status && p.Offers == r.Offers && p.Formats == r.Formats
                && p.IsTrainedSupervisor == r.IsTrainedSupervisor && p.HasPlacesNow == r.HasPlacesNow && p.SortFamilyName == r.SortFamilyName && p.SortGivenName == r.SortGivenName))
            .CountAsync());
        Assert.Equal(0, drifted);
        await AssertSearchesAsync(seeded);
    }

    private async Task AssertSearchesAsync(Seeded seeded)
    {
        var schemes = new[] { seeded.Own, seeded.Partner, seeded.Closed };
        var rows = await factory.WithDbAsync(db => db.CoachProfiles.AsNoTracking()
            .Where(p => schemes.Contains(p.SchemeId))
            .Select(p => new Row(p.Id, p.SchemeId, p.Status, p.Offers, p.Person!.GivenName, p.Person.FamilyName, p.Bio, p.Experience, p.Location, p.Formats,
                p.IsTrainedSupervisor, p.Person.OrganisationId,
                p.Areas.Select(a => a.Id).ToList(),
                p.Areas.Select(a => a.Name).ToList(),
                p.Areas.Select(a => a.NameWelsh ?? "").ToList(),
                p.Qualifications.Select(q => q.Level).ToList(),
                p.Status == ProfileStatus.Published && p.AcceptingNewCoachees
                    && p.Capacity > db.Matches.Count(m => m.CoachProfileId == p.Id && Match.HoldsPlace.Contains(m.Status))))
            .ToListAsync());
        var staff = new Asker(Guid.NewGuid(), seeded.Own, new HashSet<Guid> { seeded.Own, seeded.Partner }, new HashSet<Guid>(), IsSystemAdmin: false);
        var hr = new Asker(Guid.NewGuid(), null, new HashSet<Guid>(), new HashSet<Guid> { seeded.Closed }, IsSystemAdmin: false);
        var searches = new (Asker Asker, OfferType Kind, DirectorySearch Search)[]
        {
            (staff, OfferType.Coaching, new DirectorySearch()),
            (staff, OfferType.Mentoring, new DirectorySearch()),
            (staff, OfferType.Coaching, new DirectorySearch { Availability = "all" }),
            (hr, OfferType.Coaching, new DirectorySearch { Availability = "all" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "leadership" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "lead" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "Managing change", Availability = "all" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "evans" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "Ffion Jones" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "cy strategic" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "%_" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "\"mergers" }),
            (staff, OfferType.Coaching, new DirectorySearch { Area = seeded.Areas[1].Id }),
            (staff, OfferType.Coaching, new DirectorySearch { Format = DeliveryFormat.Video, Availability = "all" }),
            (staff, OfferType.Coaching, new DirectorySearch { Organisation = seeded.PartnerOrganisation }),
            (staff, OfferType.Coaching, new DirectorySearch { Location = "kingston", Availability = "all" }),
            (staff, OfferType.Coaching, new DirectorySearch { Qualification = QualificationLevel.Ilm5 }),
            (staff, OfferType.Coaching, new DirectorySearch { Supervisor = true, Availability = "all" }),
            (staff, OfferType.Both, new DirectorySearch { Availability = "all" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "leadership", Area = seeded.Areas[0].Id, Format = DeliveryFormat.Telephone, Availability = "all" }),
            // Text with each filter the narrow rows beside the text index hold, and with those read from other tables.
            (staff, OfferType.Coaching, new DirectorySearch { Q = "leadership", Supervisor = true, Availability = "all" }),
            (staff, OfferType.Mentoring, new DirectorySearch { Q = "change", Format = DeliveryFormat.Video }),
            (hr, OfferType.Coaching, new DirectorySearch { Q = "managing", Availability = "all" }),
            (staff, OfferType.Both, new DirectorySearch { Q = "career" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "leadership", Organisation = seeded.PartnerOrganisation, Availability = "all" }),
            (staff, OfferType.Coaching, new DirectorySearch { Q = "lead", Qualification = QualificationLevel.Ilm5, Location = "cardiff", Availability = "all" }),
            (staff, OfferType.Coaching, new DirectorySearch { Location = "swansea" }),
        };

        const int pageSize = 7;
        var projection = await factory.WithDbAsync(db => DirectoryProjection.LoadAsync(db, version: 0, default));
        foreach (var (asker, kind, search) in searches)
        {
            var expected = Reference(rows, asker, kind, search);
            var (found, total) = await factory.WithServicesAsync(async services =>
            {
                var directory = services.GetRequiredService<DirectoryService>();
                var all = await AllPagesAsync(async page => (await directory.PageAsync(asker, kind, OnPage(search, page), pageSize, default)).Select(e => e.Id).ToList());
                return (all, await directory.CountAsync(asker, kind, search, default));
            });
            var scope = RecordScopes.DirectorySchemesOf(asker);
            var projected = await AllPagesAsync(page => Task.FromResult(projection.PageOf(scope, kind, OnPage(search, page), pageSize)));

            var described = $"{kind} {search.Q} {search.Area} {search.Format} {search.Location}: expected {expected.Count}";
            Assert.True(expected.SequenceEqual(found), $"{described}, the database found {found.Count}");
            Assert.Equal(expected.Count, total);
            Assert.True(expected.SequenceEqual(projected), $"{described}, the projection found {projected.Count}");
            Assert.Equal(expected.Count, projection.CountOf(scope, kind, search));
        }

        Assert.Contains(searches, s => Reference(rows, s.Asker, s.Kind, s.Search).Count > pageSize);

        async Task<List<Guid>> AllPagesAsync(Func<int, Task<IReadOnlyList<Guid>>> pageOf)
        {
            var all = new List<Guid>();
            for (var page = 1; ; page++)
            {
                var ids = await pageOf(page);
                all.AddRange(ids);
                if (ids.Count < pageSize)
                {
                    return all;
                }
            }
        }
    }

    private static DirectorySearch OnPage(DirectorySearch search, int page) => new()
    {
        Q = search.Q, Area = search.Area, Format = search.Format, Organisation = search.Organisation, Location = search.Location,
        Qualification = search.Qualification, Supervisor = search.Supervisor, Availability = search.Availability, Page = page,
    };
}
