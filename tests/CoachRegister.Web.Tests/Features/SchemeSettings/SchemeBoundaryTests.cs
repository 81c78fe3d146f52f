using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.SchemeSettings;

/// <summary>The scheme is the boundary: HR administers named schemes, staff browse their scheme's register
/// (and registers opened to it), a system admin reads no applications and no drafts.</summary>
public class SchemeBoundaryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Hr_of_one_scheme_can_neither_open_nor_decide_another_schemes_application()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var applicant = await factory.PersonAsync("Ada", "Applicant", organisation.Id, null, Roles.Staff);
        var application = await factory.ApplicationAsync(applicant.PersonId, scheme.Id, null, ApplicationStatus.AwaitingDecision, OfferType.Mentoring);
        var otherHr = await factory.PersonAsync("Olwen", "OtherHr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(otherHr.PersonId, (await factory.SchemeAsync()).Id);
        var other = factory.ClientFor(otherHr);
        var otherToken = (await other.GetPageAsync("/hr/applications")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var page = await other.Http.GetAsync($"/hr/applications/{application.Id}");
        var decide = await other.Http.PostAsync($"/hr/applications/{application.Id}/decision", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = otherToken, ["Decision"] = "accept", ["StartDay"] = "1", ["StartMonth"] = "3", ["StartYear"] = "2027",
        }));
        var queue = await other.GetPageAsync("/hr/applications?stage=AwaitingDecision");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, decide.StatusCode);
        Assert.DoesNotContain(application.Id.ToString(), queue.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.AwaitingDecision, await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Staff_find_another_schemes_coaches_only_once_its_register_is_opened_to_them()
    {
        var academy = await factory.SchemeAsync();
        var hub = await factory.SchemeAsync();
        var coach = await factory.PersonAsync("Carys", "Academycoach", (await factory.OrganisationAsync(academy.Id)).Id, null, Roles.Staff, Roles.Coach);
        var profile = await factory.ProfileAsync(coach.PersonId, academy.Id);
        var hubStaff = factory.ClientFor(await factory.PersonAsync("Harri", "Hubstaff", (await factory.OrganisationAsync(hub.Id)).Id, null, Roles.Staff));
        var academyHr = await factory.PersonAsync("Heledd", "AcademyHr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(academyHr.PersonId, academy.Id);

        var before = await hubStaff.GetPageAsync("/coaches?q=Academycoach&availability=all");
        var profileBefore = await hubStaff.Http.GetAsync($"/coaches/{profile.Id}");
        var opened = await factory.ClientFor(academyHr).SubmitFormAsync($"/hr/schemes/{academy.Id}", new Dictionary<string, string> { ["OpenTo"] = hub.Id.ToString() });
        var after = await hubStaff.GetPageAsync("/coaches?q=Academycoach&availability=all");
        var profileAfter = await hubStaff.Http.GetAsync($"/coaches/{profile.Id}");

        Assert.DoesNotContain("Carys Academycoach", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, profileBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("Carys Academycoach", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, profileAfter.StatusCode);
    }

    [Fact]
    public async Task A_system_admin_reads_no_application_and_no_draft_profile()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var manager = await factory.PersonAsync("Mared", "Manager", organisation.Id, null, Roles.Staff);
        var applicant = await factory.PersonAsync("Aled", "Applicant", organisation.Id, manager.PersonId, Roles.Staff, Roles.Coach);
        var waiting = await factory.ApplicationAsync(applicant.PersonId, scheme.Id, manager.PersonId, ApplicationStatus.AwaitingLineManager);
        var supported = await factory.ApplicationAsync(applicant.PersonId, scheme.Id, manager.PersonId, ApplicationStatus.AwaitingDecision);
        var draft = await factory.ProfileAsync(applicant.PersonId, scheme.Id, p => p.Status = ProfileStatus.Draft);
        var admin = factory.ClientFor(await factory.PersonAsync("Sion", "Sysadmin", null, null, Roles.SystemAdmin));

        foreach (var url in new[]
                 {
                     $"/hr/applications/{waiting.Id}", $"/hr/applications/{supported.Id}", $"/join/support/{waiting.Id}",
                     $"/coaches/{draft.Id}", $"/register/photos/{draft.Id}",
                 })
        {
            var response = await admin.Http.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"A system admin opened {url}: {(int)response.StatusCode}.");
        }
    }
}
