using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace CoachRegister.Web.Tests.Features.Account;

public class TwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Opening_the_set_up_page_signs_no_one_out_and_shows_the_same_key_each_time()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        var otherSession = factory.CreateFormClient();
        await client.SignInAsync(user);
        await otherSession.SignInAsync(user);
        var stamp = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.SecurityStamp).SingleAsync());

        var first = await client.GetPageAsync("/account/two-factor/set-up");
        var second = await client.GetPageAsync("/account/two-factor/set-up");

        Assert.Equal(first.QuerySelector("#shared-key")!.TextContent, second.QuerySelector("#shared-key")!.TextContent);
        Assert.Equal(stamp, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.SecurityStamp).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
        await otherSession.GetPageAsync("/account");
    }

    [Fact]
    public async Task Setting_up_an_authenticator_with_a_code_turns_two_factor_on_and_shows_recovery_codes_once()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        var setUp = await client.GetPageAsync("/account/two-factor/set-up");
        var key = setUp.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.StartsWith("data:image/png;base64,", setUp.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.DoesNotContain(setUp.QuerySelectorAll("script"), script => !script.HasAttribute("src"));
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);

        var enabled = await client.SubmitFormAsync(setUp, "/account/two-factor/set-up", new Dictionary<string, string> { ["Code"] = code }, AccountTestExtensions.MainForm);

        Assert.Equal("/account/two-factor/recovery-codes", enabled.Headers.Location!.OriginalString);
        var codes = await client.GetPageAsync("/account/two-factor/recovery-codes");
        Assert.Equal(10, codes.QuerySelectorAll("#recovery-codes li").Length);
        var again = await client.Http.GetAsync("/account/two-factor/recovery-codes");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task A_wrong_set_up_code_and_bad_input_give_an_error_summary()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        var wrong = await client.PostAndReadAsync("/account/two-factor/set-up", new() { ["Code"] = "000000" });
        var empty = await client.PostAndReadAsync("/account/two-factor/set-up", new() { ["Code"] = "" });
        var script = await client.PostAndReadAsync("/account/two-factor/set-up", new() { ["Code"] = "<script>alert(1)</script>" + new string('9', 300) });

        Assert.Equal(["The code is incorrect or has already been used. Wait for a new code and try again"], wrong.AssertErrorSummary());
        Assert.Equal(["Enter the 6-digit code from your authenticator app"], empty.AssertErrorSummary());
        Assert.Equal(["The code must be 6 digits"], script.AssertErrorSummary());
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task Signing_in_needs_the_second_step_before_anything_is_reachable()
    {
        var user = await factory.CreateUserAsync(withAuthenticator: true);
        var client = factory.CreateFormClient();

        var first = await client.SignInWithAsync(user.Email, user.Password);

        Assert.StartsWith("/account/sign-in/two-factor", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/account")).StatusCode);
        var code = Code(user, 0);
        var second = await client.SubmitFormAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code }, AccountTestExtensions.MainForm);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task The_same_code_is_refused_the_second_time_and_the_next_step_is_accepted()
    {
        var user = await factory.CreateUserAsync(withAuthenticator: true);
        var code = Code(user, 0);
        var first = factory.CreateFormClient();
        await first.SignInWithAsync(user.Email, user.Password);
        var accepted = await first.SubmitFormAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code }, AccountTestExtensions.MainForm);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var second = factory.CreateFormClient();
        await second.SignInWithAsync(user.Email, user.Password);
        var replay = await second.PostAndReadAsync("/account/sign-in/two-factor", new() { ["Code"] = code });

        Assert.Equal(["The code is incorrect or has already been used. Wait for a new code and try again"], replay.AssertErrorSummary());
        var next = await second.SubmitFormAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = Code(user, 30) }, AccountTestExtensions.MainForm);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task A_code_two_steps_away_is_refused()
    {
        var user = await factory.CreateUserAsync(withAuthenticator: true);
        var client = factory.CreateFormClient();
        await client.SignInWithAsync(user.Email, user.Password);

        var late = await client.PostAndReadAsync("/account/sign-in/two-factor", new() { ["Code"] = Code(user, -60) });
        var early = await client.PostAndReadAsync("/account/sign-in/two-factor", new() { ["Code"] = Code(user, 60) });

        Assert.NotEmpty(late.AssertErrorSummary());
        Assert.NotEmpty(early.AssertErrorSummary());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_only()
    {
        var user = await factory.CreateUserAsync(withAuthenticator: true);
        string recovery = "";
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.UserId.ToString()))!, 3))!.First();
        });
        var first = factory.CreateFormClient();
        await first.SignInWithAsync(user.Email, user.Password);

        var used = await first.SubmitFormAsync("/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = recovery }, AccountTestExtensions.MainForm);

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.Http.GetAsync("/account")).StatusCode);
        var second = factory.CreateFormClient();
        await second.SignInWithAsync(user.Email, user.Password);
        var reused = await second.PostAndReadAsync("/account/sign-in/recovery-code", new() { ["RecoveryCode"] = recovery });
        Assert.Equal(["The recovery code is incorrect or has already been used"], reused.AssertErrorSummary());
    }

    [Fact]
    public async Task Disabling_two_factor_needs_the_password_again_once_the_sign_in_is_old()
    {
        var user = await factory.CreateUserAsync(withAuthenticator: true);
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);
        factory.Clock.Offset += TimeSpan.FromMinutes(6);
        try
        {
            var page = await client.Http.GetAsync("/account/two-factor/disable");
            var refused = await client.Http.PostAsync("/account/two-factor/disable", new FormUrlEncodedContent([]));

            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal(page.Headers.Location, refused.Headers.Location);
            Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
            Assert.Equal("/account/re-authenticate?returnUrl=%2Faccount%2Ftwo-factor%2Fdisable", page.Headers.Location!.OriginalString);
            var wrong = await client.PostAndReadAsync(page.Headers.Location.OriginalString, new() { ["Password"] = "this is not my password" });
            Assert.Equal(["The password is incorrect"], wrong.AssertErrorSummary());

            var reauthenticated = await client.SubmitFormAsync(page.Headers.Location.OriginalString, new Dictionary<string, string> { ["Password"] = user.Password }, AccountTestExtensions.MainForm);
            Assert.Equal("/account/two-factor/disable", reauthenticated.Headers.Location!.OriginalString);
            var disabled = await client.SubmitFormAsync("/account/two-factor/disable", new Dictionary<string, string>(), AccountTestExtensions.MainForm);
            Assert.Equal("/account/two-factor", disabled.Headers.Location!.OriginalString);
            Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
        }
        finally
        {
            factory.Clock.Offset -= TimeSpan.FromMinutes(6);
        }
    }

    [Fact]
    public async Task The_second_step_refuses_empty_over_long_and_script_bearing_codes()
    {
        var user = await factory.CreateUserAsync(withAuthenticator: true);
        var client = factory.CreateFormClient();
        await client.SignInWithAsync(user.Email, user.Password);

        var empty = await client.PostAndReadAsync("/account/sign-in/two-factor", new() { ["Code"] = "" });
        var tooLong = await client.PostAndReadAsync("/account/sign-in/two-factor", new() { ["Code"] = new string('1', 300) });
        var script = await client.PostAndReadAsync("/account/sign-in/two-factor", new() { ["Code"] = "<script>alert(1)</script>" });
        var recovery = await client.PostAndReadAsync("/account/sign-in/recovery-code", new() { ["RecoveryCode"] = "<script>alert(1)</script>" });

        Assert.Equal(["Enter the 6-digit code from your authenticator app"], empty.AssertErrorSummary());
        Assert.Equal(["The code must be 6 digits"], tooLong.AssertErrorSummary());
        Assert.Equal(["The code must be 6 digits"], script.AssertErrorSummary());
        Assert.Equal(["Enter a recovery code exactly as it was shown to you"], recovery.AssertErrorSummary());
        Assert.DoesNotContain("<script>alert(1)</script>", recovery.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resetting_the_authenticator_makes_the_old_key_useless_and_turns_two_factor_off()
    {
        var user = await factory.CreateUserAsync(withAuthenticator: true);
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        var reset = await client.SubmitFormAsync("/account/two-factor/reset-authenticator", new Dictionary<string, string>(), AccountTestExtensions.MainForm);

        Assert.Equal("/account/two-factor/set-up", reset.Headers.Location!.OriginalString);
        var setUp = await client.GetPageAsync("/account/two-factor/set-up");
        var newKey = setUp.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.NotEqual(user.AuthenticatorKey, newKey);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.TwoFactorEnabled).SingleAsync()));
        var oldCode = await client.PostAndReadAsync("/account/two-factor/set-up", new() { ["Code"] = Code(user, 30) });
        Assert.NotEmpty(oldCode.AssertErrorSummary());
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var user = await factory.CreateUserAsync(withAuthenticator: true);
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        await client.SubmitFormAsync("/account/two-factor/recovery-codes/new", new Dictionary<string, string>(), AccountTestExtensions.MainForm);
        var first = (await client.GetPageAsync("/account/two-factor/recovery-codes")).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        await client.SubmitFormAsync("/account/two-factor/recovery-codes/new", new Dictionary<string, string>(), AccountTestExtensions.MainForm);
        var second = (await client.GetPageAsync("/account/two-factor/recovery-codes")).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();

        Assert.Equal(10, first.Count);
        Assert.Equal(10, second.Count);
        Assert.Empty(first.Intersect(second));
        var other = factory.CreateFormClient();
        await other.SignInWithAsync(user.Email, user.Password);
        var stale = await other.PostAndReadAsync("/account/sign-in/recovery-code", new() { ["RecoveryCode"] = first[0] });
        Assert.Equal(["The recovery code is incorrect or has already been used"], stale.AssertErrorSummary());
    }

    private string Code(TestUser user, int secondsFromNow) =>
        new Totp(Base32Encoding.ToBytes(user.AuthenticatorKey)).ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(secondsFromNow));
}
