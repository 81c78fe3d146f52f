using CoachRegister.Data.Identity;
using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachRegister.Web.Features.Account;

public partial class AccountController
{
    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new EmailViewModel());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> ForgotPassword(EmailViewModel model, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var user = await users.FindByEmailAsync(model.Email!.Trim());
        if (user is not null)
        {
            var person = await db.People.FindAsync([user.PersonId], ct);
            await emails.QueuePasswordResetAsync(user, person?.GivenName ?? string.Empty, person?.PreferredLanguage ?? Language(), ct);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Password reset e-mail queued for user {UserId}", user.Id);
        }
        else
        {
            // The same work as for a real account, down to saving the message, inside a transaction that is
            // rolled back: the answer takes as long either way, so its timing does not tell who has an account.
            await using (var rehearsal = await db.Database.BeginTransactionAsync(ct))
            {
                var standIn = new ApplicationUser { Id = Guid.NewGuid(), Email = $"{Guid.NewGuid():N}@password-reset.invalid", SecurityStamp = Guid.NewGuid().ToString("N") };
                var person = await db.People.FindAsync([Guid.NewGuid()], ct);
                await emails.QueuePasswordResetAsync(standIn, person?.GivenName ?? string.Empty, Language(), ct);
                await db.SaveChangesAsync(ct);
                await rehearsal.RollbackAsync(ct);
            }

            db.ChangeTracker.Clear();
            logger.LogInformation("Password reset asked for an address with no account (hash {EmailHash})", Security.SignInLog.HashEmail(model.Email));
        }

        await Security.AnswerFloor.WaitAsync(startedAt, Security.AnswerFloor.ForgotPassword, ct);
        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [AllowAnonymous]
    [HttpGet("forgot-password/check-your-email")]
    public IActionResult ForgotPasswordSent() => View();

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code) => View(new ResetPasswordViewModel { UserId = userId, Code = code });

    [AllowAnonymous]
    [HttpPost("reset-password")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return ResetPasswordView(model);
        }

        var user = await FindByLinkAsync(model.UserId);
        var token = DecodeOrNull(model.Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, t["This link has expired or has already been used. Ask for a new one"]);
            return ResetPasswordView(model);
        }

        var result = await users.ResetPasswordAsync(user, token, model.Password!);
        if (!result.Succeeded)
        {
            var tokenRejected = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            AddErrors(result, tokenRejected ? string.Empty : nameof(model.Password));
            logger.LogWarning("Password reset refused for user {UserId} ({Reason})", user.Id, tokenRejected ? "invalid link" : "password rules");
            return ResetPasswordView(model);
        }

        // The link proved the address is theirs, and a forgotten password should not stay locked.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("User {UserId} reset their password", user.Id);
        Status(t["Your password has been changed. Sign in with your new password"]);
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("change-password")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return ChangePasswordView(model);
        }

        var user = await CurrentUserAsync();
        var result = await users.ChangePasswordAsync(user, model.CurrentPassword!, model.NewPassword!);
        if (!result.Succeeded)
        {
            var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            AddErrors(result, wrongCurrent ? nameof(model.CurrentPassword) : nameof(model.NewPassword));
            if (wrongCurrent)
            {
                await users.AccessFailedAsync(user);
                logger.LogWarning("Password change refused for user {UserId}: current password wrong", user.Id);
            }

            return ChangePasswordView(model);
        }

        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} changed their password", user.Id);
        Status(t["Your password has been changed"]);
        return RedirectToAction(nameof(Index));
    }

    private ViewResult ResetPasswordView(ResetPasswordViewModel model)
    {
        model.Password = null;
        model.ConfirmPassword = null;
        return View(nameof(ResetPassword), model);
    }

    private ViewResult ChangePasswordView(ChangePasswordViewModel model)
    {
        model.CurrentPassword = null;
        model.NewPassword = null;
        model.ConfirmPassword = null;
        return View(nameof(ChangePassword), model);
    }
}
