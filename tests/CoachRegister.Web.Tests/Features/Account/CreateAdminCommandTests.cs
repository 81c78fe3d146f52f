using CoachRegister.Data.Identity;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>The create-admin command, run in-process against the test portal's fresh database.</summary>
public class CreateAdminCommandTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "Granite orchards under winter rain";

    [Fact]
    public async Task It_creates_a_confirmed_system_admin_with_a_person_from_a_password_on_standard_input()
    {
        var email = $"admin.{Guid.NewGuid():N}@example.test";

        var (code, output, error) = await RunAsync(Password + "\n", "create-admin", "--email", email, "--given-name", "Nia", "--family-name", "Vaughan");

        Assert.True(code == 0, error);
        Assert.Contains("System admin", output, StringComparison.Ordinal);
        var user = await factory.WithDbAsync(db => db.Users.Include(u => u.Person).SingleAsync(u => u.Email == email));
        Assert.True(user.EmailConfirmed);
        Assert.Equal("Vaughan", user.Person!.FamilyName);
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.SystemAdmin], roles);
        var client = factory.CreateFormClient();
        await client.SignInAsync(new TestUser(user.Id, user.PersonId, email, Password));
    }

    [Fact]
    public async Task It_reads_the_password_from_the_environment_variable()
    {
        var email = $"admin.{Guid.NewGuid():N}@example.test";
        Environment.SetEnvironmentVariable(PortalCommands.AdminPasswordVariable, Password);
        try
        {
            var (code, _, error) = await RunAsync("", "create-admin", "--email", email, "--given-name", "Nia", "--family-name", "Vaughan");

            Assert.True(code == 0, error);
            Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        }
        finally
        {
            Environment.SetEnvironmentVariable(PortalCommands.AdminPasswordVariable, null);
        }
    }

    [Fact]
    public async Task It_refuses_an_address_that_already_exists()
    {
        var existing = await factory.CreateUserAsync();

        var (code, _, error) = await RunAsync(Password + "\n", "create-admin", "--email", existing.Email, "--given-name", "Nia", "--family-name", "Vaughan");

        Assert.Equal(1, code);
        Assert.Contains("already belongs", error, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == existing.Email)));
    }

    [Theory]
    [InlineData("short one")]
    [InlineData("qwertyuiopasdfgh")]
    public async Task It_refuses_a_password_that_breaks_the_rules(string password)
    {
        var email = $"admin.{Guid.NewGuid():N}@example.test";

        var (code, _, error) = await RunAsync(password + "\n", "create-admin", "--email", email, "--given-name", "Nia", "--family-name", "Vaughan");

        Assert.Equal(1, code);
        Assert.StartsWith("Refused:", error, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.False(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.Email == email)));
    }

    [Fact]
    public async Task It_refuses_a_password_given_as_an_argument()
    {
        var email = $"admin.{Guid.NewGuid():N}@example.test";

        var (code, _, error) = await RunAsync("", "create-admin", "--email", email, "--given-name", "Nia", "--family-name", "Vaughan", "--password", Password);

        Assert.Equal(2, code);
        Assert.StartsWith("Usage:", error, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    private async Task<(int? Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PortalCommands.TryRunAsync(factory.Services, args, new StringReader(input), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
