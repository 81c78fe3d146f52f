using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrAreas;

public class HrAreasTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(FormClient Hr, FormClient Staff)> ArrangeAsync()
    {
        var organisation = await factory.OrganisationAsync();
        var hr = await factory.PersonAsync("Hana", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, organisation.SchemeId);
        var staff = await factory.PersonAsync("Sol", "Staff", organisation.Id, null, Roles.Staff);
        return (factory.ClientFor(hr), factory.ClientFor(staff));
    }

    [Fact]
    public async Task Hr_adds_renames_and_retires_an_area_in_english_and_welsh()
    {
        var (hr, _) = await ArrangeAsync();
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
        var (hr, staff) = await ArrangeAsync();
        var area = await factory.AreaAsync("Old area");
        await hr.SubmitFormAsync($"/hr/areas/{area.Id}", new Dictionary<string, string> { ["Name"] = area.Name, ["SortOrder"] = "0", ["IsActive"] = "false" });

        var page = await staff.GetPageAsync("/coaches");

        Assert.DoesNotContain(page.QuerySelectorAll("#Area option"), o => o.GetAttribute("value") == area.Id.ToString());
    }
}
