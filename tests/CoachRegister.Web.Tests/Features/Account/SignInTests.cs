using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Account;

public class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_confirmed_user_signs_in_and_reaches_their_account_page()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateFormClient();

        await client.SignInAsync(user);

        var account = await client.GetPageAsync("/account");
        Assert.Contains(user.Email, account.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_page_sends_an_anonymous_visitor_to_sign_in()
    {
        var response = await factory.CreateFormClient().Http.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in?returnUrl=%2Faccount", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_message()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();

        var wrong = await FormClient.ParseAsync(await client.SignInWithAsync(user.Email, "not the right password at all"));
        var unknown = await FormClient.ParseAsync(await client.SignInWithAsync("nobody@example.test", "not the right password at all"));

        Assert.Equal(["The e-mail address or password is incorrect"], wrong.AssertErrorSummary());
        Assert.Equal(wrong.ErrorSummary(), unknown.ErrorSummary());
    }

    [Fact]
    public async Task The_sixth_attempt_is_refused_even_with_the_right_password_after_five_failures()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.SignInWithAsync(user.Email, $"wrong password number {i}");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var sixth = await client.SignInWithAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        var page = await FormClient.ParseAsync(sixth);
        Assert.Contains("locked for 15 minutes", page.AssertErrorSummary()[0], StringComparison.Ordinal);
        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task An_unconfirmed_account_with_the_right_password_is_told_to_confirm()
    {
        var user = await factory.CreateUserAsync();
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        var client = factory.CreateFormClient();

        var wrong = await FormClient.ParseAsync(await client.SignInWithAsync(user.Email, "not the right password at all"));
        var right = await FormClient.ParseAsync(await client.SignInWithAsync(user.Email, user.Password));

        Assert.Equal(["The e-mail address or password is incorrect"], wrong.ErrorSummary());
        Assert.Contains("confirm your e-mail address", right.ErrorSummary()[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_over_long_and_script_bearing_values_give_an_error_summary()
    {
        var client = factory.CreateFormClient();

        var empty = await client.PostAndReadAsync("/account/sign-in", new() { ["Email"] = "", ["Password"] = "" });
        var longValues = await client.PostAndReadAsync("/account/sign-in", new() { ["Email"] = new string('a', 300) + "@example.test", ["Password"] = new string('p', 200) });
        var script = await client.PostAndReadAsync("/account/sign-in", new() { ["Email"] = "<script>alert(1)</script>", ["Password"] = "<script>alert(1)</script>" });

        Assert.Equal(2, empty.AssertErrorSummary().Length);
        Assert.Equal(2, longValues.AssertErrorSummary().Length);
        script.AssertErrorSummary();
        Assert.DoesNotContain("<script>alert(1)</script>", script.DocumentElement.OuterHtml.Replace("&lt;script&gt;", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>", ((AngleSharp.Html.Dom.IHtmlInputElement)script.QuerySelector("#Email")!).Value);
    }

    [Fact]
    public async Task The_sign_in_page_and_its_errors_are_in_welsh_for_cy_GB()
    {
        var client = factory.CreateFormClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("cy-GB");

        var page = await client.GetPageAsync("/account/sign-in");
        var errors = await client.PostAndReadAsync("/account/sign-in", new() { ["Email"] = "", ["Password"] = "" });

        Assert.Equal("Mewngofnodi", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Rhowch eich cyfeiriad e-bost", "Rhowch eich cyfrinair"], errors.AssertErrorSummary());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        var account = await client.GetPageAsync("/account");
        var signOut = await client.SubmitFormAsync(account, "/account", new Dictionary<string, string>(), "form[action='/account/sign-out']");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await client.Http.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task The_header_offers_sign_in_to_visitors_and_a_sign_out_button_once_signed_in()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();

        var anonymous = await client.GetPageAsync("/account/sign-in");
        await client.SignInAsync(user);
        var signedIn = await client.GetPageAsync("/account/change-password");
        var signOut = await client.SubmitFormAsync(signedIn, "/account/change-password", new Dictionary<string, string>(), "header form[action='/account/sign-out']");

        Assert.NotNull(anonymous.QuerySelector("header a[href='/account/sign-in']"));
        Assert.Null(anonymous.QuerySelector("header form[action='/account/sign-out']"));
        Assert.Equal("/", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task The_access_denied_page_answers_403()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/account/access-denied", HttpStatusCode.Forbidden);

        Assert.Equal("You cannot see this page", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();

        var response = await client.SubmitFormAsync("/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Email"] = user.Email,
            ["Password"] = user.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
