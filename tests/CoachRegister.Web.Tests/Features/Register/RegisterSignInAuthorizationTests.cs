using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Register;

/// <summary>
/// The register's access rules through the real sign-in (cookies, two-factor for HR), not the test header:
/// the other register tests use the header for speed, so this class checks that nothing depends on it.
/// </summary>
public class RegisterSignInAuthorizationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal));

    [Fact]
    public async Task Staff_are_refused_the_hr_register_pages_that_hr_can_open()
    {
        var staff = factory.CreateFormClient();
        await staff.SignInAsync(await factory.CreateUserAsync(Roles.Staff));
        var hr = factory.CreateFormClient();
        var hrUser = await factory.CreateUserAsync(withAuthenticator: true, Roles.HrAdmin);
        await factory.AdministerAsync(hrUser.PersonId, (await factory.DefaultOrganisationAsync()).SchemeId);
        await hr.SignInAsync(hrUser);

        foreach (var url in new[] { "/hr/applications", "/hr/profiles", "/hr/areas", "/hr/import" })
        {
            Assert.True(IsRefused(await staff.Http.GetAsync(url)), $"Staff reached {url}.");
            Assert.Equal(HttpStatusCode.OK, (await hr.Http.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Staff_can_search_and_start_an_application_but_have_no_profile_to_edit()
    {
        var staff = factory.CreateFormClient();
        await staff.SignInAsync(await factory.CreateUserAsync(Roles.Staff));

        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync("/coaches")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync("/mentors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync("/join")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Http.GetAsync("/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Http.GetAsync($"/join/support/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_from_every_register_page()
    {
        var anonymous = factory.CreateFormClient();

        foreach (var url in new[] { "/coaches", "/mentors", $"/coaches/{Guid.NewGuid()}", "/join", "/join/offer", $"/join/support/{Guid.NewGuid()}", "/profile", "/hr/applications", "/hr/import" })
        {
            var response = await anonymous.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }
}
