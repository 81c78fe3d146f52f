using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Infrastructure.Concurrency;

/// <summary>
/// Two requests that change the same record at once: the database refuses the second save (the concurrency
/// stamp changed under it, or a row it inserts now exists). A write whose outcome does not depend on what the
/// other request did (confirming a profile, replacing a photo, pausing) is safe to run again from a fresh read,
/// which is what <see cref="RetryOnConflictAsync{T}"/> does. Any other write lets the conflict reach
/// <see cref="ConflictFilter"/>, which tells the person.
/// </summary>
public static class ConcurrentWrites
{
    public const int Attempts = 6;

    /// <summary>
    /// Runs <paramref name="attempt"/> (read, change, save) and, when another request changed the same rows first,
    /// runs it again on a cleared change tracker, up to <see cref="Attempts"/> times in all.
    /// </summary>
    public static async Task<T> RetryOnConflictAsync<T>(this DbContext db, Func<Task<T>> attempt, CancellationToken ct)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException conflict) when (tries < Attempts && IsConflict(conflict))
            {
                db.ChangeTracker.Clear();
                // A short random wait, so requests that collided do not collide again in step.
                await Task.Delay(Random.Shared.Next(5, 25 * tries), ct);
            }
        }
    }

    /// <summary>A concurrency stamp that changed, or a key or unique index another request has just taken.</summary>
    public static bool IsConflict(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        { InnerException: SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqlitePrimaryKey or SqliteUnique } } => true,
        { InnerException: SqlException { Number: SqlServerDuplicateKey or SqlServerDuplicateIndex } } => true,
        _ => false,
    };

    private const int SqliteConstraint = 19;
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;
    private const int SqlServerDuplicateKey = 2627;
    private const int SqlServerDuplicateIndex = 2601;
}
