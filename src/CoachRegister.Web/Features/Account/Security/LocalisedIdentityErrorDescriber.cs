using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>Identity's messages that can reach a person, in the account screens' words and languages.</summary>
public sealed class LocalisedIdentityErrorDescriber(IStringLocalizer<AccountText> t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = t["Password must be {0} characters or more", length] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = t["Your current password is incorrect"] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = t["This link has expired or has already been used. Ask for a new one"] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = t["An account already uses this e-mail address"] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = t["An account already uses this e-mail address"] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = t["Enter an e-mail address in the correct format, like name@example.com"] };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = t["Enter an e-mail address in the correct format, like name@example.com"] };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = t["Your account was changed at the same time by another request. Try again"] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = t["Something went wrong. Try again"] };
}
