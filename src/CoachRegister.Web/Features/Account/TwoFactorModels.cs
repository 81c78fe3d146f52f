using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Account;

public class SetUpAuthenticatorViewModel
{
    /// <summary>The key in groups of four, for people who type it into their app.</summary>
    public string SharedKey { get; set; } = string.Empty;

    /// <summary>The otpauth URI as an SVG QR code in a data URI (no script, no request to another site).</summary>
    public string QrCodeDataUri { get; set; } = string.Empty;

    public string? Code { get; set; }
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

public class TwoFactorViewModel
{
    public bool IsEnabled { get; set; }
    public int RecoveryCodesLeft { get; set; }
    public bool IsRequired { get; set; }
}

public class RecoveryCodesViewModel
{
    public IReadOnlyList<string> Codes { get; set; } = [];
}

public class AccountOverviewViewModel
{
    public string Email { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public bool TwoFactorEnabled { get; set; }
    public IReadOnlyList<string> Roles { get; set; } = [];
    /// <summary>The schemes the person administers as an HR admin (several for a partnership lead).</summary>
    public IReadOnlyList<string> AdministeredSchemes { get; set; } = [];
}
