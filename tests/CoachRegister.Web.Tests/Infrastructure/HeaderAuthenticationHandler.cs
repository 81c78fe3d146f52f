using System.Security.Claims;
using System.Text.Encodings.Web;
using CoachRegister.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>
/// Test-only sign-in: a request carrying <see cref="PortalFactory.UserHeader"/> is signed in as that account,
/// with the claims the portal's own sign-in would give it. Requests without the header use the cookie.
/// </summary>
public sealed class HeaderAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestHeader";

    /// <summary>Chooses the header scheme when the request has the header, else the portal's cookie.</summary>
    public const string HeaderOrCookie = "HeaderOrCookie";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var id = Request.Headers[PortalFactory.UserHeader].ToString();
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AuthenticateResult.Fail("Unknown test user.");
        }

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
