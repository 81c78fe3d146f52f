using CoachRegister.Data;
using CoachRegister.Data.Directory;
using CoachRegister.Domain.Confidentiality;
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
/// The register as staff search it, read through the maintained columns and the directory index of
/// <c>CoachProfiles</c> (places, "has places now" and the name are columns, not counts and joins). A text search
/// on SQLite goes to the FTS5 index and is filtered, counted and ordered on <see cref="DirectoryTextRow"/>, the
/// narrow rows the index's matches join by their integer rowid, so it never reads the wide profile rows. The count
/// is one command; a page is another: the page's ids are read from an index or the narrow rows alone and only those
/// rows are fetched. <see cref="DirectoryCache"/> keeps both off the database for as long as nothing in the
/// directory changes.
/// </summary>
public sealed class DirectoryService(AppDbContext db)
{
    public const int PageSize = 20;
    /// <summary>Areas shown in a search result (the profile page shows them all).</summary>
    public const int TopAreaCount = 3;

    /// <summary>How many practitioners the search finds, whatever the page.</summary>
    public Task<int> CountAsync(Asker asker, OfferType kind, DirectorySearch search, CancellationToken ct) =>
        UsesTextIndex(search)
            ? Filter(db.DirectoryTextRows, asker, kind, search).CountAsync(ct)
            : Filter(db.CoachProfiles, asker, kind, search).CountAsync(ct);

    /// <summary>One page of the search in the directory's order: those with places first, then by name.</summary>
    public Task<List<DirectoryEntry>> PageAsync(Asker asker, OfferType kind, DirectorySearch search, int pageSize, CancellationToken ct)
    {
        var ids = UsesTextIndex(search)
            ? PageIds(Filter(db.DirectoryTextRows, asker, kind, search), search.Page, pageSize)
            : PageIds(Filter(db.CoachProfiles, asker, kind, search), search.Page, pageSize);
        return EntriesAsync(db.CoachProfiles.Where(p => ids.Contains(p.Id)), ct);
    }

    /// <summary>
    /// The entries of a page whose ids <see cref="DirectoryProjection.PageOf"/> found, in the directory's order. The
    /// rows are read as they are now, under the asker's directory rule: a profile paused or moved since the projection
    /// was read is left out, never shown with its current details.
    /// </summary>
    public Task<List<DirectoryEntry>> EntriesAsync(Asker asker, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        ids.Count == 0 ? Task.FromResult(new List<DirectoryEntry>()) : EntriesAsync(db.CoachProfiles.InDirectoryOf(asker).Where(p => ids.Contains(p.Id)), ct);

    private static Task<List<DirectoryEntry>> EntriesAsync(IQueryable<CoachProfile> onPage, CancellationToken ct) =>
        InOrder(onPage.AsNoTracking())
            .Select(p => new DirectoryEntry
            {
                Id = p.Id,
                GivenName = p.Person!.GivenName,
                FamilyName = p.Person.FamilyName,
                JobTitle = p.Person.JobTitle,
                OrganisationName = p.Person.Organisation!.Name,
                Location = p.Location,
                Formats = p.Formats,
                IsTrainedSupervisor = p.IsTrainedSupervisor,
                AcceptingNewCoachees = p.AcceptingNewCoachees,
                Capacity = p.Capacity,
                PlacesUsed = p.PlacesUsed,
                HasPhoto = p.HasPhoto,
                // Scalar subqueries, run for the page's rows only: a collection here makes EF number every
                // profile's areas with a window function before the join, for the whole register.
                Area1 = p.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => a.Name).FirstOrDefault(),
                Area1Welsh = p.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => a.NameWelsh).FirstOrDefault(),
                Area2 = p.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Skip(1).Select(a => a.Name).FirstOrDefault(),
                Area2Welsh = p.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Skip(1).Select(a => a.NameWelsh).FirstOrDefault(),
                Area3 = p.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Skip(2).Select(a => a.Name).FirstOrDefault(),
                Area3Welsh = p.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Skip(2).Select(a => a.NameWelsh).FirstOrDefault(),
            })
            .ToListAsync(ct);

    private static IQueryable<Guid> PageIds<T>(IQueryable<T> listings, int page, int pageSize)
        where T : IDirectoryListing =>
        InOrder(listings).Skip((page - 1) * pageSize).Take(pageSize).Select(l => l.Id);

    /// <summary>The directory's order, which the directory index holds: places first, family name, given name, id.</summary>
    private static IOrderedQueryable<T> InOrder<T>(IQueryable<T> listings)
        where T : IDirectoryListing =>
        listings.OrderByDescending(p => p.HasPlacesNow)
            .ThenBy(p => p.SortFamilyName)
            .ThenBy(p => p.SortGivenName)
            .ThenBy(p => p.Id);

    /// <summary>Whether the search has text that SQLite's FTS5 index answers (other databases read the profiles).</summary>
    private bool UsesTextIndex(DirectorySearch search) =>
        db.Database.IsSqlite() && (!string.IsNullOrWhiteSpace(search.Q) || !string.IsNullOrWhiteSpace(search.Location));

    /// <remarks>
    /// The areas, organisation and qualification are not copied beside the text index: they are read from their own
    /// tables by the profile's id, for the listings the other filters leave.
    /// </remarks>
    private IQueryable<T> Filter<T>(IQueryable<T> listings, Asker asker, OfferType kind, DirectorySearch search)
        where T : class, IDirectoryListing
    {
        // Offers as a list of values (IN) rather than a bit test, so the index's column answers it.
        var offers = Enum.GetValues<OfferType>().Where(o => o != OfferType.None && (o & kind) == kind).ToList();
        var profiles = listings.AsNoTracking().InDirectoryOf(asker).Where(p => EF.Constant(offers).Contains(p.Offers));

        var words = DirectoryText.SearchWords(search.Q);
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            profiles = words.Count == 0 ? profiles.Where(_ => false) : MatchingText(profiles, words, TextColumns);
        }

        var place = DirectoryText.SearchWords(search.Location);
        if (!string.IsNullOrWhiteSpace(search.Location))
        {
            profiles = place.Count == 0 ? profiles.Where(_ => false) : MatchingText(profiles, place, LocationColumn);
        }

        if (search.Area is { } area)
        {
            profiles = profiles.Where(p => db.Set<Dictionary<string, object>>("CoachProfileAreas")
                .Any(pa => EF.Property<Guid>(pa, "AreasId") == area && EF.Property<Guid>(pa, "CoachProfileId") == p.Id));
        }

        if (search.Format is { } format && format != DeliveryFormat.None)
        {
            profiles = profiles.Where(p => (p.Formats & format) == format);
        }

        if (search.Organisation is { } organisation)
        {
            profiles = profiles.Where(p => db.CoachProfiles.Any(c => c.Id == p.Id && c.Person!.OrganisationId == organisation));
        }

        if (search.Qualification is { } level)
        {
            profiles = profiles.Where(p => db.Qualifications.Any(q => q.CoachProfileId == p.Id && q.Level == level));
        }

        if (search.Supervisor)
        {
            profiles = profiles.Where(p => p.IsTrainedSupervisor);
        }

        if (!search.IncludeFull)
        {
            profiles = profiles.Where(p => p.HasPlacesNow);
        }

        return profiles;
    }

    private const string TextColumns = "Name About Areas";
    private const string LocationColumn = "Location";

    /// <summary>
    /// Listings whose text has every word. On SQLite the listings are <see cref="DirectoryTextRow"/>s and the FTS5
    /// index (kept by triggers, see the DirectoryAtScale migration) gives the rowids of the matches, which are the
    /// rows' own integer keys. Other databases fall back to LIKE over the profiles, each word anywhere in the text:
    /// SQL Server's full-text search needs a catalogue the portal cannot assume (docs/PERFORMANCE.md).
    /// </summary>
    private IQueryable<T> MatchingText<T>(IQueryable<T> listings, IReadOnlyList<string> words, string columns)
        where T : class, IDirectoryListing
    {
        if (listings is IQueryable<DirectoryTextRow> rows)
        {
            var query = DirectoryText.FtsQuery(words, columns);
            var keys = db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM CoachProfileSearch WHERE CoachProfileSearch MATCH {query}");
            return (IQueryable<T>)rows.Where(r => keys.Contains(r.Key));
        }

        var profiles = (IQueryable<CoachProfile>)listings;
        foreach (var word in words)
        {
            var pattern = TextInput.LikePattern(word);
            profiles = columns == LocationColumn
                ? profiles.Where(p => EF.Functions.Like(p.Location!, pattern, "\\"))
                : profiles.Where(p =>
                    EF.Functions.Like(p.Person!.GivenName + " " + p.Person.FamilyName, pattern, "\\")
                    || EF.Functions.Like(p.Bio!, pattern, "\\")
                    || EF.Functions.Like(p.Experience!, pattern, "\\")
                    || p.Areas.Any(a => EF.Functions.Like(a.Name, pattern, "\\") || EF.Functions.Like(a.NameWelsh!, pattern, "\\")));
        }

        return (IQueryable<T>)profiles;
    }
}
