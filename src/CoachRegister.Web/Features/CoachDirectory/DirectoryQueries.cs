using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.CoachDirectory;

/// <summary>What a directory page shows, apart from the layout: the same for everyone with the same scope.</summary>
public sealed record DirectoryResult(IReadOnlyList<DirectoryEntry> Entries, int Total, int PageCount, IReadOnlyList<AreaChoice> Areas, IReadOnlyList<Choice> Organisations, long Version);

/// <summary>An area in the filter list, in both languages: the list is shared by readers of either.</summary>
public sealed record AreaChoice(Guid Id, string Name, string? NameWelsh);

/// <summary>
/// A directory page through <see cref="DirectoryCache"/>: the count, the page and the filter lists each come
/// from memory while the directory version stands. When it has moved, the count and the page's ids come from the
/// <see cref="DirectoryProjection"/> at that version, and only the page's twenty rows from the database; while the
/// projection is being read, from <see cref="DirectoryService"/>'s queries, on one connection.
/// </summary>
public sealed class DirectoryQueries(AppDbContext db, DirectoryService directory, DirectoryCache cache, DirectoryProjections projections)
{
    public async Task<DirectoryResult> SearchAsync(Asker asker, OfferType kind, DirectorySearch search, CancellationToken ct)
    {
        var version = await cache.VersionAsync(db, ct);
        var schemes = RecordScopes.DirectorySchemesOf(asker);
        var scope = string.Join(',', schemes);
        var projection = projections.At(version);
        // The count and the pages of one search come from the same source: on SQL Server the database's text rule
        // (each word anywhere) finds more than the projection's (each word begins a word).
        var filters = (DirectoryKey.Of(kind, scope, search), projection is null);
        var total = await cache.GetAsync(version, filters, async () =>
        {
            if (projection is not null)
            {
                return projection.CountOf(schemes, kind, search);
            }

            await db.Database.OpenConnectionAsync(ct);
            return await directory.CountAsync(asker, kind, search, ct);
        });
        var pageCount = Math.Max(1, (total + DirectoryService.PageSize - 1) / DirectoryService.PageSize);
        IReadOnlyList<DirectoryEntry> entries = [];
        if (search.Page <= pageCount)
        {
            entries = await cache.GetAsync(version, (filters, search.Page), async () =>
            {
                await db.Database.OpenConnectionAsync(ct);
                return (IReadOnlyList<DirectoryEntry>)(projection is null
                    ? await directory.PageAsync(asker, kind, search, DirectoryService.PageSize, ct)
                    : await directory.EntriesAsync(asker, projection.PageOf(schemes, kind, search, DirectoryService.PageSize), ct));
            });
        }

        var areas = await cache.GetAsync(version, "areas", async () =>
            (IReadOnlyList<AreaChoice>)await db.CoachingAreas.AsNoTracking().Where(a => a.IsActive)
                .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
                .Select(a => new AreaChoice(a.Id, a.Name, a.NameWelsh))
                .ToListAsync(ct));
        var organisations = await cache.GetAsync(version, ("organisations", scope), async () =>
        {
            var schemes = RecordScopes.DirectorySchemesOf(asker);
            // Ids become text in .NET, not in SQL: the database's text form is upper case and would never match
            // the lower-case search value, so the chosen organisation would not show as selected.
            return (IReadOnlyList<Choice>)(await db.Organisations.AsNoTracking().Where(o => schemes.Contains(o.SchemeId)).OrderBy(o => o.Name)
                    .Select(o => new { o.Id, o.Name })
                    .ToListAsync(ct))
                .Select(o => new Choice(o.Id.ToString(), o.Name))
                .ToList();
        });
        return new DirectoryResult(entries, total, pageCount, areas, organisations, version);
    }

    /// <summary>
    /// A practitioner's profile page as everyone who may read it sees it, from memory while the directory version
    /// stands (every change the page shows moves it: the profile, its areas and qualifications, the person's name,
    /// job and organisation); null when there is no such profile offering <paramref name="kind"/>. Whether the
    /// asker may read it is decided by the caller, every time.
    /// </summary>
    public async Task<DirectoryProfile?> ProfileAsync(OfferType kind, Guid id, CancellationToken ct)
    {
        var version = await cache.VersionAsync(db, ct);
        return await cache.GetAsync(version, ("profile", kind, id), async () =>
        {
            // One connection for the page's commands (the profile, its areas and qualifications).
            await db.Database.OpenConnectionAsync(ct);
            return await db.CoachProfiles.AsNoTracking()
                .Where(p => p.Id == id && (p.Offers & kind) == kind)
                .Select(p => new DirectoryProfile(
                    p.PersonId,
                    p.SchemeId,
                    new CoachProfileViewModel
                    {
                        Id = p.Id,
                        Kind = kind,
                        FullName = p.Person!.GivenName + " " + p.Person.FamilyName,
                        JobTitle = p.Person.JobTitle,
                        OrganisationName = p.Person.Organisation!.Name,
                        Offers = p.Offers,
                        Status = p.Status,
                        Bio = p.Bio,
                        Experience = p.Experience,
                        Location = p.Location,
                        Formats = p.Formats,
                        Accreditation = p.Accreditation,
                        AccreditationOther = p.AccreditationOther,
                        CompetencyInterviewPassed = p.CompetencyInterviewPassed,
                        IsTrainedSupervisor = p.IsTrainedSupervisor,
                        ChargesFees = p.ChargesFees,
                        FeesDetails = p.FeesDetails,
                        Capacity = p.Capacity,
                        PlacesUsed = p.PlacesUsed,
                        AcceptingNewCoachees = p.AcceptingNewCoachees,
                        DeclarationOfInterest = p.DeclarationOfInterest,
                        LastConfirmedOn = p.LastConfirmedOn,
                        HasPhoto = p.HasPhoto,
                        Areas = p.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
                            .Select(a => new AreaLabel(a.Name, a.NameWelsh)).ToList(),
                        Qualifications = p.Qualifications.OrderByDescending(q => q.Level)
                            .Select(q => new ProfileQualification { Level = q.Level, Title = q.Title, Status = q.Status, AchievedOn = q.AchievedOn })
                            .ToList(),
                    }))
                // Three indexed commands on the one connection: as a single query SQLite materialises every
                // profile's active areas (the right side of a LEFT JOIN that is itself a join) and scans them.
                .AsSplitQuery()
                .FirstOrDefaultAsync(ct);
        });
    }
}

/// <summary>A profile page's model with what the access decision needs.</summary>
public sealed record DirectoryProfile(Guid PersonId, Guid SchemeId, CoachProfileViewModel Model);

/// <summary>
/// A search as the cache knows it: the filters after normalising (the words of the text, not how they were
/// typed), the register and the scope. Language is not part of it: results hold both languages' names.
/// </summary>
public sealed record DirectoryKey(
    OfferType Kind, string Scope, string Words, Guid? Area, DeliveryFormat? Format, Guid? Organisation,
    string Place, QualificationLevel? Qualification, bool Supervisor, bool IncludeFull)
{
    public static DirectoryKey Of(OfferType kind, string scope, DirectorySearch search) => new(
        kind, scope,
        search.Q is null ? "" : "q:" + string.Join(' ', DirectoryText.SearchWords(search.Q)),
        search.Area, search.Format is DeliveryFormat.None ? null : search.Format, search.Organisation,
        search.Location is null ? "" : "l:" + string.Join(' ', DirectoryText.SearchWords(search.Location)),
        search.Qualification, search.Supervisor, search.IncludeFull);
}
