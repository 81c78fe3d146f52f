using System.Net;
using CoachRegister.Data;
using CoachRegister.Web.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.E2E.Infrastructure;

/// <summary>
/// The portal on real Kestrel at 127.0.0.1 (a free port), on its own SQLite file, for the browser to visit.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coachregister-e2e", Guid.NewGuid().ToString("N"));

    public PortalServer()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        SeedDemoRegister();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
    }

    public string BaseUrl { get; }

    public ServerErrors ServerErrors { get; } = new();

    private void SeedDemoRegister()
    {
        using var scope = Services.CreateScope();
        var outcome = ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync().GetAwaiter().GetResult();
        if (outcome != DemoSeedOutcome.Seeded)
        {
            throw new InvalidOperationException($"The demo register was not seeded: {outcome}.");
        }
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(ServerErrors));
        // The browser sees the demo register, so it shows the demo's name and contact details, as `scripts/run`
        // does (and as the screenshots in docs/ should).
        foreach (var (key, value) in DemoBranding())
        {
            builder.UseSetting(key, value);
        }

        // A build (not a publish) keeps the compressed copies of the front end under obj/; the browser asks for
        // them (Accept-Encoding), so the build's asset manifest must be read as Development does.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_folder, "portal.db")}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder, "logs", "portal-.log"));
        builder.UseSetting("Email:PickupDirectory", Path.Combine(_folder, "mail"));
        builder.UseSetting("Compliance:EvidenceDirectory", Path.Combine(_folder, "evidence"));
        // The compliance journey runs the nightly job's step itself; a background run at start-up would race
        // with the seeding and pause practitioners at a moment no test chose.
        builder.UseSetting("Compliance:NightlyJobEnabled", "false");
        // The browser reaches Kestrel over plain HTTP on loopback, as in the quick start.
        builder.UseSetting("Accounts:SecureCookies", "false");
        builder.UseSetting("Accounts:RequireTwoFactorForPrivilegedRoles", "false");
        // Every browser context signs in from 127.0.0.1, so the per-address limit on sign-in and registration
        // would throttle the suite itself; the limit is tested in the Web tests.
        builder.UseSetting("Accounts:SignInRateLimit:PermitLimit", "1000");
    }

    private static IEnumerable<(string Key, string Value)> DemoBranding() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Screenshots.RepositoryRoot(), "src", "CoachRegister.Web", "appsettings.Development.json"))
            .Build()
            .GetSection("Portal")
            .AsEnumerable()
            .Where(setting => setting.Value is not null)
            .Select(setting => (setting.Key, setting.Value!));

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
                // A log file may still be open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
