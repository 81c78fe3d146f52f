using CoachRegister.Data;
using CoachRegister.Web.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>
/// One SQLite file migrated once per test run, as the portal migrates on start (migrations, then WAL), and
/// copied into each factory's folder before its host starts, so no host runs migrations of its own.
/// </summary>
public static class TemplateDatabase
{
    private const string MigrationsAssembly = "CoachRegister.Migrations.Sqlite";

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "coachregister-tests", "template-" + Guid.NewGuid().ToString("N"));

    // ExecutionAndPublication: classes start in parallel, and exactly one of them migrates.
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The migrated file; made on first use. Nothing holds it open once this returns.</summary>
    public static string FilePath => Template.Value;

    /// <summary>Copies the template to <paramref name="destination"/> (a file that must not exist yet).</summary>
    public static void CopyTo(string destination) => File.Copy(FilePath, destination);

    private static string Create()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, "template.db");
        // No pooling: when the context is disposed the last connection closes, so the file can be copied.
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(connection, s => s.MigrationsAssembly(MigrationsAssembly))
            .Options;
        using (var db = new AppDbContext(options))
        {
            // On the thread pool: the caller may hold the test framework's synchronisation context.
            Task.Run(() => DatabaseExtensions.MigrateAsync(db)).GetAwaiter().GetResult();
            // Moves everything from the write-ahead log into the file itself, so a copy of the file alone is whole.
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        if (File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0)
        {
            throw new InvalidOperationException($"The template database {path} still has a write-ahead log after its checkpoint.");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolder();
        return path;
    }

    private static void DeleteFolder()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS.
        }
    }
}
