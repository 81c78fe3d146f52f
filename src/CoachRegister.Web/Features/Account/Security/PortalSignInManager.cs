using System.Security.Claims;
using CoachRegister.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>
/// Stamps every new sign-in with the time it happened (the absolute session lifetime counts from it) and
/// whether two-factor sign-in is on, and keeps the sign-in and re-authentication stamps and the
/// authentication method when the cookie is re-issued, which Identity's own refresh would drop. The
/// two-factor claim is added here rather than by a claims factory so that it does not depend on which
/// factory is registered; it is recomputed on every sign-in and refresh.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    PortalSessions sessions,
    TimeProvider time)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly string[] KeptClaims = [SessionClaims.AuthTime, SessionClaims.ReauthTime, SessionClaims.SessionId, "amr", ClaimTypes.AuthenticationMethod];

    /// <summary>A new sign-in (no session id among the claims) opens a session on the server; a refresh keeps its own.</summary>
    public override async Task SignInWithClaimsAsync(ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.Where(c => c.Type != SessionClaims.TwoFactorEnabled).ToList();
        claims.Add(new Claim(SessionClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        if (!claims.Exists(c => c.Type == SessionClaims.AuthTime))
        {
            claims.Add(SessionClaims.At(SessionClaims.AuthTime, time.GetUtcNow()));
        }

        if (!claims.Exists(c => c.Type == SessionClaims.SessionId))
        {
            claims.Add(new Claim(SessionClaims.SessionId, await sessions.StartAsync(user.Id)));
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    /// <summary>Ends the signed-in session on the server too, so a copy of its cookie no longer opens anything.</summary>
    public override async Task SignOutAsync()
    {
        if (Context.User.FindFirstValue(SessionClaims.SessionId) is { } sessionId
            && Guid.TryParse(UserManager.GetUserId(Context.User), out var userId))
        {
            await sessions.EndAsync(userId, sessionId);
        }

        await base.SignOutAsync();
    }

    public override Task RefreshSignInAsync(ApplicationUser user) => RefreshSignInAsync(user, reauthenticated: false);

    /// <summary>Re-issues the cookie with fresh claims, optionally recording that the password was just entered again.</summary>
    public async Task RefreshSignInAsync(ApplicationUser user, bool reauthenticated)
    {
        var auth = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var signedInId = auth.Principal is null ? null : UserManager.GetUserId(auth.Principal);
        if (!auth.Succeeded || signedInId != user.Id.ToString())
        {
            throw new InvalidOperationException("The cookie can only be refreshed for the user who is signed in.");
        }

        var claims = auth.Principal!.Claims
            .Where(c => KeptClaims.Contains(c.Type) && !(reauthenticated && c.Type == SessionClaims.ReauthTime))
            .Select(c => new Claim(c.Type, c.Value, c.ValueType))
            .ToList();
        if (reauthenticated)
        {
            claims.Add(SessionClaims.At(SessionClaims.ReauthTime, time.GetUtcNow()));
        }

        await SignInWithClaimsAsync(user, auth.Properties, claims);
    }
}
