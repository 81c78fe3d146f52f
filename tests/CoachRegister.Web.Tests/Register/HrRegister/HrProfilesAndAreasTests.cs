using System.Net;
using AngleSharp.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Register.HrRegister;

public class HrProfilesAndAreasTests(RegisterPortalFactory factory) : IClassFixture<RegisterPortalFactory>
{
    private async Task<(FormClient Hr, FormClient Staff, CoachProfile Profile, Guid OrganisationId)> ArrangeAsync()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var (coach, _) = await factory.PersonAsync("Pat", "Paused", organisation.Id);
        var profile = await factory.ProfileAsync(coach.Id, scheme.Id);
        var (hrPerson, hr) = await factory.PersonAsync("Hana", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hrPerson.Id, scheme.Id);
        var (_, staff) = await factory.PersonAsync("Sol", "Staff", organisation.Id, null, Roles.Staff);
        return (factory.ClientFor(hr), factory.ClientFor(staff), profile, organisation.Id);
    }

    [Fact]
    public async Task Hr_pauses_a_profile_with_a_reason_which_hides_it_from_staff_until_un_paused()
    {
        var (hr, staff, profile, org) = await ArrangeAsync();

        var noReason = await FormClient.ParseAsync(await hr.SubmitFormAsync($"/hr/profiles/{profile.Id}/pause", new Dictionary<string, string> { ["Reason"] = "" }));
        Assert.NotNull(noReason.QuerySelector(".govuk-error-summary a[href='#Reason']"));

        var paused = await hr.SubmitFormAsync($"/hr/profiles/{profile.Id}/pause", new Dictionary<string, string> { ["Reason"] = "Supervision not kept up <script>x</script>" });
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        Assert.Empty((await staff.GetPageAsync($"/coaches?organisation={org}&availability=all")).QuerySelectorAll("#results h2"));
        var list = await hr.Http.GetStringAsync("/hr/profiles?q=Pat%20Paused");
        Assert.Contains("Supervision not kept up &lt;script&gt;x&lt;/script&gt;", list);

        var unpaused = await hr.SubmitFormAsync(await hr.GetPageAsync("/hr/profiles?q=Pat%20Paused"), "/hr/profiles", new Dictionary<string, string>(), $"form[action='/hr/profiles/{profile.Id}/unpause']");
        Assert.Equal(HttpStatusCode.Redirect, unpaused.StatusCode);
        Assert.Single((await staff.GetPageAsync($"/coaches?organisation={org}")).QuerySelectorAll("#results h2"));

        var audit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityId == profile.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["RegisterProfilePaused", "RegisterProfileUnpaused"], audit.Order());
        Assert.True(await factory.WithDbAsync(db => db.CoachProfiles.AnyAsync(p => p.Id == profile.Id)));
    }

    [Fact]
    public async Task Only_hr_reaches_the_register_tools()
    {
        var (_, staff, profile, _) = await ArrangeAsync();

        foreach (var url in new[] { "/hr/profiles", $"/hr/profiles/{profile.Id}/pause", "/hr/areas", "/hr/import", "/hr/import/template.csv" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Hr_adds_renames_and_retires_an_area_in_english_and_welsh()
    {
        var (hr, _, _, _) = await ArrangeAsync();
        var name = "Resilience " + Guid.NewGuid().ToString("N")[..6];

        var added = await hr.SubmitFormAsync("/hr/areas", new Dictionary<string, string> { ["Name"] = name, ["NameWelsh"] = "Gwydnwch", ["SortOrder"] = "5" });
        var duplicate = await FormClient.ParseAsync(await hr.SubmitFormAsync("/hr/areas", new Dictionary<string, string> { ["Name"] = name }));
        var badOrder = await FormClient.ParseAsync(await hr.SubmitFormAsync("/hr/areas", new Dictionary<string, string> { ["Name"] = "x" + name, ["SortOrder"] = "first" }));
        var tooLong = await FormClient.ParseAsync(await hr.SubmitFormAsync("/hr/areas", new Dictionary<string, string> { ["Name"] = new string('a', 201) }));
        var area = await factory.WithDbAsync(db => db.CoachingAreas.SingleAsync(a => a.Name == name));
        var retired = await hr.SubmitFormAsync($"/hr/areas/{area.Id}", new Dictionary<string, string> { ["Name"] = name + " renamed", ["NameWelsh"] = "Gwydnwch newydd", ["SortOrder"] = "6", ["IsActive"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("already an area", duplicate.QuerySelector(".govuk-error-summary a[href='#Name']")!.TextContent);
        Assert.NotNull(badOrder.QuerySelector(".govuk-error-summary a[href='#SortOrder']"));
        Assert.NotNull(tooLong.QuerySelector(".govuk-error-summary a[href='#Name']"));
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var changed = await factory.WithDbAsync(db => db.CoachingAreas.SingleAsync(a => a.Id == area.Id));
        Assert.Equal(name + " renamed", changed.Name);
        Assert.Equal("Gwydnwch newydd", changed.NameWelsh);
        Assert.False(changed.IsActive);
    }

    [Fact]
    public async Task A_retired_area_is_no_longer_offered_in_the_directory_filter()
    {
        var (hr, staff, _, _) = await ArrangeAsync();
        var area = await factory.AreaAsync("Old area");
        await hr.SubmitFormAsync($"/hr/areas/{area.Id}", new Dictionary<string, string> { ["Name"] = area.Name, ["SortOrder"] = "0", ["IsActive"] = "false" });

        var page = await staff.GetPageAsync("/coaches");

        Assert.DoesNotContain(page.QuerySelectorAll("#Area option"), o => o.GetAttribute("value") == area.Id.ToString());
    }

    [Fact]
    public async Task Un_pausing_returns_a_paused_draft_to_draft_and_a_paused_published_profile_to_published()
    {
        var (hr, _, published, _) = await ArrangeAsync();
        var (drafter, _) = await factory.PersonAsync("Dora", "Drafted");
        var draft = await factory.ProfileAsync(drafter.Id, published.SchemeId, p => p.Status = ProfileStatus.Draft);

        foreach (var profile in new[] { draft, published })
        {
            var paused = await hr.SubmitFormAsync($"/hr/profiles/{profile.Id}/pause", new Dictionary<string, string> { ["Reason"] = "Supervision lapsed" });
            Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
            var list = await hr.GetPageAsync("/hr/profiles");
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
        var (hr, _, existing, _) = await ArrangeAsync();
        var (bracketed, _) = await factory.PersonAsync("Bea", "Bracketed");
        var profile = await factory.ProfileAsync(bracketed.Id, existing.SchemeId);
        await factory.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == bracketed.Id)).FamilyName = "Smith [Temp]";
            await db.SaveChangesAsync();
        });

        var found = await hr.GetPageAsync("/hr/profiles?q=" + Uri.EscapeDataString("Smith [Temp]"));
        var wildcard = await hr.GetPageAsync("/hr/profiles?q=" + Uri.EscapeDataString("%"));

        Assert.Equal([profile.Id.ToString()], found.QuerySelectorAll("#profiles tbody tr").Select(r => r.GetAttribute("data-profile")!));
        Assert.Empty(wildcard.QuerySelectorAll("#profiles tbody tr"));
    }
}
