using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.SchemeAdministrators;

public class SchemeAdministratorsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<bool> IsHrAdminAsync(TestUser user) => factory.WithDbAsync(db =>
        db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .AnyAsync(x => x.UserId == user.UserId && x.Name == Roles.HrAdmin));

    [Fact]
    public async Task A_system_admin_assigns_schemes_and_the_hr_role_follows_the_assignments()
    {
        var first = await factory.SchemeAsync();
        var second = await factory.SchemeAsync();
        var lead = await factory.PersonAsync("Llinos", "Lead", (await factory.OrganisationAsync(first.Id)).Id, null, Roles.Staff);
        var admin = factory.ClientFor(await factory.PersonAsync("Sian", "Sysadmin", null, null, Roles.SystemAdmin));

        var unknown = await FormClient.ParseAsync(await admin.SubmitFormAsync($"/admin/schemes/{first.Id}", new Dictionary<string, string> { ["Email"] = "nobody@example.test" }, "#add-administrator"));
        foreach (var scheme in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/admin/schemes/{scheme.Id}", new Dictionary<string, string> { ["Email"] = lead.Email.ToUpperInvariant() }, "#add-administrator")).StatusCode);
        }

        var again = await FormClient.ParseAsync(await admin.SubmitFormAsync($"/admin/schemes/{first.Id}", new Dictionary<string, string> { ["Email"] = lead.Email }, "#add-administrator"));
        var account = await factory.ClientFor(lead).GetPageAsync("/account");
        var list = await admin.GetPageAsync("/admin/schemes");

        Assert.Contains("must register first", unknown.QuerySelector(".govuk-error-summary a[href='#Email']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("already administers", again.QuerySelector(".govuk-error-summary a[href='#Email']")!.TextContent, StringComparison.Ordinal);
        Assert.True(await IsHrAdminAsync(lead));
        Assert.Equal($"{first.Name}, {second.Name}".Split(", ").Order(), account.QuerySelector("#administered-schemes dd")!.TextContent.Split(", ").Order());
        Assert.Contains("Llinos Lead", list.QuerySelector($"tr[data-scheme='{first.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "SchemeAdministratorAssigned" && e.Detail == lead.PersonId.ToString())));

        await admin.SubmitFormAsync(await admin.GetPageAsync($"/admin/schemes/{first.Id}"), $"/admin/schemes/{first.Id}", new Dictionary<string, string>(), $"form[action='/admin/schemes/{first.Id}/remove/{lead.PersonId}']");
        Assert.True(await IsHrAdminAsync(lead));
        await admin.SubmitFormAsync(await admin.GetPageAsync($"/admin/schemes/{second.Id}"), $"/admin/schemes/{second.Id}", new Dictionary<string, string>(), $"form[action='/admin/schemes/{second.Id}/remove/{lead.PersonId}']");
        Assert.False(await IsHrAdminAsync(lead));
        Assert.False(await factory.WithDbAsync(db => db.SchemeAdministrators.AnyAsync(a => a.PersonId == lead.PersonId)));
    }
}
