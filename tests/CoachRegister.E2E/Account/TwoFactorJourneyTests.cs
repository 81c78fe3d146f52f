using CoachRegister.Data.Identity;
using CoachRegister.Domain.People;
using CoachRegister.E2E.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;

namespace CoachRegister.E2E.Account;

[Collection(PortalCollection.Name)]
public class TwoFactorJourneyTests(BrowserFixture browser)
{
    private const string Password = "a long walk by the estuary at dawn";

    [Fact]
    public async Task A_person_sets_up_an_authenticator_app_and_then_signs_in_with_a_code()
    {
        var email = $"two.factor.{Guid.NewGuid():N}@example.test";
        await CreateAccountAsync(email);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, Password);

        await page.GotoAsync("/account/two-factor/set-up");
        await page.AssertNoViolationsAsync();
        var key = (await page.Locator("#shared-key").TextContentAsync())!.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.GetByLabel("Code").FillAsync(totp.ComputeTotp(DateTime.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your recovery codes");
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in/two-factor", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter the code from your authenticator app");
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync("two-factor-sign-in");

        // The code used to turn it on is spent; the app's next code is accepted.
        await page.GetByLabel("Code").FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Gwen");
    }

    private async Task CreateAccountAsync(string email)
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CoachRegister.Data.AppDbContext>();
        var organisation = await db.Organisations.Include(o => o.ServiceAreas).OrderBy(o => o.Name).FirstAsync();
        var person = new Person
        {
            GivenName = "Gwen",
            FamilyName = "Pritchard",
            Email = email,
            JobTitle = "Social worker",
            OrganisationId = organisation.Id,
            ServiceAreaId = organisation.ServiceAreas[0].Id,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Staff)).Succeeded);
    }
}
