using CoachRegister.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

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

    public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];

    /// <summary>Service areas grouped by organisation (option groups), so the list works without JavaScript.</summary>
    public IReadOnlyList<SelectListItem> ServiceAreas { get; set; } = [];
}

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
            .EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.LineManagerEmail)).WithMessage(t["Enter the line manager's e-mail address in the right format, like name@example.org, or leave it blank"]);
        RuleFor(x => x.Password).NewPassword(t);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(t["The passwords do not match"]);
    }
}

/// <summary>
/// The line manager's address given at registration, kept as an Identity user token until the account's own
/// address is confirmed, then looked up and recorded on the person (or reported as not found) and removed.
/// </summary>
public static class PendingLineManager
{
    public const string LoginProvider = "[CoachRegister:Registration]";
    public const string Name = "LineManagerEmail";
}
