using CoachRegister.Web.Infrastructure.Http;
using System.Globalization;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CoachRegister.Web.Features.Account;

/// <summary>The model of the account e-mails: who they are for and the one link they carry.</summary>
public sealed record AccountEmail(string Name, string Link);

/// <summary>
/// Queues the account e-mails (in the recipient's language) with absolute links from the portal's public
/// address (<see cref="PublicUrls"/>). Nothing is saved here: the caller's SaveChangesAsync commits the message.
/// </summary>
public sealed class AccountEmails(EmailOutbox outbox, UserManager<ApplicationUser> users, LinkGenerator links, PublicUrls urls)
{
    public const string ConfirmEmailTemplate = "ConfirmEmail";
    public const string ResetPasswordTemplate = "ResetPassword";
    public const string ConfirmNewEmailTemplate = "ConfirmNewEmail";
    public const string EmailChangedTemplate = "EmailChanged";
    public const string AlreadyRegisteredTemplate = "AlreadyRegistered";

    public async Task QueueConfirmationAsync(ApplicationUser user, string name, string language, CancellationToken ct)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Link("ConfirmEmail", new { userId = user.Id, code });
        await outbox.QueueAsync(user.Email!, ConfirmEmailTemplate, new AccountEmail(name, link), Culture(language), ct);
    }

    public async Task QueuePasswordResetAsync(ApplicationUser user, string name, string language, CancellationToken ct)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Link("ResetPassword", new { userId = user.Id, code });
        await outbox.QueueAsync(user.Email!, ResetPasswordTemplate, new AccountEmail(name, link), Culture(language), ct);
    }

    public async Task QueueNewEmailConfirmationAsync(ApplicationUser user, string newEmail, string name, string language, CancellationToken ct)
    {
        var code = Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        var link = Link("ConfirmEmailChange", new { userId = user.Id, email = newEmail, code });
        await outbox.QueueAsync(newEmail, ConfirmNewEmailTemplate, new AccountEmail(name, link), Culture(language), ct);
    }

    public Task QueueEmailChangedAsync(string oldEmail, string name, string language, CancellationToken ct) =>
        outbox.QueueAsync(oldEmail, EmailChangedTemplate, new AccountEmail(name, Link("ForgotPassword", null)), Culture(language), ct);

    /// <summary>Someone registered with an address that already has an account: tell its owner instead of the visitor.</summary>
    public Task QueueAlreadyRegisteredAsync(string email, string name, string language, CancellationToken ct) =>
        outbox.QueueAsync(email, AlreadyRegisteredTemplate, new AccountEmail(name, Link("ForgotPassword", null)), Culture(language), ct);

    public static string Decode(string code) => System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));

    private static CultureInfo Culture(string language) => language == "cy" ? new CultureInfo("cy-GB") : new CultureInfo("en-GB");

    private string Link(string action, object? values) =>
        urls.For(links.GetPathByAction(action, "Account", values) ?? throw new InvalidOperationException($"No route to Account.{action}."));
}
