using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace CoachRegister.Web.Tests.Features.Account;

public class PrivilegedTwoFactorTests(TwoFactorRequiredPortalFactory factory) : IClassFixture<TwoFactorRequiredPortalFactory>
{
    [Theory]
    [InlineData(Roles.HrAdmin)]
    [InlineData(Roles.SystemAdmin)]
    public async Task An_admin_without_two_factor_can_reach_only_the_set_up_page_until_it_is_on(string role)
    {
        var admin = await factory.CreateUserAsync(Roles.Staff, role);
        var client = factory.CreateFormClient();
        await client.SignInAsync(admin);

        foreach (var path in new[] { "/account", "/account/change-password", "/admin/mail" })
        {
            var response = await client.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/two-factor/set-up", response.Headers.Location!.OriginalString);
        }

        var setUp = await client.GetPageAsync("/account/two-factor/set-up");
        var key = setUp.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);
        await client.SubmitFormAsync(setUp, "/account/two-factor/set-up", new Dictionary<string, string> { ["Code"] = code }, AccountTestExtensions.MainForm);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task An_admin_without_two_factor_can_still_reach_what_anonymous_visitors_can()
    {
        var admin = await factory.CreateUserAsync(Roles.SystemAdmin);
        var client = factory.CreateFormClient();
        await client.SignInAsync(admin);

        var accessDenied = await client.Http.GetAsync("/account/access-denied");
        var register = await client.Http.GetAsync("/account/register");

        Assert.Equal(HttpStatusCode.Forbidden, accessDenied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
    }

    [Fact]
    public async Task An_admin_without_two_factor_can_still_sign_out()
    {
        var admin = await factory.CreateUserAsync(Roles.HrAdmin);
        var client = factory.CreateFormClient();
        await client.SignInAsync(admin);

        var setUp = await client.GetPageAsync("/account/two-factor/set-up");
        var signedOut = await client.SubmitFormAsync(setUp, "/account/two-factor/set-up", new Dictionary<string, string>(), "form[action='/account/sign-out']");

        Assert.Equal("/", signedOut.Headers.Location!.OriginalString);
        var after = await client.Http.GetAsync("/account");
        Assert.StartsWith("https://localhost/account/sign-in", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_cannot_turn_two_factor_off_while_the_rule_is_on()
    {
        var admin = await factory.CreateUserAsync(withAuthenticator: true, Roles.SystemAdmin);
        var client = factory.CreateFormClient();
        await client.SignInAsync(admin);

        var disablePage = await client.GetPageAsync("/account/two-factor/disable");
        var token = (await client.GetPageAsync("/account/two-factor/reset-authenticator"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.Http.PostAsync("/account/two-factor/disable", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Empty(disablePage.QuerySelectorAll("main form"));
        Assert.Equal("/account/two-factor", response.Headers.Location?.OriginalString);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == admin.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_with_two_factor_keeps_access_after_the_security_stamp_check_rebuilds_the_cookie()
    {
        var admin = await factory.CreateUserAsync(withAuthenticator: true, Roles.HrAdmin);
        var client = factory.CreateFormClient();
        await client.SignInAsync(admin);
        factory.Clock.Offset = TimeSpan.FromMinutes(3);
        try
        {
            var refreshed = await client.Http.GetAsync("/account");
            var after = await client.Http.GetAsync("/account");

            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            Assert.Contains(refreshed.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-CoachRegister=", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Staff_without_two_factor_are_not_affected()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff, Roles.Coach);
        var client = factory.CreateFormClient();
        await client.SignInAsync(staff);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);
    }
}
