using System.Net;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Account;

public class CookieTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_sign_in_cookie_is_host_prefixed_http_only_secure_and_same_site_lax()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();

        var response = await client.SignInWithAsync(user.Email, user.Password);

        AssertHostCookie(response, "__Host-CoachRegister");
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_host_prefixed_http_only_secure_and_same_site_lax()
    {
        var response = await factory.CreateFormClient().Http.GetAsync("/account/sign-in");

        AssertHostCookie(response, "__Host-Antiforgery");
    }

    [Fact]
    public async Task The_cookie_between_password_and_code_is_host_prefixed_too()
    {
        var user = await factory.CreateUserAsync(withAuthenticator: true);

        var response = await factory.CreateFormClient().SignInWithAsync(user.Email, user.Password);

        AssertHostCookie(response, "__Host-CoachRegister-TwoFactor");
        Assert.DoesNotContain(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-CoachRegister=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_a_session_cookie()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateFormClient().SignInWithAsync(user.Email, user.Password);

        var cookie = SetCookie(response, "__Host-CoachRegister");
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertHostCookie(HttpResponseMessage response, string name)
    {
        var cookie = SetCookie(response, name);
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    private static string SetCookie(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies), "No Set-Cookie header.");
        var cookie = cookies.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.True(cookie is not null, $"No {name} cookie in: {string.Join(" | ", cookies)}");
        return cookie;
    }
}

public class SessionLifetimeTests(LongIdlePortalFactory factory) : IClassFixture<LongIdlePortalFactory>
{
    [Fact]
    public async Task A_session_ends_eight_hours_after_sign_in_however_active()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);
        try
        {
            for (var hours = 1; hours <= 7; hours++)
            {
                factory.Clock.Offset = TimeSpan.FromHours(hours);
                Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);
            }

            factory.Clock.Offset = TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1);
            var ended = await client.Http.GetAsync("/account");

            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
            Assert.StartsWith("https://localhost/account/sign-in", ended.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }
}

public class IdleTimeoutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_session_ends_after_twenty_minutes_without_a_request()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);
        try
        {
            factory.Clock.Offset = TimeSpan.FromMinutes(15);
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);

            factory.Clock.Offset = TimeSpan.FromMinutes(15 + 21);
            var ended = await client.Http.GetAsync("/account");

            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }
}

public class RateLimitTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_a_429_page()
    {
        var client = factory.CreateFormClient();
        var page = await client.GetPageAsync("/account/sign-in");
        for (var i = 0; i < RateLimitedPortalFactory.Limit; i++)
        {
            var allowed = await client.SubmitFormAsync(page, "/account/sign-in", new Dictionary<string, string> { ["Email"] = "someone@example.test", ["Password"] = "a guess at the password" });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await client.SubmitFormAsync(page, "/account/sign-in", new Dictionary<string, string> { ["Email"] = "someone@example.test", ["Password"] = "a guess at the password" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var body = await FormClient.ParseAsync(refused);
        Assert.Equal("Too many attempts", body.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account/sign-in")).StatusCode);
    }
}
