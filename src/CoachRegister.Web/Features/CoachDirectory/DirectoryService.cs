using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.CoachDirectory;

public sealed record AreaLabel(string Name, string? NameWelsh);

public sealed class DirectoryEntry
{
    public Guid Id { get; init; }
    public required string GivenName { get; init; }
    public required string FamilyName { get; init; }
    public string? JobTitle { get; init; }
    public string? OrganisationName { get; init; }
    public string? Location { get; init; }
    public DeliveryFormat Formats { get; init; }
    public bool IsTrainedSupervisor { get; init; }
    public bool AcceptingNewCoachees { get; init; }
    public int Capacity { get; init; }
    public int PlacesUsed { get; init; }
    public bool HasPhoto { get; init; }
    public string? Area1 { get; init; }
    public string? Area1Welsh { get; init; }
    public string? Area2 { get; init; }
    public string? Area2Welsh { get; init; }
    public string? Area3 { get; init; }
    public string? Area3Welsh { get; init; }

    public IReadOnlyList<AreaLabel> TopAreas =>
        new[] { (Area1, Area1Welsh), (Area2, Area2Welsh), (Area3, Area3Welsh) }
            .Where(a => a.Item1 is not null)
            .Select(a => new AreaLabel(a.Item1!, a.Item2))
            .ToList();

    public int PlacesLeft => CoachCapacity.PlacesLeft(Capacity, PlacesUsed);
    public bool HasPlacesNow => AcceptingNewCoachees && PlacesLeft > 0;
}

/// <summary>
/// The register as staff search it. A page costs exactly two database commands whatever its size: one for
/// the rows (areas and places used are subqueries of the same SELECT) and one for the count.
/// </summary>
public sealed class DirectoryService(AppDbContext db)
{
    public const int PageSize = 20;
    /// <summary>Areas shown in a search result (the profile page shows them all).</summary>
    public const int TopAreaCount = 3;

    public async Task<(List<DirectoryEntry> Entries, int Total)> SearchAsync(Asker asker, OfferType kind, DirectorySearch search, int pageSize, CancellationToken ct)
    {
        var query = Filter(asker, kind, search);
        var total = await query.CountAsync(ct);
        var entries = await query
            .OrderByDescending(x => x.Profile.AcceptingNewCoachees && x.Profile.Capacity - x.Used > 0)
            .ThenBy(x => x.Profile.Person!.FamilyName)
            .ThenBy(x => x.Profile.Person!.GivenName)
            .ThenBy(x => x.Profile.Id)
            .Skip((search.Page - 1) * pageSize)
            .Take(pageSize)
            .Select(x => new DirectoryEntry
            {
                Id = x.Profile.Id,
                GivenName = x.Profile.Person!.GivenName,
                FamilyName = x.Profile.Person.FamilyName,
                JobTitle = x.Profile.Person.JobTitle,
                OrganisationName = x.Profile.Person.Organisation!.Name,
                Location = x.Profile.Location,
                Formats = x.Profile.Formats,
                IsTrainedSupervisor = x.Profile.IsTrainedSupervisor,
                AcceptingNewCoachees = x.Profile.AcceptingNewCoachees,
                Capacity = x.Profile.Capacity,
                PlacesUsed = x.Used,
                HasPhoto = x.Profile.HasPhoto,
                // Three scalar subqueries per area field, run for the page's rows only: a collection here makes EF
                // number every profile's areas with a window function before the join, for the whole register.
                Area1 = x.Profile.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => a.Name).FirstOrDefault(),
                Area1Welsh = x.Profile.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => a.NameWelsh).FirstOrDefault(),
                Area2 = x.Profile.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Skip(1).Select(a => a.Name).FirstOrDefault(),
                Area2Welsh = x.Profile.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Skip(1).Select(a => a.NameWelsh).FirstOrDefault(),
                Area3 = x.Profile.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Skip(2).Select(a => a.Name).FirstOrDefault(),
                Area3Welsh = x.Profile.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Skip(2).Select(a => a.NameWelsh).FirstOrDefault(),
            })
            .AsNoTracking()
            .ToListAsync(ct);
        return (entries, total);
    }

    private IQueryable<ProfileWithPlaces> Filter(Asker asker, OfferType kind, DirectorySearch search)
    {
        var profiles = db.CoachProfiles.AsNoTracking().InDirectoryOf(asker).Where(p => (p.Offers & kind) == kind);

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var pattern = TextInput.LikePattern(search.Q);
            profiles = profiles.Where(p =>
                EF.Functions.Like(p.Person!.GivenName + " " + p.Person.FamilyName, pattern, "\\")
                || EF.Functions.Like(p.Bio!, pattern, "\\")
                || EF.Functions.Like(p.Experience!, pattern, "\\")
                || p.Areas.Any(a => EF.Functions.Like(a.Name, pattern, "\\") || EF.Functions.Like(a.NameWelsh!, pattern, "\\")));
        }

        if (search.Area is { } area)
        {
            profiles = profiles.Where(p => p.Areas.Any(a => a.Id == area));
        }

        if (search.Format is { } format && format != DeliveryFormat.None)
        {
            profiles = profiles.Where(p => (p.Formats & format) == format);
        }

        if (search.Organisation is { } organisation)
        {
            profiles = profiles.Where(p => p.Person!.OrganisationId == organisation);
        }

        if (!string.IsNullOrWhiteSpace(search.Location))
        {
            var pattern = TextInput.LikePattern(search.Location);
            profiles = profiles.Where(p => EF.Functions.Like(p.Location!, pattern, "\\"));
        }

        if (search.Qualification is { } level)
        {
            profiles = profiles.Where(p => p.Qualifications.Any(q => q.Level == level));
        }

        if (search.Supervisor)
        {
            profiles = profiles.Where(p => p.IsTrainedSupervisor);
        }

        // The statuses are constants (IN (...)), not a parameter that SQLite would unpack from JSON for every profile.
        var withPlaces = profiles.Select(p => new ProfileWithPlaces
        {
            Profile = p,
            Used = db.Matches.Count(m => m.CoachProfileId == p.Id && EF.Constant(Match.HoldsPlace).Contains(m.Status)),
        });

        if (!search.IncludeFull)
        {
            withPlaces = withPlaces.Where(x => x.Profile.AcceptingNewCoachees && x.Profile.Capacity - x.Used > 0);
        }

        return withPlaces;
    }

    private sealed class ProfileWithPlaces
    {
        public required CoachProfile Profile { get; init; }
        public int Used { get; init; }
    }
}
