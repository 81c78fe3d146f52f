using System.Net;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Schemes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>An account made for a test. <see cref="AuthenticatorKey"/> is set when it signs in with an authenticator app.</summary>
public sealed record TestUser(Guid UserId, Guid PersonId, string Email, string Password, string? AuthenticatorKey = null);

public static class TestUsers
{
    /// <summary>Strong, not common, and free of any test person's name or address.</summary>
    public const string Password = "Pale lantern over a quiet river 7";

    private static int _sequence;

    /// <summary>A confirmed account (and its person, in a test organisation made if none exists) with the given roles.</summary>
    public static Task<TestUser> CreateUserAsync(this PortalFactory factory, params string[] roles) =>
        factory.CreateUserAsync(withAuthenticator: false, roles);

    /// <summary>As <see cref="CreateUserAsync(PortalFactory, string[])"/>, with an authenticator app set up and two-factor sign-in on.</summary>
    public static async Task<TestUser> CreateUserAsync(this PortalFactory factory, bool withAuthenticator, params string[] roles)
    {
        var number = Interlocked.Increment(ref _sequence);
        var email = $"person{number}.{Guid.NewGuid():N}@example.test";
        TestUser? created = null;
        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var organisation = await EnsureOrganisationAsync(db);
            var person = new Person
            {
                GivenName = "Robin",
                FamilyName = $"Jones{number}",
                Email = email,
                JobTitle = "Practitioner",
                OrganisationId = organisation.Id,
                ServiceAreaId = organisation.ServiceAreas[0].Id,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.People.Add(person);
            await db.SaveChangesAsync();

            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id };
            Succeeded(await users.CreateAsync(user, Password));
            if (roles.Length > 0)
            {
                Succeeded(await users.AddToRolesAsync(user, roles));
            }

            string? key = null;
            if (withAuthenticator)
            {
                Succeeded(await users.ResetAuthenticatorKeyAsync(user));
                key = await users.GetAuthenticatorKeyAsync(user);
                Succeeded(await users.SetTwoFactorEnabledAsync(user, true));
            }

            created = new TestUser(user.Id, person.Id, email, Password, key);
        });
        return created!;
    }

    /// <summary>
    /// Posts the real sign-in form and asserts it signed in; with an authenticator it completes the second
    /// step too (trying the next time step when this one was already used by an earlier sign-in).
    /// </summary>
    public static async Task SignInAsync(this FormClient client, TestUser user)
    {
        var response = await client.SubmitFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = user.Email,
            ["Password"] = user.Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {user.Email} gave {(int)response.StatusCode}, not a redirect.");
        if (user.AuthenticatorKey is null)
        {
            Assert.DoesNotContain("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            return;
        }

        Assert.StartsWith("/account/sign-in/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var totp = new Totp(Base32Encoding.ToBytes(user.AuthenticatorKey));
        foreach (var at in new[] { DateTime.UtcNow, DateTime.UtcNow.AddSeconds(30) })
        {
            var second = await client.SubmitFormAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = totp.ComputeTotp(at) });
            if (second.StatusCode == HttpStatusCode.Redirect)
            {
                return;
            }
        }

        Assert.Fail($"The two-factor step of {user.Email} refused both the current and the next code.");
    }

    /// <summary>The first organisation, made (with a scheme and a service area) when the database has none.</summary>
    public static async Task<Organisation> EnsureOrganisationAsync(AppDbContext db)
    {
        var existing = await db.Organisations.Include(o => o.ServiceAreas).OrderBy(o => o.Name).FirstOrDefaultAsync(o => o.ServiceAreas.Count > 0);
        if (existing is not null)
        {
            return existing;
        }

        var scheme = await db.Schemes.FirstOrDefaultAsync() ?? db.Schemes.Add(new Scheme { Name = "Test scheme", Code = "TEST" }).Entity;
        var organisation = new Organisation
        {
            Name = $"Test organisation {Guid.NewGuid():N}",
            SchemeId = scheme.Id,
            ServiceAreas = [new ServiceArea { Name = "Children's services" }, new ServiceArea { Name = "Adult social care" }],
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
