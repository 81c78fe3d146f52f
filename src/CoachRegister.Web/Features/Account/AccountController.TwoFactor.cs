using System.Text;
using System.Text.Encodings.Web;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Features.Account.Security;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace CoachRegister.Web.Features.Account;

public partial class AccountController
{
    private const string Issuer = "CoachRegister";
    private const string RecoveryCodesKey = "RecoveryCodes";

    [AllowBeforeTwoFactor]
    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await CurrentUserAsync();
        return View(new TwoFactorViewModel
        {
            IsEnabled = user.TwoFactorEnabled,
            RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            IsRequired = await IsTwoFactorRequiredAsync(user),
        });
    }

    [AllowBeforeTwoFactor]
    [RecentSignInRequired]
    [HttpGet("two-factor/set-up")]
    public async Task<IActionResult> SetUpAuthenticator()
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        return View(await WithKeyAsync(new SetUpAuthenticatorViewModel(), user));
    }

    [AllowBeforeTwoFactor]
    [RecentSignInRequired]
    [HttpPost("two-factor/set-up")]
    public async Task<IActionResult> SetUpAuthenticator(SetUpAuthenticatorViewModel model)
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        if (!ModelState.IsValid)
        {
            model.Code = null;
            return View(await WithKeyAsync(model, user));
        }

        var code = model.Code!.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            logger.LogWarning("Authenticator set-up failed for user {UserId}: wrong code", user.Id);
            ModelState.AddModelError(nameof(model.Code), t["The code is incorrect or has already been used. Wait for a new code and try again"]);
            model.Code = null;
            return View(await WithKeyAsync(model, user));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} turned on two-factor sign-in", user.Id);
        TempData[RecoveryCodesKey] = string.Join(' ', codes);
        return RedirectToAction(nameof(RecoveryCodes));
    }

    /// <summary>Shown once, straight after they are made: TempData is gone after this request.</summary>
    [AllowBeforeTwoFactor]
    [HttpGet("two-factor/recovery-codes")]
    public IActionResult RecoveryCodes()
    {
        if (TempData[RecoveryCodesKey] is not string codes)
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        Response.Headers.CacheControl = "no-store";
        return View(new RecoveryCodesViewModel { Codes = codes.Split(' ') });
    }

    [RecentSignInRequired]
    [HttpGet("two-factor/recovery-codes/new")]
    public IActionResult NewRecoveryCodes() => View();

    [RecentSignInRequired]
    [HttpPost("two-factor/recovery-codes/new")]
    [ActionName(nameof(NewRecoveryCodes))]
    public async Task<IActionResult> NewRecoveryCodesConfirmed()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        logger.LogInformation("User {UserId} made new recovery codes", user.Id);
        TempData[RecoveryCodesKey] = string.Join(' ', codes);
        return RedirectToAction(nameof(RecoveryCodes));
    }

    [RecentSignInRequired]
    [HttpGet("two-factor/disable")]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await CurrentUserAsync();
        return user.TwoFactorEnabled ? View(new TwoFactorViewModel { IsEnabled = true, IsRequired = await IsTwoFactorRequiredAsync(user) }) : RedirectToAction(nameof(TwoFactor));
    }

    [RecentSignInRequired]
    [HttpPost("two-factor/disable")]
    [ActionName(nameof(DisableTwoFactor))]
    public async Task<IActionResult> DisableTwoFactorConfirmed()
    {
        var user = await CurrentUserAsync();
        if (await IsTwoFactorRequiredAsync(user))
        {
            Status(t["Your role needs two-factor sign-in, so it cannot be turned off. You can reset your authenticator app instead"]);
            return RedirectToAction(nameof(TwoFactor));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} turned off two-factor sign-in", user.Id);
        Status(t["Two-factor sign-in is off"]);
        return RedirectToAction(nameof(TwoFactor));
    }

    [RecentSignInRequired]
    [HttpGet("two-factor/reset-authenticator")]
    public IActionResult ResetAuthenticator() => View();

    [RecentSignInRequired]
    [HttpPost("two-factor/reset-authenticator")]
    [ActionName(nameof(ResetAuthenticator))]
    public async Task<IActionResult> ResetAuthenticatorConfirmed()
    {
        var user = await CurrentUserAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        user.LastTotpTimeStep = null;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} reset their authenticator key", user.Id);
        Status(t["Your old authenticator app no longer works. Set up the app again with the new key"]);
        return RedirectToAction(nameof(SetUpAuthenticator));
    }

    private async Task<bool> IsTwoFactorRequiredAsync(ApplicationUser user)
    {
        if (!options.CurrentValue.RequireTwoFactorForPrivilegedRoles)
        {
            return false;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Any(r => Roles.Privileged.Contains(r));
    }

    private const string AuthenticatorKeyProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyName = "AuthenticatorKey";

    private async Task<SetUpAuthenticatorViewModel> WithKeyAsync(SetUpAuthenticatorViewModel model, ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The first visit keeps a pending key for the app to scan; later visits show the same one. It is
            // stored as the token ResetAuthenticatorKeyAsync would write, but without renewing the security
            // stamp, which would sign the person out of every other session just for opening this page.
            // Two-factor sign-in stays off until a code from the app is verified (POST).
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyProvider, AuthenticatorKeyName, key);
        }

        var uri = $"otpauth://totp/{UrlEncoder.Default.Encode(Issuer)}:{UrlEncoder.Default.Encode(user.Email!)}?secret={key}&issuer={UrlEncoder.Default.Encode(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        model.QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(png);
        model.SharedKey = GroupsOfFour(key);
        return model;
    }

    private static string GroupsOfFour(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
