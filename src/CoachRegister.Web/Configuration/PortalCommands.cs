using CoachRegister.Data;

namespace CoachRegister.Web.Configuration;

/// <summary>
/// Administrative commands run as `CoachRegister.Web COMMAND`, for example `migrate` on a SQL Server
/// database, where the portal never migrates on start.
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
            default:
                return false;
        }
    }
}
