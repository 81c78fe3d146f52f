using System.Collections.Frozen;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>
/// The parts of ASVS 5.0 password rules Identity lacks: an upper length limit of 128, no common passwords
/// (common-passwords.txt: the 100,000 most common of any length and every one of policy length among the
/// 1,000,000 most common; its header names the source and licence), and nothing that contains the person's
/// e-mail address or name. Length 12 is Identity's own RequiredLength; there are no composition rules.
/// </summary>
public sealed class PasswordPolicyValidator(AppDbContext db, IStringLocalizer<AccountText> t) : IPasswordValidator<ApplicationUser>
{
    public const int MaximumLength = 128;

    private static readonly Lazy<FrozenSet<string>> CommonPasswords = new(LoadCommonPasswords);

    /// <summary>
    /// A listed password, or a listed one with listed digits before or after it ("password123456",
    /// "123456qwerty"): people lengthen a short common password to the required length that way, and the
    /// result is as easy to guess as its parts.
    /// </summary>
    public static bool IsCommon(string password)
    {
        var list = CommonPasswords.Value;
        var lower = password.ToLowerInvariant();
        if (list.Contains(lower))
        {
            return true;
        }

        var start = 0;
        while (start < lower.Length && char.IsAsciiDigit(lower[start]))
        {
            start++;
        }

        var end = lower.Length;
        while (end > start && char.IsAsciiDigit(lower[end - 1]))
        {
            end--;
        }

        var core = lower[start..end];
        return core.Length > 0 && (start > 0 || end < lower.Length)
            && list.Contains(core)
            && (start == 0 || list.Contains(lower[..start]))
            && (end == lower.Length || list.Contains(lower[end..]));
    }

    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;
        }

        var errors = new List<IdentityError>();
        if (password.Length > MaximumLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = t["Password must be {0} characters or fewer", MaximumLength] });
        }

        // A short password is refused for its length alone; the list's short entries serve the padding rule.
        if (password.Length >= manager.Options.Password.RequiredLength && IsCommon(password))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = t["This password is too common. Choose a password that is harder to guess"] });
        }

        if (await ContainsPersonalDetailsAsync(user, password))
        {
            errors.Add(new IdentityError { Code = "PasswordPersonal", Description = t["Password must not contain your name or e-mail address"] });
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private async Task<bool> ContainsPersonalDetailsAsync(ApplicationUser user, string password)
    {
        var person = user.Person ?? await db.People.FindAsync(user.PersonId);
        var email = user.Email ?? person?.Email ?? string.Empty;
        var parts = new[] { email, email.Split('@')[0], person?.GivenName, person?.FamilyName };
        return parts.Any(p => p is { Length: >= 3 } && password.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    private static FrozenSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordPolicyValidator).Assembly.GetManifestResourceStream("CoachRegister.CommonPasswords")
            ?? throw new InvalidOperationException("The common password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith("# ", StringComparison.Ordinal))
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
