using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Organisations;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Account;

public class RegisterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "Seven hungry otters juggle plums";

    [Fact]
    public async Task A_new_registration_is_staff_unconfirmed_and_gets_a_confirmation_email()
    {
        var (organisation, area) = await OrganisationAsync();
        var manager = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        var email = $"new.{Guid.NewGuid():N}@example.test";

        var response = await client.SubmitFormAsync("/account/register", Fields(email, organisation.Id, area.Id, manager.Email), AccountTestExtensions.MainForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/register/check-your-email", response.Headers.Location!.OriginalString);
        var saved = await factory.WithDbAsync(db => db.Users.Include(u => u.Person).SingleAsync(u => u.Email == email));
        Assert.False(saved.EmailConfirmed);
        Assert.Equal(area.Id, saved.Person!.ServiceAreaId);
        Assert.Null(saved.Person.LineManagerId); // recorded once the address is confirmed (EnumerationTests)
        Assert.Equal("Clerk of works", saved.Person.JobTitle);
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == saved.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.Staff], roles);
        var message = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == email));
        Assert.Equal("Confirm your e-mail address", message.Subject);
        Assert.StartsWith("https://localhost/account/confirm-email?userId=", AccountTestExtensions.LinkIn(message.HtmlBody, "/account/confirm-email"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_with_the_address_of_a_person_without_an_account_changes_nothing_of_their_record()
    {
        var (organisation, area) = await OrganisationAsync();
        var stranger = await factory.CreateUserAsync();
        var email = $"imported.{Guid.NewGuid():N}@example.test";
        var personId = await factory.WithDbAsync(async db =>
        {
            var imported = new CoachRegister.Domain.People.Person { GivenName = "Ifan", FamilyName = "Morgan", Email = email, CreatedAt = DateTimeOffset.UtcNow };
            db.People.Add(imported);
            await db.SaveChangesAsync();
            return imported.Id;
        });

        var response = await factory.CreateFormClient().SubmitFormAsync(
            "/account/register", Fields(email, organisation.Id, area.Id, stranger.Email), AccountTestExtensions.MainForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == personId));
        Assert.Null(person.LineManagerId);
        Assert.Null(person.OrganisationId);
        Assert.Null(person.JobTitle);
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal(personId, user.PersonId);
        Assert.False(user.EmailConfirmed);
    }

    [Fact]
    public async Task The_same_address_in_other_capitals_is_the_same_person()
    {
        var (organisation, area) = await OrganisationAsync();
        var email = $"ceri.{Guid.NewGuid():N}@example.test";
        var personId = await factory.WithDbAsync(async db =>
        {
            var known = new CoachRegister.Domain.People.Person { GivenName = "Ceri", FamilyName = "Hughes", Email = email, CreatedAt = DateTimeOffset.UtcNow };
            db.People.Add(known);
            await db.SaveChangesAsync();
            return known.Id;
        });

        var response = await factory.CreateFormClient().SubmitFormAsync(
            "/account/register", Fields(email.ToUpperInvariant(), organisation.Id, area.Id, ""), AccountTestExtensions.MainForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.People.CountAsync(p => p.Email == email)));
        var normalised = email.ToUpperInvariant();
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == normalised));
        Assert.Equal(personId, user.PersonId);
    }

    [Fact]
    public async Task The_register_page_lists_organisations_and_their_service_areas_from_the_database()
    {
        var (organisation, area) = await OrganisationAsync();

        var page = await factory.CreateFormClient().GetPageAsync("/account/register");

        Assert.NotNull(page.QuerySelector($"#OrganisationId option[value='{organisation.Id}']"));
        var option = page.QuerySelector($"#ServiceAreaId optgroup[label='{organisation.Name}'] option[value='{area.Id}']");
        Assert.Equal(area.Name, option?.TextContent);
    }

    [Fact]
    public async Task A_service_area_of_another_organisation_is_refused()
    {
        var (organisation, _) = await OrganisationAsync();
        var (_, otherArea) = await OrganisationAsync();
        var client = factory.CreateFormClient();

        var page = await client.PostAndReadAsync("/account/register", Fields($"x.{Guid.NewGuid():N}@example.test", organisation.Id, otherArea.Id, ""));

        Assert.Equal(["Select a service area of your organisation"], page.AssertErrorSummary());
    }

    [Fact]
    public async Task Empty_values_give_an_error_for_every_required_field()
    {
        var page = await factory.CreateFormClient().PostAndReadAsync("/account/register", new()
        {
            ["GivenName"] = "", ["FamilyName"] = "", ["Email"] = "", ["JobTitle"] = "", ["OrganisationId"] = "", ["ServiceAreaId"] = "",
            ["LineManagerEmail"] = "", ["Password"] = "", ["ConfirmPassword"] = "",
        });

        var errors = page.AssertErrorSummary();
        Assert.Equal(7, errors.Length);
        Assert.Contains("Enter your given name", errors);
        Assert.Contains("Select your service area", errors);
        Assert.Contains("Enter a password", errors);
        Assert.NotNull(page.QuerySelector(".govuk-form-group--error #GivenName"));
    }

    [Fact]
    public async Task Over_long_values_are_refused()
    {
        var (organisation, area) = await OrganisationAsync();
        var fields = Fields(new string('e', 250) + "@example.test", organisation.Id, area.Id, new string('m', 300));
        fields["GivenName"] = new string('g', 101);
        fields["FamilyName"] = new string('f', 101);
        fields["JobTitle"] = new string('j', 201);
        fields["Password"] = fields["ConfirmPassword"] = new string('p', 129);

        var errors = (await factory.CreateFormClient().PostAndReadAsync("/account/register", fields)).AssertErrorSummary();

        Assert.Contains("Given name must be 100 characters or fewer", errors);
        Assert.Contains("Family name must be 100 characters or fewer", errors);
        Assert.Contains("Job title must be 200 characters or fewer", errors);
        Assert.Contains("E-mail address must be 256 characters or fewer", errors);
        Assert.Contains("Password must be 128 characters or fewer", errors);
    }

    [Fact]
    public async Task Script_bearing_values_are_refused_and_shown_encoded()
    {
        var (organisation, area) = await OrganisationAsync();
        const string script = "<script>alert(1)</script>";
        var fields = Fields(script, organisation.Id, area.Id, "");
        fields["GivenName"] = script;
        fields["JobTitle"] = script;
        var client = factory.CreateFormClient();

        var response = await client.SubmitFormAsync("/account/register", fields, AccountTestExtensions.MainForm);
        var html = await response.Content.ReadAsStringAsync();
        var page = await FormClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = page.AssertErrorSummary();
        Assert.Contains("Given name must not contain < or >", errors);
        Assert.Contains("Job title must not contain < or >", errors);
        Assert.DoesNotContain(script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_shows_the_same_page_and_tells_the_owner()
    {
        var (organisation, area) = await OrganisationAsync();
        var existing = await factory.CreateUserAsync();

        var response = await factory.CreateFormClient().SubmitFormAsync("/account/register", Fields(existing.Email, organisation.Id, area.Id, ""), AccountTestExtensions.MainForm);

        Assert.Equal("/account/register/check-your-email", response.Headers.Location!.OriginalString);
        var subjects = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == existing.Email).Select(m => m.Subject).ToListAsync());
        Assert.Equal(["You already have an account"], subjects);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == existing.Email)));
    }

    private static Dictionary<string, string> Fields(string email, Guid organisationId, Guid areaId, string lineManager) => new()
    {
        ["GivenName"] = "Ceri",
        ["FamilyName"] = "Pritchard",
        ["Email"] = email,
        ["JobTitle"] = "Clerk of works",
        ["OrganisationId"] = organisationId.ToString(),
        ["ServiceAreaId"] = areaId.ToString(),
        ["LineManagerEmail"] = lineManager,
        ["Password"] = Password,
        ["ConfirmPassword"] = Password,
    };

    private async Task<(Organisation Organisation, ServiceArea Area)> OrganisationAsync()
    {
        var organisation = await factory.OrganisationAsync();
        return (organisation, organisation.ServiceAreas[0]);
    }
}
