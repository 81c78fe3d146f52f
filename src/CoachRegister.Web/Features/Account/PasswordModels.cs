using CoachRegister.Web.Features.Account.Security;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Account;

/// <summary>An e-mail address alone: resend confirmation, forgot password.</summary>
public class EmailViewModel
{
    public string? Email { get; set; }
}

public class EmailValidator : AbstractValidator<EmailViewModel>
{
    public EmailValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Email).ValidEmail(t);
    }
}

public class ResetPasswordViewModel
{
    public string? UserId { get; set; }
    public string? Code { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

public class ResetPasswordValidator : AbstractValidator<ResetPasswordViewModel>
{
    public ResetPasswordValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Password).NewPassword(t);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(t["The passwords do not match"]);
    }
}

public class ChangePasswordViewModel
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

public class ChangePasswordValidator : AbstractValidator<ChangePasswordViewModel>
{
    public ChangePasswordValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(t["Enter your current password"])
            .MaximumLength(PasswordPolicyValidator.MaximumLength).WithMessage(t["Your current password is incorrect"]);
        RuleFor(x => x.NewPassword).NewPassword(t);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(t["The passwords do not match"]);
    }
}

public class ChangeEmailViewModel
{
    public string? CurrentEmail { get; set; }
    public string? Email { get; set; }
}

public class ChangeEmailValidator : AbstractValidator<ChangeEmailViewModel>
{
    public ChangeEmailValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Email).ValidEmail(t);
    }
}

/// <summary>The token of an e-mail link, carried from the page the link opens to the button that uses it.</summary>
public class EmailLinkViewModel
{
    public string? UserId { get; set; }
    public string? Email { get; set; }
    public string? Code { get; set; }
}

public static class AccountRules
{
    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<AccountText> t) =>
        rule.NotEmpty().WithMessage(t["Enter your e-mail address"])
            .MaximumLength(256).WithMessage(t["E-mail address must be 256 characters or fewer"])
            .EmailAddress().WithMessage(t["Enter an e-mail address in the correct format, like name@example.com"])
            .Matches("^[^<>\"\\s]*$").WithMessage(t["Enter an e-mail address in the correct format, like name@example.com"]);

    /// <summary>Length only: common passwords and personal details are Identity's PasswordPolicyValidator's job.</summary>
    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<AccountText> t) =>
        rule.NotEmpty().WithMessage(t["Enter a password"])
            .MinimumLength(12).WithMessage(t["Password must be {0} characters or more", 12])
            .MaximumLength(PasswordPolicyValidator.MaximumLength).WithMessage(t["Password must be {0} characters or fewer", PasswordPolicyValidator.MaximumLength]);

    /// <summary>Names and titles are plain text: angle brackets are never part of one.</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<AccountText> t, string label, int maximumLength) =>
        rule.MaximumLength(maximumLength).WithMessage(t["{0} must be {1} characters or fewer", t[label], maximumLength])
            .Matches("^[^<>]*$").WithMessage(t["{0} must not contain < or >", t[label]]);
}
