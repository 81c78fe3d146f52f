using CoachRegister.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>
/// The whole portal through the real HTTP pipeline on its own SQLite file, migrated like production.
/// One factory per test class (IClassFixture); the file is deleted when the class is done.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coachregister-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "portal.db");

    /// <summary>
    /// Settings every test class starts from: admins need not set up two-factor sign-in and the sign-in
    /// rate limit is out of the way. A class that overrides <see cref="Settings"/> keeps these unless it
    /// names the same key.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> DefaultSettings = new Dictionary<string, string?>
    {
        ["Accounts:RequireTwoFactorForPrivilegedRoles"] = "false",
        ["Accounts:SignInRateLimit:PermitLimit"] = "10000",
    };

    /// <summary>The e-mail pickup folder: mail "sent" without an SMTP server lands here, never in the source tree.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Extra settings a test class needs (SMTP port, feature switches).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>(DefaultSettings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder, "logs", "portal-.log"));
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        foreach (var (key, value) in DefaultSettings.Concat(Settings))
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Runs work against the portal's database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithServicesAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file can still be held open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
