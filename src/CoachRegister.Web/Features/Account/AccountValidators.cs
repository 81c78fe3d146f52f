using CoachRegister.Data;
using CoachRegister.Web.Features.Account.Security;
using CoachRegister.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Account;

public class RegisterValidator : AbstractValidator<RegisterViewModel>
{
    public RegisterValidator(IStringLocalizer<AccountText> t, AppDbContext db, WhoMayRegister whoMayRegister)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.GivenName).NotEmpty().WithMessage(t["Enter your given name"]).PlainText(t, "Given name", 100);
        RuleFor(x => x.FamilyName).NotEmpty().WithMessage(t["Enter your family name"]).PlainText(t, "Family name", 100);
        RuleFor(x => x.Email).ValidEmail(t);
        RuleFor(x => x.Email)
            .MustAsync((model, email, ct) => whoMayRegister.MayRegisterAsync(email, model.OrganisationId, model.Invitation, ct))
            .When(x => x.OrganisationId is not null && !string.IsNullOrWhiteSpace(x.Email))
            .WithMessage(t["Use the work e-mail address your organisation gave you. If you do not have one, ask your HR team to invite you."]);
        RuleFor(x => x.JobTitle).NotEmpty().WithMessage(t["Enter your job title"]).PlainText(t, "Job title", 200);
        RuleFor(x => x.OrganisationId).NotEmpty().WithMessage(t["Select your organisation"])
            .MustAsync((id, ct) => db.Organisations.AnyAsync(o => o.Id == id, ct)).WithMessage(t["Select your organisation"]);
        RuleFor(x => x.ServiceAreaId).NotEmpty().WithMessage(t["Select your service area"])
            .MustAsync((model, id, ct) => db.ServiceAreas.AnyAsync(s => s.Id == id && s.OrganisationId == model.OrganisationId, ct))
            .WithMessage(t["Select a service area of your organisation"]);
        // Only the form of the address: whether anyone in the register has it is not for an anonymous visitor to
        // learn, so it is looked up once the new account's own address is confirmed.
        RuleFor(x => x.LineManagerEmail)
            .MaximumLength(256).WithMessage(t["E-mail address must be 256 characters or fewer"])
            .Must(e => TextRules.IsSingleEmailAddress(e!.Trim())).When(x => !string.IsNullOrWhiteSpace(x.LineManagerEmail))
            .WithMessage(t["Enter the line manager's e-mail address in the right format, like name@example.org, or leave it blank"]);
        RuleFor(x => x.Password).NewPassword(t);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(t["The passwords do not match"]);
    }
}

public class SignInValidator : AbstractValidator<SignInViewModel>
{
    public SignInValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Email).NotEmpty().WithMessage(t["Enter your e-mail address"])
            .MaximumLength(256).WithMessage(t["E-mail address must be 256 characters or fewer"]);
        RuleFor(x => x.Password).NotEmpty().WithMessage(t["Enter your password"])
            .MaximumLength(PasswordPolicyValidator.MaximumLength).WithMessage(t["Password must be {0} characters or fewer", PasswordPolicyValidator.MaximumLength]);
    }
}

public class TwoFactorSignInValidator : AbstractValidator<TwoFactorSignInViewModel>
{
    public TwoFactorSignInValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Code).NotEmpty().WithMessage(t["Enter the 6-digit code from your authenticator app"])
            .Matches(@"^\s*\d{3}\s?\d{3}\s*$").WithMessage(t["The code must be 6 digits"]);
    }
}

public class RecoveryCodeSignInValidator : AbstractValidator<RecoveryCodeSignInViewModel>
{
    public RecoveryCodeSignInValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.RecoveryCode).NotEmpty().WithMessage(t["Enter a recovery code"])
            .MaximumLength(20).WithMessage(t["Enter a recovery code exactly as it was shown to you"]);
    }
}

public class ReauthenticateValidator : AbstractValidator<ReauthenticateViewModel>
{
    public ReauthenticateValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Password).NotEmpty().WithMessage(t["Enter your password"])
            .MaximumLength(PasswordPolicyValidator.MaximumLength).WithMessage(t["Password must be {0} characters or fewer", PasswordPolicyValidator.MaximumLength]);
    }
}

public class EmailValidator : AbstractValidator<EmailViewModel>
{
    public EmailValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Email).ValidEmail(t);
    }
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

public class ChangeEmailValidator : AbstractValidator<ChangeEmailViewModel>
{
    public ChangeEmailValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Email).ValidEmail(t);
    }
}

public static class AccountRules
{
    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<AccountText> t) =>
        rule.NotEmpty().WithMessage(t["Enter your e-mail address"])
            .MaximumLength(256).WithMessage(t["E-mail address must be 256 characters or fewer"])
            .Must(TextRules.IsSingleEmailAddress).WithMessage(t["Enter an e-mail address in the correct format, like name@example.com"]);

    /// <summary>Length only: common passwords and personal details are Identity's PasswordPolicyValidator's job.</summary>
    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<AccountText> t) =>
        rule.NotEmpty().WithMessage(t["Enter a password"])
            .MinimumLength(12).WithMessage(t["Password must be {0} characters or more", 12])
            .MaximumLength(PasswordPolicyValidator.MaximumLength).WithMessage(t["Password must be {0} characters or fewer", PasswordPolicyValidator.MaximumLength]);

    /// <summary>Names and titles are plain text on one line: angle brackets, line breaks and hidden characters are never part of one.</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<AccountText> t, string label, int maximumLength) =>
        rule.MaximumLength(maximumLength).WithMessage(t["{0} must be {1} characters or fewer", t[label], maximumLength])
            .Matches("^[^<>]*$").WithMessage(t["{0} must not contain < or >", t[label]])
            .SingleLine(t, label);
}

public class SetUpAuthenticatorValidator : AbstractValidator<SetUpAuthenticatorViewModel>
{
    public SetUpAuthenticatorValidator(IStringLocalizer<AccountText> t)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Code).NotEmpty().WithMessage(t["Enter the 6-digit code from your authenticator app"])
            .Matches(@"^\s*\d{3}\s?\d{3}\s*$").WithMessage(t["The code must be 6 digits"]);
    }
}
