using System.Net;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachRegister.Web.Tests.Features.Account;

public class PlainHttpCookieTests(PlainHttpPortalFactory factory) : IClassFixture<PlainHttpPortalFactory>
{
    [Fact]
    public async Task With_secure_cookies_off_sign_in_works_over_plain_http_with_unprefixed_cookies()
    {
        var user = await factory.CreateUserAsync();
        var client = new FormClient(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("http://localhost"),
        }));

        var response = await client.SignInWithAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CoachRegister=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public void Production_refuses_to_start_with_secure_cookies_off()
    {
        using var production = new PortalFactory
        {
            EnvironmentName = "Production",
            AddedSettings = new Dictionary<string, string?>
            {
                ["Accounts:SecureCookies"] = "false",
                // Everything else Production needs is there, so only the insecure cookies can be what is refused.
                ["Portal:PublicBaseUrl"] = "https://coaching.example.org",
                ["Email:Smtp:Host"] = "127.0.0.1",
            },
        };

        var error = Assert.Throws<InvalidOperationException>(() => production.CreateClient());

        Assert.Contains("Accounts:SecureCookies", error.Message, StringComparison.Ordinal);
    }
}
