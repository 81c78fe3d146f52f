using CoachRegister.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Configuration;

public static class DatabaseExtensions
{
    private const string SqliteMigrations = "CoachRegister.Migrations.Sqlite";
    private const string SqlServerMigrations = "CoachRegister.Migrations.SqlServer";

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        var connectionString = configuration.GetConnectionString("Default");

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Default is empty.");
            }

            services.AddDbContextPool<AppDbContext>(o => o.UseSqlServer(connectionString, s => s.MigrationsAssembly(SqlServerMigrations)));
        }
        else
        {
            var sqlite = SqliteConnectionString(connectionString, options, environment);
            services.AddDbContextPool<AppDbContext>(o => o.UseSqlite(sqlite, s => s.MigrationsAssembly(SqliteMigrations)));
        }

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return services;
    }

    /// <summary>
    /// Migrates the SQLite file on start (the embedded default) and switches it to WAL so that readers do
    /// not wait for the writer. SQL Server is migrated by the `migrate` command, never on start.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var migrate = options.MigrateOnStart ?? options.Provider == DatabaseProvider.Sqlite;
        if (!migrate)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await MigrateAsync(db);
    }

    public static async Task MigrateAsync(AppDbContext db)
    {
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    private static string SqliteConnectionString(string? configured, DatabaseOptions options, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=coachregister.db" : configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.Combine(environment.ContentRootPath, options.DataDirectory);
            Directory.CreateDirectory(folder);
            builder.DataSource = Path.Combine(folder, builder.DataSource);
        }
        else if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
