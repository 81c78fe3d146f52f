using CoachRegister.Web.Configuration;
using CoachRegister.Web.Features.Account.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachRegister.Web.Features.Account;

public partial class AccountController
{
    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInViewModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> SignIn(SignInViewModel model)
    {
        if (!ModelState.IsValid)
        {
            model.Password = null;
            return View(model);
        }

        // Every failure gives one of the same two answers, after the same password-hashing work, whether or not
        // the address has an account: "incorrect", or "locked" after the same number of failures in a row.
        var emailHash = SignInLog.HashEmail(model.Email);
        var email = model.Email!.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var wasLocked = unknownAddresses.IsLockedOut(email);
            PasswordTiming.SpendPasswordCheck(users.PasswordHasher, model.Password);
            logger.LogWarning("Sign-in failed: no account for e-mail hash {EmailHash}", emailHash);
            return SignInFailed(model, wasLocked || unknownAddresses.Fail(email));
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Identity refuses a locked account before it checks the password: spend the same time anyway.
            PasswordTiming.SpendPasswordCheck(users.PasswordHasher, model.Password);
            logger.LogWarning("Sign-in refused for user {UserId}: account locked out", user.Id);
            return SignInFailed(model, lockedOut: true);
        }

        // Identity refuses an unconfirmed account before it checks the password, which would tell anyone
        // that the address is registered; check the password first.
        if (!user.EmailConfirmed)
        {
            if (!await users.CheckPasswordAsync(user, model.Password!))
            {
                await users.AccessFailedAsync(user);
                logger.LogWarning("Sign-in failed for unconfirmed user {UserId}", user.Id);
                return SignInFailed(model, await users.IsLockedOutAsync(user));
            }

            logger.LogInformation("Sign-in refused for user {UserId}: e-mail address not confirmed", user.Id);
            ModelState.AddModelError(nameof(model.Email), t["You need to confirm your e-mail address before you can sign in. Use the link in the e-mail we sent you, or ask for a new one"]);
            model.Password = null;
            return View(nameof(SignIn), model);
        }

        var result = await signIn.PasswordSignInAsync(user, model.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for user {UserId}", user.Id);
            return RedirectToLocal(model.ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            logger.LogInformation("Sign-in password accepted for user {UserId}; second factor required", user.Id);
            return RedirectToAction(nameof(TwoFactorSignIn), new { returnUrl = model.ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for user {UserId}: account locked out", user.Id);
            return SignInFailed(model, lockedOut: true);
        }

        logger.LogWarning("Sign-in failed for user {UserId}: wrong password ({Failures} failures in a row)", user.Id, await users.GetAccessFailedCountAsync(user));
        return SignInFailed(model, lockedOut: false);
    }

    [AllowAnonymous]
    [HttpGet("sign-in/two-factor")]
    public async Task<IActionResult> TwoFactorSignIn(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn), new { returnUrl });
        }

        return View(new TwoFactorSignInViewModel { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("sign-in/two-factor")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> TwoFactorSignIn(TwoFactorSignInViewModel model)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(SignIn), new { returnUrl = model.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var code = model.Code!.Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for user {UserId} with an authenticator code", user.Id);
            return RedirectToLocal(model.ReturnUrl);
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Two-factor sign-in refused for user {UserId}: account locked out", user.Id);
            ModelState.AddModelError(nameof(model.Code), t["Too many failed attempts. Your account is locked for {0} minutes. Try again later, or reset your password", 15]);
        }
        else
        {
            logger.LogWarning("Two-factor sign-in failed for user {UserId}: wrong or reused code", user.Id);
            ModelState.AddModelError(nameof(model.Code), t["The code is incorrect or has already been used. Wait for a new code and try again"]);
        }

        model.Code = null;
        return View(model);
    }

    [AllowAnonymous]
    [HttpGet("sign-in/recovery-code")]
    public async Task<IActionResult> RecoveryCodeSignIn(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn), new { returnUrl });
        }

        return View(new RecoveryCodeSignInViewModel { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("sign-in/recovery-code")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> RecoveryCodeSignIn(RecoveryCodeSignInViewModel model)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(SignIn), new { returnUrl = model.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(model.RecoveryCode!.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for user {UserId} with a recovery code ({Left} left)", user.Id, await users.CountRecoveryCodesAsync(user));
            return RedirectToLocal(model.ReturnUrl);
        }

        logger.LogWarning("Recovery-code sign-in failed for user {UserId}{LockedOut}", user.Id, result.IsLockedOut ? " (locked out)" : string.Empty);
        ModelState.AddModelError(nameof(model.RecoveryCode), result.IsLockedOut
            ? t["Too many failed attempts. Your account is locked for {0} minutes. Try again later, or reset your password", 15]
            : t["The recovery code is incorrect or has already been used"]);
        model.RecoveryCode = null;
        return View(model);
    }

    [AllowBeforeTwoFactor]
    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfPortal()
    {
        logger.LogInformation("User {UserId} signed out", users.GetUserId(User));
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Home.HomeController.Index), "Home");
    }

    /// <summary>
    /// Ends every session of the account, this one included: each is removed from the server's list, and the new
    /// security stamp also ends any cookie issued before sessions were recorded.
    /// </summary>
    [AllowBeforeTwoFactor]
    [HttpPost("sign-out-everywhere")]
    public async Task<IActionResult> SignOutEverywhere(CancellationToken ct)
    {
        var user = await CurrentUserAsync();
        var ended = await sessions.EndAllAsync(user.Id, ct);
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        logger.LogInformation("User {UserId} signed out everywhere ({Sessions} sessions ended)", user.Id, ended);
        Status(t["You have been signed out on every device. Sign in again to carry on"]);
        return RedirectToAction(nameof(SignIn));
    }

    [AllowBeforeTwoFactor]
    [HttpGet("re-authenticate")]
    public IActionResult Reauthenticate(string? returnUrl) => View(new ReauthenticateViewModel { ReturnUrl = returnUrl });

    [AllowBeforeTwoFactor]
    [HttpPost("re-authenticate")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> Reauthenticate(ReauthenticateViewModel model)
    {
        if (!ModelState.IsValid)
        {
            model.Password = null;
            return View(model);
        }

        var user = await CurrentUserAsync();
        var result = await signIn.CheckPasswordSignInAsync(user, model.Password!, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            logger.LogWarning("Re-authentication failed for user {UserId}{LockedOut}", user.Id, result.IsLockedOut ? " (locked out)" : string.Empty);
            if (result.IsLockedOut)
            {
                await signIn.SignOutAsync();
                return RedirectToAction(nameof(SignIn));
            }

            ModelState.AddModelError(nameof(model.Password), t["The password is incorrect"]);
            model.Password = null;
            return View(model);
        }

        logger.LogInformation("User {UserId} re-authenticated", user.Id);
        await signIn.RefreshSignInAsync(user, reauthenticated: true);
        return RedirectToLocal(model.ReturnUrl ?? Url.Action(nameof(Index)));
    }

    private ViewResult SignInFailed(SignInViewModel model, bool lockedOut)
    {
        ModelState.AddModelError(nameof(model.Email), lockedOut
            ? t["Too many failed attempts. Your account is locked for {0} minutes. Try again later, or reset your password", 15]
            : t["The e-mail address or password is incorrect"]);
        model.Password = null;
        return View(nameof(SignIn), model);
    }
}
