using System.Numerics;
using CoachRegister.Data;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.CoachDirectory;

/// <summary>
/// The published part of the register as the directory searches it, held in memory at one directory version: what
/// each filter reads, in the directory's order (places first, family name, given name, id, as the database sorts
/// them), and a word index of each profile's text and location. A search, a count and any page are then one pass
/// over these rows with no database work; the text rule is <see cref="DirectoryText.Matches"/>, which the
/// database's FTS5 index follows too. Built by <see cref="DirectoryProjections"/>; never changed once built.
/// </summary>
public sealed class DirectoryProjection
{
    private readonly Listing[] _rows;
    private readonly WordIndex _text;
    private readonly WordIndex _location;

    private DirectoryProjection(long version, Listing[] rows, WordIndex text, WordIndex location)
    {
        Version = version;
        _rows = rows;
        _text = text;
        _location = location;
    }

    /// <summary>The directory version the rows were read at.</summary>
    public long Version { get; }

    /// <summary>Published profiles held.</summary>
    public int Count => _rows.Length;

    /// <summary>Reads the published profiles at <paramref name="version"/> (read by the caller before this, in the same transaction).</summary>
    public static async Task<DirectoryProjection> LoadAsync(AppDbContext db, long version, CancellationToken ct)
    {
        var profiles = await db.CoachProfiles.AsNoTracking()
            .Where(p => p.Status == ProfileStatus.Published)
            .OrderByDescending(p => p.HasPlacesNow).ThenBy(p => p.SortFamilyName).ThenBy(p => p.SortGivenName).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.SchemeId, p.Offers, p.Formats, p.IsTrainedSupervisor, p.HasPlacesNow, p.Person!.OrganisationId,
                p.Person.GivenName, p.Person.FamilyName, p.Bio, p.Experience, p.Location,
            })
            .ToListAsync(ct);
        var areaWords = (await db.CoachingAreas.AsNoTracking().Select(a => new { a.Id, a.Name, a.NameWelsh }).ToListAsync(ct))
            .ToDictionary(a => a.Id, a => DirectoryText.Words(a.Name).Concat(DirectoryText.Words(a.NameWelsh)).ToArray());
        var areas = (await db.Set<Dictionary<string, object>>("CoachProfileAreas").AsNoTracking()
                .Select(pa => new { ProfileId = EF.Property<Guid>(pa, "CoachProfileId"), AreaId = EF.Property<Guid>(pa, "AreasId") })
                .ToListAsync(ct))
            .ToLookup(a => a.ProfileId, a => a.AreaId);
        var levels = (await db.Qualifications.AsNoTracking().Select(q => new { q.CoachProfileId, q.Level }).Distinct().ToListAsync(ct))
            .ToLookup(q => q.CoachProfileId, q => q.Level);

        var rows = new Listing[profiles.Count];
        var text = new WordIndex.Builder();
        var location = new WordIndex.Builder();
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            var own = areas[p.Id].ToArray();
            rows[i] = new Listing(p.Id, p.SchemeId, p.Offers, p.Formats, p.IsTrainedSupervisor, p.HasPlacesNow, p.OrganisationId, own, levels[p.Id].ToArray());
            words.Clear();
            words.UnionWith(DirectoryText.Words(p.GivenName + " " + p.FamilyName));
            words.UnionWith(DirectoryText.Words(p.Bio));
            words.UnionWith(DirectoryText.Words(p.Experience));
            foreach (var area in own)
            {
                words.UnionWith(areaWords[area]);
            }

            text.Add(i, words);
            words.Clear();
            words.UnionWith(DirectoryText.Words(p.Location));
            location.Add(i, words);
        }

        return new DirectoryProjection(version, rows, text.Build(rows.Length), location.Build(rows.Length));
    }

    /// <summary>How many practitioners the search finds for someone whose directory holds <paramref name="schemes"/>.</summary>
    public int CountOf(IReadOnlyCollection<Guid> schemes, OfferType kind, DirectorySearch search) =>
        Scan(schemes, kind, search, skip: int.MaxValue, take: 0).Total;

    /// <summary>The ids of one page of the search, in the directory's order.</summary>
    public IReadOnlyList<Guid> PageOf(IReadOnlyCollection<Guid> schemes, OfferType kind, DirectorySearch search, int pageSize) =>
        Scan(schemes, kind, search, skip: (search.Page - 1) * pageSize, take: pageSize).Page;

    private (int Total, List<Guid> Page) Scan(IReadOnlyCollection<Guid> schemes, OfferType kind, DirectorySearch search, int skip, int take)
    {
        var page = new List<Guid>(take);
        ulong[]? candidates = null;
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            candidates = _text.Matching(DirectoryText.SearchWords(search.Q), null);
        }

        if (!string.IsNullOrWhiteSpace(search.Location))
        {
            candidates = _location.Matching(DirectoryText.SearchWords(search.Location), candidates);
        }

        var total = 0;
        void Consider(int i)
        {
            if (!Passes(_rows[i], schemes, kind, search))
            {
                return;
            }

            if (total >= skip && page.Count < take)
            {
                page.Add(_rows[i].Id);
            }

            total++;
        }

        if (candidates is null)
        {
            for (var i = 0; i < _rows.Length; i++)
            {
                Consider(i);
            }
        }
        else
        {
            for (var w = 0; w < candidates.Length; w++)
            {
                for (var bits = candidates[w]; bits != 0; bits &= bits - 1)
                {
                    Consider((w << 6) + BitOperations.TrailingZeroCount(bits));
                }
            }
        }

        return (total, page);
    }

    /// <summary>The same filters as the database's query (<see cref="DirectoryService"/>), on one row.</summary>
    private static bool Passes(Listing row, IReadOnlyCollection<Guid> schemes, OfferType kind, DirectorySearch search) =>
        row.Offers != OfferType.None && (row.Offers & kind) == kind
        && schemes.Contains(row.SchemeId)
        && (search.Area is not { } area || Array.IndexOf(row.Areas, area) >= 0)
        && (search.Format is not { } format || (row.Formats & format) == format)
        && (search.Organisation is not { } organisation || row.OrganisationId == organisation)
        && (search.Qualification is not { } level || Array.IndexOf(row.Levels, level) >= 0)
        && (!search.Supervisor || row.IsTrainedSupervisor)
        && (search.IncludeFull || row.HasPlacesNow);

    private sealed record Listing(
        Guid Id, Guid SchemeId, OfferType Offers, DeliveryFormat Formats, bool IsTrainedSupervisor, bool HasPlacesNow, Guid? OrganisationId,
        Guid[] Areas, QualificationLevel[] Levels);

    /// <summary>
    /// Each word of the held texts (as <see cref="DirectoryText.Words"/> reads them), in ordinal order, with the rows
    /// that hold it in ascending order, so that the words a search word begins are one range of the sorted list.
    /// </summary>
    private sealed class WordIndex(string[] words, int[][] rows, int rowCount)
    {
        /// <summary>
        /// The rows in which every search word begins a word, as a bit per row, within <paramref name="within"/> when
        /// given; none when there are no search words (a search of only punctuation finds nobody).
        /// </summary>
        public ulong[] Matching(IReadOnlyList<string> searchWords, ulong[]? within)
        {
            var result = within ?? Enumerable.Repeat(ulong.MaxValue, (rowCount + 63) >> 6).ToArray();
            if (searchWords.Count == 0)
            {
                return new ulong[result.Length];
            }

            var one = new ulong[result.Length];
            foreach (var searchWord in searchWords)
            {
                Array.Clear(one);
                for (var w = FirstAtOrAfter(searchWord); w < words.Length && words[w].StartsWith(searchWord, StringComparison.Ordinal); w++)
                {
                    foreach (var row in rows[w])
                    {
                        one[row >> 6] |= 1UL << row;
                    }
                }

                for (var i = 0; i < result.Length; i++)
                {
                    result[i] &= one[i];
                }
            }

            return result;
        }

        private int FirstAtOrAfter(string prefix)
        {
            var found = Array.BinarySearch(words, prefix, StringComparer.Ordinal);
            return found >= 0 ? found : ~found;
        }

        public sealed class Builder
        {
            private readonly Dictionary<string, List<int>> _rows = new(StringComparer.Ordinal);

            /// <summary>Adds row <paramref name="row"/>'s distinct words; rows are added in ascending order.</summary>
            public void Add(int row, IEnumerable<string> words)
            {
                foreach (var word in words)
                {
                    if (!_rows.TryGetValue(word, out var list))
                    {
                        _rows[word] = list = [];
                    }

                    list.Add(row);
                }
            }

            public WordIndex Build(int rowCount)
            {
                var sorted = _rows.Keys.Order(StringComparer.Ordinal).ToArray();
                return new WordIndex(sorted, sorted.Select(w => _rows[w].ToArray()).ToArray(), rowCount);
            }
        }
    }
}
