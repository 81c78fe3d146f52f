using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Features.Account.Security;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>Signing out ends the session on the server: a copy of the cookie taken before is worthless after.</summary>
public class SignOutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string WelshCookie = ".AspNetCore.Culture=c%3Dcy-GB%7Cuic%3Dcy-GB";

    [Fact]
    public async Task A_cookie_copied_before_sign_out_opens_nothing_afterwards_however_often_it_is_replayed()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateFormClient();
        var copy = await SignInAndCopyCookieAsync(client, user);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(copy, "/account")).StatusCode);

        var page = await client.GetPageAsync("/account");
        var signedOut = await client.SubmitFormAsync(page, "/account", new Dictionary<string, string>(), "main form[action='/account/sign-out']");

        Assert.Equal("/", signedOut.Headers.Location!.OriginalString);
        for (var i = 0; i < 3; i++)
        {
            AssertSentToSignIn(await ReplayAsync(copy, "/account"));
        }
    }

    [Fact]
    public async Task Signing_out_of_one_session_leaves_the_others_open()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var laptop = factory.CreateFormClient();
        var phone = factory.CreateFormClient();
        await laptop.SignInAsync(user);
        await phone.SignInAsync(user);

        var page = await laptop.GetPageAsync("/account");
        await laptop.SubmitFormAsync(page, "/account", new Dictionary<string, string>(), "main form[action='/account/sign-out']");

        AssertSentToSignIn(await laptop.Http.GetAsync("/account"));
        Assert.Equal(HttpStatusCode.OK, (await phone.Http.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_from_one_session_ends_the_others_and_every_copied_cookie_at_once()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var laptop = factory.CreateFormClient();
        var phone = factory.CreateFormClient();
        var laptopCopy = await SignInAndCopyCookieAsync(laptop, user);
        var phoneCopy = await SignInAndCopyCookieAsync(phone, user);

        var page = await phone.GetPageAsync("/account");
        var response = await phone.SubmitFormAsync(page, "/account", new Dictionary<string, string>(), "#sign-out-everywhere");

        Assert.Equal("/account/sign-in", response.Headers.Location!.OriginalString);
        var signIn = await phone.GetPageAsync("/account/sign-in");
        Assert.Contains("signed out on every device", signIn.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        AssertSentToSignIn(await laptop.Http.GetAsync("/account"));
        AssertSentToSignIn(await ReplayAsync(laptopCopy, "/account"));
        AssertSentToSignIn(await ReplayAsync(phoneCopy, "/account"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.UserTokens.CountAsync(t => t.UserId == user.UserId && t.LoginProvider == PortalSessions.LoginProvider)));
    }

    [Fact]
    public async Task A_session_ended_on_another_server_is_refused_at_the_next_database_check()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        // Another server signing the session out removes its row; this server has no memory of it.
        await factory.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == user.UserId && t.LoginProvider == PortalSessions.LoginProvider).ExecuteDeleteAsync());
        var withinTheMinute = await client.Http.GetAsync("/account");
        factory.Clock.Offset += TimeSpan.FromMinutes(2);
        var afterTheCheck = await client.Http.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, withinTheMinute.StatusCode);
        AssertSentToSignIn(afterTheCheck);
    }

    [Theory]
    [InlineData(null, "Sign out everywhere")]
    [InlineData(WelshCookie, "Allgofnodi ym mhobman")]
    public async Task The_account_page_offers_signing_out_everywhere_in_the_readers_language(string? cookie, string button)
    {
        var client = factory.CreateFormClient();
        await client.SignInAsync(await factory.CreateUserAsync(Roles.Staff));
        if (cookie is not null)
        {
            client.Http.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        var page = await client.GetPageAsync("/account");

        Assert.Equal(button, page.QuerySelector("#sign-out-everywhere button")?.TextContent.Trim());
    }

    /// <summary>Signs in with the real form and returns the session cookie it set, as an attacker would copy it.</summary>
    private static async Task<string> SignInAndCopyCookieAsync(FormClient client, TestUser user)
    {
        var response = await client.SubmitFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Where(c => c.StartsWith("__Host-CoachRegister", StringComparison.Ordinal) && !c.StartsWith("__Host-CoachRegister-", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(cookies);
        return string.Join("; ", cookies);
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string path)
    {
        using var replay = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await replay.SendAsync(request);
    }

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
