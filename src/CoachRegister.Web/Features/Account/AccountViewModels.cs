using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.Account;

public class RegisterViewModel
{
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? Email { get; set; }
    public string? JobTitle { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? ServiceAreaId { get; set; }
    public string? LineManagerEmail { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }

    /// <summary>The secret of HR's invitation link, for someone whose address is in none of the organisation's domains.</summary>
    public string? Invitation { get; set; }

    public IReadOnlyList<SelectOption> Organisations { get; set; } = [];

    /// <summary>Service areas grouped by organisation (option groups), so the list works without JavaScript.</summary>
    public IReadOnlyList<SelectOption> ServiceAreas { get; set; } = [];
}

public class SignInViewModel
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}

public class TwoFactorSignInViewModel
{
    public string? Code { get; set; }
    public string? ReturnUrl { get; set; }
}

public class RecoveryCodeSignInViewModel
{
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
}

public class ReauthenticateViewModel
{
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}

/// <summary>An e-mail address alone: resend confirmation, forgot password.</summary>
public class EmailViewModel
{
    public string? Email { get; set; }
}

public class ResetPasswordViewModel
{
    public string? UserId { get; set; }
    public string? Code { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

public class ChangePasswordViewModel
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

public class ChangeEmailViewModel
{
    public string? CurrentEmail { get; set; }
    public string? Email { get; set; }
}

/// <summary>The token of an e-mail link, carried from the page the link opens to the button that uses it.</summary>
public class EmailLinkViewModel
{
    public string? UserId { get; set; }
    public string? Email { get; set; }
    public string? Code { get; set; }
}

public class SetUpAuthenticatorViewModel
{
    /// <summary>The key in groups of four, for people who type it into their app.</summary>
    public string SharedKey { get; set; } = string.Empty;

    /// <summary>The otpauth URI as an SVG QR code in a data URI (no script, no request to another site).</summary>
    public string QrCodeDataUri { get; set; } = string.Empty;

    public string? Code { get; set; }
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
