using System.Net;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Account;

public class EmailLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_confirmation_link_confirms_the_address_and_then_sign_in_works()
    {
        var user = await factory.CreateUserAsync();
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        var client = factory.CreateFormClient();
        await client.PostAndReadAsync("/account/resend-confirmation", new() { ["Email"] = user.Email }, HttpStatusCode.Redirect);
        var link = await factory.LinkInLatestEmailAsync(user.Email, "/account/confirm-email");

        var opened = await client.GetPageAsync(link);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.EmailConfirmed).SingleAsync()));
        var confirmed = await client.SubmitFormAsync(opened, link, new Dictionary<string, string>(), AccountTestExtensions.MainForm);

        Assert.Equal("/account/sign-in", confirmed.Headers.Location!.OriginalString);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.EmailConfirmed).SingleAsync()));
        await client.SignInAsync(user);
    }

    [Fact]
    public async Task A_tampered_confirmation_link_is_refused_with_an_error_summary()
    {
        var user = await factory.CreateUserAsync();

        var page = await factory.CreateFormClient().PostAndReadAsync($"/account/confirm-email?userId={user.UserId}&code=bm90LWEtdG9rZW4", new());

        Assert.Equal(["This link has expired or has already been used. Ask for a new one"], page.AssertErrorSummary());
    }

    [Fact]
    public async Task Resending_confirmation_to_an_unknown_address_says_the_same_and_sends_nothing()
    {
        var client = factory.CreateFormClient();
        var before = await factory.WithDbAsync(db => db.OutboxMessages.CountAsync());

        var response = await client.SubmitFormAsync("/account/resend-confirmation", new Dictionary<string, string> { ["Email"] = "nobody.at.all@example.test" }, AccountTestExtensions.MainForm);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("If an unconfirmed account uses that address", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Forgot_password_says_the_same_whether_or_not_the_address_has_an_account()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();

        var known = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email }, AccountTestExtensions.MainForm);
        var unknown = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody.at.all@example.test" }, AccountTestExtensions.MainForm);

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == user.Email)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "nobody.at.all@example.test")));
    }

    [Fact]
    public async Task A_password_reset_through_the_emailed_link_replaces_the_old_password()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.PostAndReadAsync("/account/forgot-password", new() { ["Email"] = user.Email }, HttpStatusCode.Redirect);
        var link = await factory.LinkInLatestEmailAsync(user.Email, "/account/reset-password");
        const string newPassword = "Lighthouse keepers prefer marmalade";

        var reset = await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Password"] = newPassword, ["ConfirmPassword"] = newPassword }, AccountTestExtensions.MainForm);

        Assert.Equal("/account/sign-in", reset.Headers.Location!.OriginalString);
        var old = await FormClient.ParseAsync(await client.SignInWithAsync(user.Email, user.Password));
        Assert.Equal(["The e-mail address or password is incorrect"], old.ErrorSummary());
        await client.SignInAsync(user with { Password = newPassword });

        var again = await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Password"] = "Another set of words entirely", ["ConfirmPassword"] = "Another set of words entirely" }, AccountTestExtensions.MainForm);
        Assert.Equal(["This link has expired or has already been used. Ask for a new one"], (await FormClient.ParseAsync(again)).ErrorSummary());
    }

    [Fact]
    public async Task The_reset_form_refuses_empty_over_long_and_script_bearing_passwords()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.PostAndReadAsync("/account/forgot-password", new() { ["Email"] = user.Email }, HttpStatusCode.Redirect);
        var link = await factory.LinkInLatestEmailAsync(user.Email, "/account/reset-password");

        var empty = await client.PostAndReadAsync(link, new() { ["Password"] = "", ["ConfirmPassword"] = "" });
        var tooLong = await client.PostAndReadAsync(link, new() { ["Password"] = new string('x', 129), ["ConfirmPassword"] = new string('x', 129) });
        var script = await client.PostAndReadAsync(link, new() { ["Password"] = "<script>alert(1)</script>", ["ConfirmPassword"] = "<script>" });

        Assert.Equal(["Enter a password"], empty.AssertErrorSummary());
        Assert.Equal(["Password must be 128 characters or fewer"], tooLong.AssertErrorSummary());
        Assert.Equal(["The passwords do not match"], script.AssertErrorSummary());
        Assert.DoesNotContain("<script>alert(1)</script>", script.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
