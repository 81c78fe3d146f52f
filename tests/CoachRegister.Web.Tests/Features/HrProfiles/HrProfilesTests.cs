using System.Net;
using AngleSharp.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrProfiles;

public class HrProfilesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Arranged(FormClient Hr, FormClient Staff, CoachProfile Profile, TestUser Coach, Guid OrganisationId);

    private async Task<Arranged> ArrangeAsync()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var coach = await factory.PersonAsync("Pat", "Paused", organisation.Id);
        var profile = await factory.ProfileAsync(coach.PersonId, scheme.Id);
        var hr = await factory.PersonAsync("Hana", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, scheme.Id);
        var staff = await factory.PersonAsync("Sol", "Staff", organisation.Id, null, Roles.Staff);
        return new Arranged(factory.ClientFor(hr), factory.ClientFor(staff), profile, coach, organisation.Id);
    }

    /// <summary>HR's list narrowed to one person by address, so the row is there however many profiles the database holds.</summary>
    private static string ListOf(TestUser person) => "/hr/profiles?q=" + Uri.EscapeDataString(person.Email);

    [Fact]
    public async Task Hr_pauses_a_profile_with_a_reason_which_hides_it_from_staff_until_un_paused()
    {
        var (hr, staff, profile, coach, org) = await ArrangeAsync();

        var noReason = await FormClient.ParseAsync(await hr.SubmitFormAsync($"/hr/profiles/{profile.Id}/pause", new Dictionary<string, string> { ["Reason"] = "" }));
        Assert.NotNull(noReason.QuerySelector(".govuk-error-summary a[href='#Reason']"));

        var paused = await hr.SubmitFormAsync($"/hr/profiles/{profile.Id}/pause", new Dictionary<string, string> { ["Reason"] = "Supervision not kept up <script>x</script>" });
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        Assert.Empty((await staff.GetPageAsync($"/coaches?organisation={org}&availability=all")).QuerySelectorAll("#results h2"));
        var list = await hr.Http.GetStringAsync(ListOf(coach));
        Assert.Contains("Supervision not kept up &lt;script&gt;x&lt;/script&gt;", list);

        var unpaused = await hr.SubmitFormAsync(await hr.GetPageAsync(ListOf(coach)), "/hr/profiles", new Dictionary<string, string>(), $"form[action='/hr/profiles/{profile.Id}/unpause']");
        Assert.Equal(HttpStatusCode.Redirect, unpaused.StatusCode);
        Assert.Single((await staff.GetPageAsync($"/coaches?organisation={org}")).QuerySelectorAll("#results h2"));

        var audit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityId == profile.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["RegisterProfilePaused", "RegisterProfileUnpaused"], audit.Order());
        Assert.True(await factory.WithDbAsync(db => db.CoachProfiles.AnyAsync(p => p.Id == profile.Id)));
    }

    [Fact]
    public async Task Only_hr_reaches_the_register_tools()
    {
        var (_, staff, profile, _, _) = await ArrangeAsync();

        foreach (var url in new[] { "/hr/profiles", $"/hr/profiles/{profile.Id}/pause", "/hr/areas", "/hr/import", "/hr/import/template.csv" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Un_pausing_returns_a_paused_draft_to_draft_and_a_paused_published_profile_to_published()
    {
        var (hr, _, published, publisher, _) = await ArrangeAsync();
        var drafter = await factory.PersonAsync("Dora", "Drafted");
        var draft = await factory.ProfileAsync(drafter.PersonId, published.SchemeId, p => p.Status = ProfileStatus.Draft);

        foreach (var (profile, person) in new[] { (draft, drafter), (published, publisher) })
        {
            var paused = await hr.SubmitFormAsync($"/hr/profiles/{profile.Id}/pause", new Dictionary<string, string> { ["Reason"] = "Supervision lapsed" });
            Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
            var list = await hr.GetPageAsync(ListOf(person));
            var unpaused = await hr.SubmitFormAsync(list, "/hr/profiles", new Dictionary<string, string>(), $"form[action='/hr/profiles/{profile.Id}/unpause']");
            Assert.Equal(HttpStatusCode.Redirect, unpaused.StatusCode);
        }

        var statuses = await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == draft.Id || p.Id == published.Id)
            .ToDictionaryAsync(p => p.Id, p => (p.Status, p.PausedAt, p.StatusBeforePause)));
        Assert.Equal((ProfileStatus.Draft, (DateTimeOffset?)null, (ProfileStatus?)null), statuses[draft.Id]);
        Assert.Equal((ProfileStatus.Published, (DateTimeOffset?)null, (ProfileStatus?)null), statuses[published.Id]);
    }

    [Fact]
    public async Task Hr_profile_search_treats_like_wildcards_and_brackets_as_plain_text()
    {
        var (hr, _, existing, _, _) = await ArrangeAsync();
        var bracketed = await factory.PersonAsync("Bea", "Bracketed");
        var profile = await factory.ProfileAsync(bracketed.PersonId, existing.SchemeId);
        await factory.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == bracketed.PersonId)).FamilyName = "Smith [Temp]";
            await db.SaveChangesAsync();
        });

        var found = await hr.GetPageAsync("/hr/profiles?q=" + Uri.EscapeDataString("Smith [Temp]"));
        var wildcard = await hr.GetPageAsync("/hr/profiles?q=" + Uri.EscapeDataString("%"));

        Assert.Equal([profile.Id.ToString()], found.QuerySelectorAll("#profiles tbody tr").Select(r => r.GetAttribute("data-profile")!));
        Assert.Empty(wildcard.QuerySelectorAll("#profiles tbody tr"));
    }
}
