using CoachRegister.Web.Features.Account.Security;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Account;

public class SignInViewModel
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
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

public class TwoFactorSignInViewModel
{
    public string? Code { get; set; }
    public string? ReturnUrl { get; set; }
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

public class RecoveryCodeSignInViewModel
{
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
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

public class ReauthenticateViewModel
{
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
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
