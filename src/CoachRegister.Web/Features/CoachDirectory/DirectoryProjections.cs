using CoachRegister.Data;
using CoachRegister.Data.Directory;
using CoachRegister.Domain.Register;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.CoachDirectory;

/// <summary>
/// This server's <see cref="DirectoryProjection"/>. A request asks for the projection at the directory version it
/// works at (<see cref="DirectoryCache.VersionAsync"/>); when the one held is older, a new one is read in the
/// background and the request is answered by the database meanwhile, so no request waits for a load and every answer
/// is of the version asked for. A load starts no sooner after the last one ended than that one took, so a register
/// that changes all the time costs at most half a core in loads. A register with more published profiles than
/// <see cref="DirectoryOptions.ProjectedProfilesLimit"/> is never held: the database answers it (the bound on memory).
/// </summary>
public sealed class DirectoryProjections(IServiceScopeFactory scopes, IOptions<DirectoryOptions> options, TimeProvider time, ILogger<DirectoryProjections> log)
    : IDisposable
{
    /// <summary>How long after a failed load the next is tried.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private DirectoryProjection? _current;
    private Task _loading = Task.CompletedTask;
    private long _tooLargeAt = -1;
    private DateTimeOffset _nextLoadAt = DateTimeOffset.MinValue;
    private readonly Lock _gate = new();

    /// <summary>The projection at <paramref name="version"/>, or null when the database must answer (one is being read, or none is kept).</summary>
    public DirectoryProjection? At(long version)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Version >= version)
        {
            return current.Version == version ? current : null;
        }

        if (options.Value.ProjectedProfilesLimit <= 0)
        {
            return null;
        }

        lock (_gate)
        {
            if (_loading.IsCompleted && _tooLargeAt < version && time.GetUtcNow() >= _nextLoadAt)
            {
                _loading = Task.Run(LoadAsync);
            }
        }

        return null;
    }

    /// <summary>Reads a projection now and waits for it (the benchmarks and tests); null when the register is over the limit.</summary>
    public async Task<DirectoryProjection?> LoadNowAsync()
    {
        Task loading;
        lock (_gate)
        {
            loading = _loading = _loading.IsCompleted ? Task.Run(LoadAsync) : _loading;
        }

        await loading;
        return Volatile.Read(ref _current);
    }

    private async Task LoadAsync()
    {
        var ct = _stopping.Token;
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var read = await ReadTransactionAsync(db, ct);
            var version = await DirectoryUpkeep.ReadVersionAsync(db, ct);
            var published = await db.CoachProfiles.CountAsync(p => p.Status == ProfileStatus.Published, ct);
            if (published > options.Value.ProjectedProfilesLimit)
            {
                lock (_gate)
                {
                    _tooLargeAt = version;
                }

                Volatile.Write(ref _current, null);
                return;
            }

            var started = time.GetTimestamp();
            var projection = await DirectoryProjection.LoadAsync(db, version, ct);
            var took = time.GetElapsedTime(started);
            Volatile.Write(ref _current, projection);
            lock (_gate)
            {
                _nextLoadAt = time.GetUtcNow() + took;
            }

            log.LogInformation("Directory projection of {Profiles} profiles read at version {Version} in {Elapsed} ms",
                projection.Count, version, (int)took.TotalMilliseconds);
        }
        catch (Exception e) when (ct.IsCancellationRequested && e is OperationCanceledException or ObjectDisposedException)
        {
            // The server is stopping.
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _nextLoadAt = time.GetUtcNow() + RetryAfter;
            }

            log.LogError(e, "The directory projection could not be read; the database answers searches until it can");
        }
    }

    /// <summary>
    /// One transaction for the version and the rows. On SQLite a deferred one, a reader's snapshot in WAL: EF's own
    /// BEGIN there is IMMEDIATE, which would hold the write lock, and so every save of the portal, for the whole load.
    /// </summary>
    private static async Task<IAsyncDisposable> ReadTransactionAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(ct);
        }

        await db.Database.OpenConnectionAsync(ct);
        var deferred = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(deferred, ct);
        return deferred;
    }

    /// <summary>Stops a load under way (the token source holds no timer, so it needs no disposing).</summary>
    public void Dispose() => _stopping.Cancel();
}
