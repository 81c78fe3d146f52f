using System.Net;
using OtpNet;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>
/// Signing in through the real forms, for the tests whose subject is the sign-in itself (accounts, cookies,
/// sessions). Every other test signs in with <see cref="PortalFactory.ClientFor(TestUser)"/>.
/// </summary>
public static class FormSignIn
{
    /// <summary>
    /// Posts the real sign-in form and asserts it signed in; with an authenticator it completes the second
    /// step too (trying the next time step when this one was already used by an earlier sign-in).
    /// </summary>
    public static async Task SignInAsync(this FormClient client, TestUser user)
    {
        var response = await client.SubmitFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = user.Email,
            ["Password"] = user.Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {user.Email} gave {(int)response.StatusCode}, not a redirect.");
        if (user.AuthenticatorKey is null)
        {
            Assert.DoesNotContain("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            return;
        }

        Assert.StartsWith("/account/sign-in/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var totp = new Totp(Base32Encoding.ToBytes(user.AuthenticatorKey));
        foreach (var at in new[] { DateTime.UtcNow, DateTime.UtcNow.AddSeconds(30) })
        {
            var second = await client.SubmitFormAsync("/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = totp.ComputeTotp(at) });
            if (second.StatusCode == HttpStatusCode.Redirect)
            {
                return;
            }
        }

        Assert.Fail($"The two-factor step of {user.Email} refused both the current and the next code.");
    }
}
