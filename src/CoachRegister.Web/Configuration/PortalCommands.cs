using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Configuration;

/// <summary>
/// Administrative commands run as `CoachRegister.Web COMMAND`, for example `migrate` on a SQL Server
/// database, where the portal never migrates on start.
/// </summary>
public static class PortalCommands
{
    public const string AdminPasswordVariable = "COACHREGISTER_ADMIN_PASSWORD";

    private static readonly string[] KnownOptions = ["--email", "--given-name", "--family-name"];

    public static async Task<bool> TryRunAsync(WebApplication app, string[] args) =>
        await TryRunAsync(app.Services, args, Console.In, Console.Out, Console.Error) is not null;

    /// <summary>Runs the command named by <paramref name="args"/>; null when there is none, else the exit code.</summary>
    public static async Task<int?> TryRunAsync(IServiceProvider root, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (args[0])
        {
            case "migrate":
                await DatabaseExtensions.MigrateAsync(services.GetRequiredService<AppDbContext>());
                await output.WriteLineAsync("The database is up to date.");
                return 0;
            case "create-admin":
                var code = await CreateAdminAsync(services, args[1..], input, output, error);
                Environment.ExitCode = code;
                return code;
            default:
                return null;
        }
    }

    /// <summary>
    /// `create-admin --email X --given-name A --family-name B`: the first system admin of a new database.
    /// The password comes from COACHREGISTER_ADMIN_PASSWORD or standard input, never an argument (arguments
    /// show in process lists and shell history), and must pass the same rules as any other password.
    /// </summary>
    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var options = ParseOptions(args);
        if (options is null || !options.TryGetValue("--email", out var email) || !options.TryGetValue("--given-name", out var givenName)
            || !options.TryGetValue("--family-name", out var familyName))
        {
            await error.WriteLineAsync("Usage: create-admin --email ADDRESS --given-name NAME --family-name NAME (password from " + AdminPasswordVariable + " or standard input)");
            return 2;
        }

        if (email.Length > 256 || givenName.Length > 100 || familyName.Length > 100)
        {
            await error.WriteLineAsync("Refused: the e-mail address may have 256 characters and each name 100.");
            return 2;
        }

        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("Refused: the database is not up to date. Run the migrate command first.");
            return 1;
        }

        if (await users.FindByEmailAsync(email) is not null || db.People.Any(p => p.Email == email))
        {
            await error.WriteLineAsync($"Refused: {email} already belongs to someone in the register.");
            return 1;
        }

        var password = Environment.GetEnvironmentVariable(AdminPasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("Password (ends at the end of the line):");
            password = await input.ReadLineAsync();
        }

        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"Refused: no password given in {AdminPasswordVariable} or on standard input.");
            return 2;
        }

        var time = services.GetRequiredService<TimeProvider>();
        var person = new Person { GivenName = givenName, FamilyName = familyName, Email = email, CreatedAt = time.GetUtcNow() };
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id, Person = person };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.People.Add(person);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync("Refused: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }

        var role = await users.AddToRoleAsync(user, Roles.SystemAdmin);
        if (!role.Succeeded)
        {
            await error.WriteLineAsync("Refused: " + string.Join(" ", role.Errors.Select(e => e.Description)));
            return 1;
        }

        await transaction.CommitAsync();
        await output.WriteLineAsync($"System admin {email} created. They must set up two-factor sign-in when they first sign in.");
        return 0;
    }

    private static Dictionary<string, string>? ParseOptions(string[] args)
    {
        if (args.Length % 2 != 0)
        {
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!KnownOptions.Contains(args[i]) || string.IsNullOrWhiteSpace(args[i + 1]))
            {
                return null;
            }

            options[args[i]] = args[i + 1].Trim();
        }

        return options;
    }
}
