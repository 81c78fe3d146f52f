using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Organisations;
using CoachRegister.Web.Tests.Features.Account;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrOrganisations;

/// <summary>The register is for staff: only addresses in an organisation's domains, or invited by HR, may register.</summary>
public class WhoMayRegisterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Refused = "Use the work e-mail address your organisation gave you. If you do not have one, ask your HR team to invite you.";

    [Fact]
    public async Task An_address_outside_the_organisations_domains_is_refused_and_nothing_is_created()
    {
        var organisation = await factory.OrganisationAsync();
        var email = $"outsider.{Guid.NewGuid():N}@elsewhere.example";

        var page = await factory.CreateFormClient().PostAndReadAsync("/account/register", Fields(email, organisation));

        Assert.Equal([Refused], page.AssertErrorSummary());
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == email)));
    }

    [Fact]
    public async Task An_address_in_another_organisations_domain_does_not_join_this_one()
    {
        var mine = await factory.OrganisationAsync();
        var theirs = await factory.OrganisationAsync();
        var domain = $"d{Guid.NewGuid():N}.example";
        await AllowAsync(theirs.Id, domain);
        var email = $"someone@{domain}";

        var refused = await factory.CreateFormClient().PostAndReadAsync("/account/register", Fields(email, mine));
        Assert.Equal([Refused], refused.AssertErrorSummary());

        var accepted = await factory.CreateFormClient().SubmitFormAsync("/account/register", Fields(email, theirs), AccountTestExtensions.MainForm);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(theirs.Id, await factory.WithDbAsync(db => db.People.Where(p => p.Email == email).Select(p => p.OrganisationId).SingleAsync()));
    }

    [Fact]
    public async Task Hr_add_a_domain_and_its_staff_can_register_then_remove_it_and_they_cannot()
    {
        var organisation = await factory.OrganisationAsync();
        var hr = await HrOfAsync(organisation);
        var client = factory.ClientFor(hr);
        var domain = $"D{Guid.NewGuid():N}.Example";
        var storedAs = domain.ToLowerInvariant();

        var added = await client.SubmitFormAsync($"/hr/organisations/{organisation.Id}", new Dictionary<string, string> { ["Domain"] = "@" + domain }, "#add-domain");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var stored = await factory.WithDbAsync(db => db.OrganisationEmailDomains.SingleAsync(d => d.OrganisationId == organisation.Id && d.Domain == storedAs));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "OrganisationEmailDomainAdded" && e.EntityId == organisation.Id && e.ActorPersonId == hr.PersonId)));

        var first = await factory.CreateFormClient().SubmitFormAsync("/account/register", Fields($"first@{domain.ToLowerInvariant()}", organisation), AccountTestExtensions.MainForm);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var removed = await client.SubmitFormAsync($"/hr/organisations/{organisation.Id}", new Dictionary<string, string>(), $"form[action$='/domains/{stored.Id}/remove']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var second = await factory.CreateFormClient().PostAndReadAsync("/account/register", Fields($"second@{domain.ToLowerInvariant()}", organisation));
        Assert.Equal([Refused], second.AssertErrorSummary());
    }

    [Fact]
    public async Task A_domain_that_is_not_a_domain_or_is_already_there_gets_a_message()
    {
        var organisation = await factory.OrganisationAsync();
        var client = factory.ClientFor(await HrOfAsync(organisation));

        var bad = await FormClient.ParseAsync(await client.SubmitFormAsync($"/hr/organisations/{organisation.Id}", new Dictionary<string, string> { ["Domain"] = "not a domain" }, "#add-domain"));
        Assert.Equal(["Enter a domain name, like example.org"], bad.AssertErrorSummary());

        var twice = await FormClient.ParseAsync(await client.SubmitFormAsync($"/hr/organisations/{organisation.Id}", new Dictionary<string, string> { ["Domain"] = TestData.TestEmailDomain }, "#add-domain"));
        Assert.Equal(["The organisation already accepts addresses in this domain"], twice.AssertErrorSummary());
    }

    [Fact]
    public async Task An_invited_address_registers_once_through_its_link_and_joins_the_organisation()
    {
        var organisation = await factory.OrganisationAsync();
        var client = factory.ClientFor(await HrOfAsync(organisation));
        var email = $"contractor.{Guid.NewGuid():N}@elsewhere.example";

        var sent = await client.SubmitFormAsync($"/hr/organisations/{organisation.Id}", new Dictionary<string, string> { ["Email"] = email }, "#invite");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var link = new Uri(await factory.LinkInLatestEmailAsync(email, "/account/register"));
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.TokenHash).SingleAsync()), link.Query, StringComparison.Ordinal);

        var withoutLink = await factory.CreateFormClient().PostAndReadAsync("/account/register", Fields(email, organisation));
        Assert.Equal([Refused], withoutLink.AssertErrorSummary());

        var invitee = factory.CreateFormClient();
        var form = await invitee.GetPageAsync(link.PathAndQuery);
        Assert.Equal(email, form.QuerySelector("input[name=Email]")!.GetAttribute("value"));
        var registered = await invitee.SubmitFormAsync(link.PathAndQuery, Fields(email, organisation), AccountTestExtensions.MainForm);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(organisation.Id, await factory.WithDbAsync(db => db.People.Where(p => p.Email == email).Select(p => p.OrganisationId).SingleAsync()));
        Assert.NotNull(await factory.WithDbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.AcceptedAt).SingleAsync()));

        var again = await factory.CreateFormClient().PostAndReadAsync(link.PathAndQuery, Fields($"other.{Guid.NewGuid():N}@elsewhere.example", organisation));
        Assert.Equal([Refused], again.AssertErrorSummary());
    }

    [Fact]
    public async Task Hr_of_another_scheme_can_neither_see_nor_change_who_may_register()
    {
        var organisation = await factory.OrganisationAsync();
        var otherHr = await HrOfAsync(await factory.OrganisationAsync());
        var client = factory.ClientFor(otherHr);

        var list = await client.GetPageAsync("/hr/organisations");
        Assert.Null(list.QuerySelector($"[data-organisation='{organisation.Id}']"));
        await client.GetPageAsync($"/hr/organisations/{organisation.Id}", HttpStatusCode.NotFound);
        var token = (await client.GetPageAsync("/hr/organisations")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        using var post = await client.Http.PostAsync($"/hr/organisations/{organisation.Id}/domains", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Domain"] = "attacker.example",
            ["__RequestVerificationToken"] = token ?? string.Empty,
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.OrganisationEmailDomains.AnyAsync(d => d.Domain == "attacker.example")));
    }

    [Fact]
    public async Task A_system_admin_manages_every_organisations_domains()
    {
        var organisation = await factory.OrganisationAsync();
        var admin = await factory.CreateUserAsync(Roles.SystemAdmin);

        var list = await factory.ClientFor(admin).GetPageAsync("/hr/organisations");

        Assert.NotNull(list.QuerySelector($"[data-organisation='{organisation.Id}']"));
        Assert.Contains(TestData.TestEmailDomain, list.QuerySelector($"[data-organisation='{organisation.Id}']")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<TestUser> HrOfAsync(Organisation organisation)
    {
        var hr = await factory.PersonAsync("Hana", "Rees", organisation.Id, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, organisation.SchemeId);
        return hr;
    }

    private Task AllowAsync(Guid organisationId, string domain) =>
        factory.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.Include(o => o.EmailDomains).SingleAsync(o => o.Id == organisationId);
            organisation.AllowEmailDomain(domain, byPersonId: null, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

    private static Dictionary<string, string> Fields(string email, Organisation organisation) => new()
    {
        ["GivenName"] = "Gwen",
        ["FamilyName"] = "Parry",
        ["Email"] = email,
        ["JobTitle"] = "Surveyor",
        ["OrganisationId"] = organisation.Id.ToString(),
        ["ServiceAreaId"] = organisation.ServiceAreas[0].Id.ToString(),
        ["LineManagerEmail"] = "",
        ["Password"] = TestData.Password,
        ["ConfirmPassword"] = TestData.Password,
    };
}
