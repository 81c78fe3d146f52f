using System.Numerics;
using CoachRegister.Data;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.CoachDirectory;

/// <summary>
/// The published part of the register as the directory searches it, held in memory at one directory version: the
/// profiles in the directory's order (places first, family name, given name, id, as the database sorts them), and
/// for each value a filter can take (a scheme, an area, an organisation, a qualification level, a format, an offer,
/// "trained supervisor", "has places now") and each word of the profiles' text and location, the rows that have it. A
/// search ANDs those rows as one bit per profile, so its count and any of its pages take no database work and a few
/// thousand machine words of it. The text rule is <see cref="DirectoryText.Matches"/>, which the database's FTS5 index
/// follows too. Built by <see cref="DirectoryProjections"/>; never changed once built.
/// </summary>
public sealed class DirectoryProjection
{
    private readonly Guid[] _ids;
    private readonly Dictionary<Guid, int[]> _bySchemes;
    private readonly Dictionary<Guid, int[]> _byArea;
    private readonly Dictionary<Guid, int[]> _byOrganisation;
    private readonly Dictionary<QualificationLevel, int[]> _byLevel;
    private readonly Dictionary<int, int[]> _byOffer;
    private readonly Dictionary<int, int[]> _byFormat;
    private readonly int[] _supervisors;
    private readonly int[] _withPlaces;
    private readonly WordIndex _text;
    private readonly WordIndex _location;

    private DirectoryProjection(long version, Guid[] ids, Postings postings, WordIndex text, WordIndex location)
    {
        Version = version;
        _ids = ids;
        _bySchemes = postings.Schemes.Build();
        _byArea = postings.Areas.Build();
        _byOrganisation = postings.Organisations.Build();
        _byLevel = postings.Levels.Build();
        _byOffer = postings.Offers.Build();
        _byFormat = postings.Formats.Build();
        _supervisors = [.. postings.Supervisors];
        _withPlaces = [.. postings.WithPlaces];
        _text = text;
        _location = location;
    }

    /// <summary>The directory version the rows were read at.</summary>
    public long Version { get; }

    /// <summary>Published profiles held.</summary>
    public int Count => _ids.Length;

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

        var ids = new Guid[profiles.Count];
        var postings = new Postings();
        var text = new WordIndex.Builder();
        var location = new WordIndex.Builder();
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 0; row < profiles.Count; row++)
        {
            var p = profiles[row];
            ids[row] = p.Id;
            postings.Schemes.Add(p.SchemeId, row);
            if (p.OrganisationId is { } organisation)
            {
                postings.Organisations.Add(organisation, row);
            }

            foreach (var level in levels[p.Id])
            {
                postings.Levels.Add(level, row);
            }

            foreach (var bit in Bits((int)p.Offers))
            {
                postings.Offers.Add(bit, row);
            }

            foreach (var bit in Bits((int)p.Formats))
            {
                postings.Formats.Add(bit, row);
            }

            if (p.IsTrainedSupervisor)
            {
                postings.Supervisors.Add(row);
            }

            if (p.HasPlacesNow)
            {
                postings.WithPlaces.Add(row);
            }

            words.Clear();
            words.UnionWith(DirectoryText.Words(p.GivenName + " " + p.FamilyName));
            words.UnionWith(DirectoryText.Words(p.Bio));
            words.UnionWith(DirectoryText.Words(p.Experience));
            foreach (var area in areas[p.Id])
            {
                postings.Areas.Add(area, row);
                // An area made after its list was read (SQL Server reads each list at its own moment): its words come
                // with the next version, which that change has already moved on.
                words.UnionWith(areaWords.GetValueOrDefault(area, []));
            }

            text.Add(row, words);
            words.Clear();
            words.UnionWith(DirectoryText.Words(p.Location));
            location.Add(row, words);
        }

        return new DirectoryProjection(version, ids, postings, text.Build(), location.Build());
    }

    /// <summary>How many practitioners the search finds for someone whose directory holds <paramref name="schemes"/>.</summary>
    public int CountOf(IReadOnlyCollection<Guid> schemes, OfferType kind, DirectorySearch search) =>
        Find(schemes, kind, search).Count();

    /// <summary>The ids of one page of the search, in the directory's order.</summary>
    public IReadOnlyList<Guid> PageOf(IReadOnlyCollection<Guid> schemes, OfferType kind, DirectorySearch search, int pageSize) =>
        Find(schemes, kind, search).Rows((search.Page - 1) * pageSize, pageSize).Select(row => _ids[row]).ToList();

    /// <summary>The same filters as the database's query (<see cref="DirectoryService"/>), as a set of rows.</summary>
    private RowSet Find(IReadOnlyCollection<Guid> schemes, OfferType kind, DirectorySearch search)
    {
        var found = RowSet.All(_ids.Length);
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            _text.Keep(found, DirectoryText.SearchWords(search.Q));
        }

        if (!string.IsNullOrWhiteSpace(search.Location))
        {
            _location.Keep(found, DirectoryText.SearchWords(search.Location));
        }

        found.Keep(schemes.Select(s => _bySchemes.GetValueOrDefault(s, [])));
        // Offers as the database reads them: one of the values that hold every bit of the kind, never "none" (which
        // holding any bit of the kind already rules out).
        if (kind == OfferType.None)
        {
            found.Keep(_byOffer.Values);
        }

        foreach (var bit in Bits((int)kind))
        {
            found.Keep([_byOffer.GetValueOrDefault(bit, [])]);
        }

        if (search.Area is { } area)
        {
            found.Keep([_byArea.GetValueOrDefault(area, [])]);
        }

        foreach (var bit in Bits((int)(search.Format ?? DeliveryFormat.None)))
        {
            found.Keep([_byFormat.GetValueOrDefault(bit, [])]);
        }

        if (search.Organisation is { } organisation)
        {
            found.Keep([_byOrganisation.GetValueOrDefault(organisation, [])]);
        }

        if (search.Qualification is { } level)
        {
            found.Keep([_byLevel.GetValueOrDefault(level, [])]);
        }

        if (search.Supervisor)
        {
            found.Keep([_supervisors]);
        }

        if (!search.IncludeFull)
        {
            found.Keep([_withPlaces]);
        }

        return found;
    }

    /// <summary>The single bits of a flags value.</summary>
    private static IEnumerable<int> Bits(int flags)
    {
        for (var rest = flags; rest != 0; rest &= rest - 1)
        {
            yield return rest & -rest;
        }
    }

    /// <summary>Rows being read, by what a filter can ask for.</summary>
    private sealed class Postings
    {
        public readonly PostingLists<Guid> Schemes = new();
        public readonly PostingLists<Guid> Areas = new();
        public readonly PostingLists<Guid> Organisations = new();
        public readonly PostingLists<QualificationLevel> Levels = new();
        public readonly PostingLists<int> Offers = new();
        public readonly PostingLists<int> Formats = new();
        public readonly List<int> Supervisors = [];
        public readonly List<int> WithPlaces = [];
    }

    /// <summary>For each key, the rows that have it, in ascending order (rows are added in order).</summary>
    private sealed class PostingLists<TKey>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, List<int>> _rows = [];

        public void Add(TKey key, int row)
        {
            if (!_rows.TryGetValue(key, out var list))
            {
                _rows[key] = list = [];
            }

            list.Add(row);
        }

        public Dictionary<TKey, int[]> Build() => _rows.ToDictionary(r => r.Key, r => r.Value.ToArray());
    }

    /// <summary>A set of rows as one bit a row.</summary>
    private sealed class RowSet
    {
        private readonly ulong[] _bits;
        private readonly ulong[] _scratch;

        private RowSet(ulong[] bits)
        {
            _bits = bits;
            _scratch = new ulong[bits.Length];
        }

        public static RowSet All(int rows)
        {
            var bits = new ulong[(rows + 63) >> 6];
            Array.Fill(bits, ulong.MaxValue);
            if ((rows & 63) != 0)
            {
                bits[^1] = (1UL << (rows & 63)) - 1;
            }

            return new RowSet(bits);
        }

        /// <summary>Keeps the rows that are in at least one of <paramref name="lists"/>.</summary>
        public void Keep(IEnumerable<int[]> lists)
        {
            Array.Clear(_scratch);
            foreach (var list in lists)
            {
                foreach (var row in list)
                {
                    _scratch[row >> 6] |= 1UL << row;
                }
            }

            for (var i = 0; i < _bits.Length; i++)
            {
                _bits[i] &= _scratch[i];
            }
        }

        public int Count()
        {
            var count = 0;
            foreach (var word in _bits)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }

        /// <summary>Up to <paramref name="take"/> rows in ascending order, after the first <paramref name="skip"/>.</summary>
        public IEnumerable<int> Rows(int skip, int take)
        {
            for (var i = 0; i < _bits.Length && take > 0; i++)
            {
                var word = _bits[i];
                var here = BitOperations.PopCount(word);
                if (skip >= here)
                {
                    skip -= here;
                    continue;
                }

                for (; word != 0 && take > 0; word &= word - 1)
                {
                    if (skip > 0)
                    {
                        skip--;
                        continue;
                    }

                    take--;
                    yield return (i << 6) + BitOperations.TrailingZeroCount(word);
                }
            }
        }
    }

    /// <summary>
    /// Each word of the held texts (as <see cref="DirectoryText.Words"/> reads them), in ordinal order, with the rows
    /// that hold it in ascending order, so that the words a search word begins are one range of the sorted list.
    /// </summary>
    private sealed class WordIndex(string[] words, int[][] rows)
    {
        /// <summary>
        /// Keeps the rows in which every search word begins a word; none when there are no search words (a search of
        /// only punctuation finds nobody).
        /// </summary>
        public void Keep(RowSet found, IReadOnlyList<string> searchWords)
        {
            if (searchWords.Count == 0)
            {
                found.Keep([]);
            }

            foreach (var searchWord in searchWords)
            {
                var first = Array.BinarySearch(words, searchWord, StringComparer.Ordinal);
                first = first >= 0 ? first : ~first;
                var last = first;
                while (last < words.Length && words[last].StartsWith(searchWord, StringComparison.Ordinal))
                {
                    last++;
                }

                found.Keep(rows[first..last]);
            }
        }

        public sealed class Builder
        {
            private readonly PostingLists<string> _rows = new();

            /// <summary>Adds row <paramref name="row"/>'s distinct words; rows are added in ascending order.</summary>
            public void Add(int row, IEnumerable<string> words)
            {
                foreach (var word in words)
                {
                    _rows.Add(word, row);
                }
            }

            public WordIndex Build()
            {
                var byWord = _rows.Build();
                var sorted = byWord.Keys.Order(StringComparer.Ordinal).ToArray();
                return new WordIndex(sorted, sorted.Select(w => byWord[w]).ToArray());
            }
        }
    }
}
