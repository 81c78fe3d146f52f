using System.Diagnostics;
using CoachRegister.Data;
using CoachRegister.Web.Infrastructure.Seeding;

namespace CoachRegister.Web.Configuration;

/// <summary>
/// Administrative commands run as `CoachRegister.Web COMMAND`, for example `migrate` on a SQL Server
/// database, where the portal never migrates on start, or `seed` for the demo register.
/// </summary>
public static class PortalCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (args[0])
        {
            case "migrate":
                await DatabaseExtensions.MigrateAsync(services.GetRequiredService<AppDbContext>());
                Console.WriteLine("The database is up to date.");
                return true;
            case "seed" when app.Environment.IsProduction():
                // Every demo account shares a published password: never create them where real people sign in.
                await Console.Error.WriteLineAsync("The demo register is not seeded in Production. Set ASPNETCORE_ENVIRONMENT=Development.");
                Environment.ExitCode = 1;
                return true;
            case "seed":
                await SeedAsync(services);
                return true;
            default:
                return false;
        }
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        await DatabaseExtensions.MigrateAsync(db);
        var stopwatch = Stopwatch.StartNew();
        var outcome = await ActivatorUtilities.CreateInstance<DemoSeeder>(services).SeedAsync();
        switch (outcome)
        {
            case DemoSeedOutcome.Seeded:
                Console.WriteLine($"Demo register created in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
                break;
            case DemoSeedOutcome.AlreadySeeded:
                Console.WriteLine("The demo register is already there; nothing was changed.");
                break;
            default:
                Console.WriteLine("The database already holds organisations that are not the demo's; nothing was seeded.");
                return;
        }

        Console.WriteLine();
        Console.WriteLine("Demo sign-ins:");
        Console.Write(DemoSeeder.FormatSignIns());
    }
}
