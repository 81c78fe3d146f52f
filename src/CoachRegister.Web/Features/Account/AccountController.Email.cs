using CoachRegister.Data.Identity;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Features.Account.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Account;

/// <summary>
/// E-mail links open a page with a button rather than acting on GET: nothing changes on GET, and mail
/// scanners that fetch links cannot use up a token.
/// </summary>
public partial class AccountController
{
    [AllowAnonymous]
    [HttpGet("confirm-email")]
    public IActionResult ConfirmEmail(string? userId, string? code) => View(new EmailLinkViewModel { UserId = userId, Code = code });

    [AllowAnonymous]
    [HttpPost("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(EmailLinkViewModel model)
    {
        var user = await FindByLinkAsync(model.UserId);
        var token = DecodeOrNull(model.Code);
        var result = user is null || token is null ? IdentityResult.Failed() : await users.ConfirmEmailAsync(user, token);
        if (!result.Succeeded)
        {
            logger.LogWarning("E-mail confirmation failed for user {UserId}", user?.Id);
            ModelState.AddModelError(string.Empty, t["This link has expired or has already been used. Ask for a new one"]);
            return View(model);
        }

        logger.LogInformation("User {UserId} confirmed their e-mail address", user!.Id);
        var missingLineManager = await RecordPendingLineManagerAsync(user);
        Status(missingLineManager is null
            ? t["Your e-mail address is confirmed. You can now sign in"]
            : t["Your e-mail address is confirmed. You can now sign in. No one in the register has the address you gave for your line manager, {0}, so no line manager is recorded", missingLineManager]);
        return RedirectToAction(nameof(SignIn));
    }

    /// <summary>
    /// Looks up the line manager named at registration, now that the address is proven to be the person's own,
    /// and records them unless the person already has one. Returns the address when no one has it.
    /// </summary>
    private async Task<string?> RecordPendingLineManagerAsync(ApplicationUser user)
    {
        var pending = await db.UserTokens.SingleOrDefaultAsync(t => t.UserId == user.Id && t.LoginProvider == PendingLineManager.LoginProvider && t.Name == PendingLineManager.Name);
        if (pending?.Value is not { Length: > 0 } lineManagerEmail)
        {
            return null;
        }

        db.UserTokens.Remove(pending);
        var lineManagerId = await db.People.Where(p => p.Email == lineManagerEmail).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        var person = await db.People.FindAsync(user.PersonId);
        if (lineManagerId is not null && person is { LineManagerId: null } && lineManagerId != person.Id)
        {
            person.LineManagerId = lineManagerId;
        }

        await db.SaveChangesAsync();
        return lineManagerId is null ? lineManagerEmail : null;
    }

    [AllowAnonymous]
    [HttpGet("resend-confirmation")]
    public IActionResult ResendConfirmation() => View(new EmailViewModel());

    [AllowAnonymous]
    [HttpPost("resend-confirmation")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> ResendConfirmation(EmailViewModel model, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email!.Trim());
        if (user is { EmailConfirmed: false })
        {
            var person = await db.People.FindAsync([user.PersonId], ct);
            await emails.QueueConfirmationAsync(user, person?.GivenName ?? string.Empty, person?.PreferredLanguage ?? Language(), ct);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Confirmation e-mail queued again for user {UserId}", user.Id);
        }

        Status(t["If an unconfirmed account uses that address, we have sent it a new link. The link works for 24 hours"]);
        return RedirectToAction(nameof(ResendConfirmation));
    }

    [RecentSignInRequired]
    [HttpGet("change-email")]
    public async Task<IActionResult> ChangeEmail() => View(new ChangeEmailViewModel { CurrentEmail = (await CurrentUserAsync()).Email });

    [RecentSignInRequired]
    [HttpPost("change-email")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> ChangeEmail(ChangeEmailViewModel model, CancellationToken ct)
    {
        var user = await CurrentUserAsync();
        model.CurrentEmail = user.Email;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var email = model.Email!.Trim();
        if (string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(model.Email), t["This is already your e-mail address"]);
            return View(model);
        }

        // An address in use gets no e-mail, but the page says the same, so it cannot be used to find accounts.
        var taken = await users.FindByEmailAsync(email) is not null || await db.People.AnyAsync(p => p.Email == email && p.Id != user.PersonId, ct);
        if (!taken)
        {
            var person = await db.People.FindAsync([user.PersonId], ct);
            await emails.QueueNewEmailConfirmationAsync(user, email, person?.GivenName ?? string.Empty, person?.PreferredLanguage ?? Language(), ct);
            await db.SaveChangesAsync(ct);
        }

        logger.LogInformation("User {UserId} asked to change e-mail address (new address hash {EmailHash}, in use: {Taken})", user.Id, SignInLog.HashEmail(email), taken);
        Status(t["We have sent a link to {0}. Your address changes when you follow it", email]);
        return RedirectToAction(nameof(Index));
    }

    [AllowAnonymous]
    [HttpGet("confirm-email-change")]
    public IActionResult ConfirmEmailChange(string? userId, string? email, string? code) =>
        View(new EmailLinkViewModel { UserId = userId, Email = email, Code = code });

    [AllowAnonymous]
    [HttpPost("confirm-email-change")]
    public async Task<IActionResult> ConfirmEmailChange(EmailLinkViewModel model, CancellationToken ct)
    {
        var user = await FindByLinkAsync(model.UserId);
        var token = DecodeOrNull(model.Code);
        var email = model.Email?.Trim();
        if (user is null || token is null || string.IsNullOrEmpty(email) || email.Length > 256
            || await db.People.AnyAsync(p => p.Email == email && p.Id != user.PersonId, ct))
        {
            return EmailChangeFailed(model, user);
        }

        var oldEmail = user.Email!;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await users.ChangeEmailAsync(user, email, token);
        if (!changed.Succeeded || !(await users.SetUserNameAsync(user, email)).Succeeded)
        {
            return EmailChangeFailed(model, user);
        }

        var person = await db.People.FirstAsync(p => p.Id == user.PersonId, ct);
        person.Email = email;
        await emails.QueueEmailChangedAsync(oldEmail, person.GivenName, person.PreferredLanguage, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("User {UserId} changed e-mail address", user.Id);

        if (User.Identity?.IsAuthenticated == true && users.GetUserId(User) == user.Id.ToString())
        {
            await signIn.RefreshSignInAsync(user);
        }

        Status(t["Your e-mail address is now {0}", email]);
        return User.Identity?.IsAuthenticated == true ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(SignIn));
    }

    private ViewResult EmailChangeFailed(EmailLinkViewModel model, ApplicationUser? user)
    {
        logger.LogWarning("E-mail change confirmation failed for user {UserId}", user?.Id);
        ModelState.AddModelError(string.Empty, t["This link has expired or has already been used. Ask for a new one"]);
        return View(nameof(ConfirmEmailChange), model);
    }

    private async Task<ApplicationUser?> FindByLinkAsync(string? userId) =>
        Guid.TryParse(userId, out var id) ? await users.FindByIdAsync(id.ToString()) : null;

    private static string? DecodeOrNull(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 2000)
        {
            return null;
        }

        try
        {
            return AccountEmails.Decode(code);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
