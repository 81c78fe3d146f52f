using System.Data.Common;
using CoachRegister.Data;
using CoachRegister.Data.Directory;
using CoachRegister.Domain.Confidentiality;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.CoachDirectory;

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>
    /// How long a server trusts the directory version it last read before reading it again. A change made on
    /// this server is seen at once (the save says so); one made on another server within this time.
    /// </summary>
    public TimeSpan VersionCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most search results, counts and filter lists a server keeps (one entry each).</summary>
    public int MaxEntries { get; set; } = 4000;

    /// <summary>
    /// The most published profiles a server holds in memory as its <see cref="DirectoryProjection"/> (11.6 MiB for the
    /// 46,000 of the benchmark's register, docs/PERFORMANCE.md); a larger register is searched in the database.
    /// Zero keeps none.
    /// </summary>
    public int ProjectedProfilesLimit { get; set; } = 100_000;

    /// <summary>How long an entry nobody asks for is kept.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Search results, counts and filter lists kept in memory under the directory version they were read at
/// (<see cref="DirectoryVersion"/>). The version is read from the database at most once per
/// <see cref="DirectoryOptions.VersionCheckInterval"/>, and at once after a save on this server changed the
/// directory, so every server drops stale results on its own, from the same number. A result is the same for
/// everyone whose scope (<see cref="RecordScopes.DirectorySchemesOf"/>) is the same, so the scope is part of
/// the key, never the person.
/// </summary>
public sealed class DirectoryCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly IOptions<DirectoryOptions> _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private long _version;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;
    private int _mustCheck = 1;

    public DirectoryCache(IOptions<DirectoryOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxEntries, CompactionPercentage = 0.25 });
    }

    /// <summary>Entries held now (for the bound's test).</summary>
    public int Count => _entries.Count;

    /// <summary>A save on this server changed the directory: the next request reads the version again.</summary>
    public void MarkChanged() => Volatile.Write(ref _mustCheck, 1);

    /// <summary>
    /// The directory version this request works at. Read before any data, so a change that lands while the
    /// data is read makes the version move on and the result is never served again.
    /// </summary>
    public async ValueTask<long> VersionAsync(AppDbContext db, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        if (Volatile.Read(ref _mustCheck) == 0 && now - _checkedAt < _options.Value.VersionCheckInterval)
        {
            return Volatile.Read(ref _version);
        }

        await _reading.WaitAsync(ct);
        try
        {
            if (Interlocked.Exchange(ref _mustCheck, 0) == 0 && now - _checkedAt < _options.Value.VersionCheckInterval)
            {
                return _version;
            }

            var version = await DirectoryUpkeep.ReadVersionAsync(db, ct);
            if (version != _version)
            {
                _entries.Clear();
                Volatile.Write(ref _version, version);
            }

            _checkedAt = now;
            return version;
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>The cached value for <paramref name="key"/> at <paramref name="version"/>, or what <paramref name="load"/> reads.</summary>
    public async Task<T> GetAsync<T>(long version, object key, Func<Task<T>> load)
    {
        var versioned = (version, key);
        if (_entries.TryGetValue(versioned, out var held) && held is T value)
        {
            return value;
        }

        var loaded = await load();
        _entries.Set(versioned, loaded!, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _options.Value.IdleExpiry });
        return loaded;
    }

    public void Dispose()
    {
        _entries.Dispose();
        _reading.Dispose();
    }
}

/// <summary>
/// Tells <see cref="DirectoryCache"/> that the directory changed once the transaction that changed it has
/// committed: before that, another connection would still read the old version.
/// </summary>
public sealed class DirectoryChangeNotifier(DirectoryCache cache) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Notify(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Notify(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private void Notify(TransactionEndEventData eventData)
    {
        if (eventData.Context is AppDbContext { DirectoryChangePending: true } db)
        {
            db.DirectoryChangePending = false;
            cache.MarkChanged();
        }
    }

    private static void Forget(TransactionEndEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.DirectoryChangePending = false;
        }
    }
}
