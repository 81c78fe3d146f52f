using CoachRegister.Data.Identity;
using CoachRegister.Domain.People;
using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Account;

public partial class AccountController
{
    [AllowAnonymous]
    [HttpGet("register")]
    public async Task<IActionResult> Register() => View(await WithChoicesAsync(new RegisterViewModel()));

    [AllowAnonymous]
    [HttpPost("register")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> Register(RegisterViewModel model, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await WithChoicesAsync(model));
        }

        var email = model.Email!.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // Same page as a new registration so the form never reveals who has an account; the owner is told by e-mail.
            var owner = await db.People.FindAsync([existing.PersonId], ct);
            await emails.QueueAlreadyRegisteredAsync(existing.Email!, owner?.GivenName ?? string.Empty, owner?.PreferredLanguage ?? Language(), ct);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Registration with the address of existing user {UserId}; the owner was told", existing.Id);
            return RedirectToAction(nameof(Registered));
        }

        var lineManagerEmail = model.LineManagerEmail?.Trim();
        var lineManagerId = string.IsNullOrEmpty(lineManagerEmail)
            ? (Guid?)null
            : await db.People.Where(p => p.Email == lineManagerEmail).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);

        // A person the register already knows (named as someone's line manager, or imported as a coach) gets
        // the account; the e-mail confirmation proves the address is theirs before anyone can sign in. Until
        // then nothing typed here may change that person's record: anyone can type anyone's address, and a
        // line manager written in by a stranger would open the person's applications to that stranger.
        var person = await db.People.FirstOrDefaultAsync(p => p.Email == email, ct);
        if (person is null)
        {
            person = new Person
            {
                GivenName = model.GivenName!.Trim(),
                FamilyName = model.FamilyName!.Trim(),
                Email = email,
                JobTitle = model.JobTitle!.Trim(),
                OrganisationId = model.OrganisationId,
                ServiceAreaId = model.ServiceAreaId,
                LineManagerId = lineManagerId,
                PreferredLanguage = Language(),
                CreatedAt = time.GetUtcNow(),
            };
            db.People.Add(person);
        }

        var user = new ApplicationUser { UserName = email, Email = email, PersonId = person.Id, Person = person };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, model.Password!);
        if (!created.Succeeded)
        {
            AddErrors(created, nameof(model.Password));
            return View(await WithChoicesAsync(model));
        }

        var staff = await users.AddToRoleAsync(user, Roles.Staff);
        if (!staff.Succeeded)
        {
            throw new InvalidOperationException("The Staff role is missing: " + string.Join("; ", staff.Errors.Select(e => e.Description)));
        }

        await emails.QueueConfirmationAsync(user, person.GivenName, person.PreferredLanguage, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("User {UserId} registered; confirmation e-mail queued", user.Id);
        return RedirectToAction(nameof(Registered));
    }

    [AllowAnonymous]
    [HttpGet("register/check-your-email")]
    public IActionResult Registered() => View();

    private async Task<RegisterViewModel> WithChoicesAsync(RegisterViewModel model)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, Areas = o.ServiceAreas.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToList() })
            .ToListAsync();
        model.Organisations =
        [
            new SelectListItem(t["Select your organisation"], string.Empty),
            .. organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString(), o.Id == model.OrganisationId)),
        ];
        model.ServiceAreas =
        [
            new SelectListItem(t["Select your service area"], string.Empty),
            .. organisations.SelectMany(o =>
            {
                var group = new SelectListGroup { Name = o.Name };
                return o.Areas.Select(s => new SelectListItem(s.Name, s.Id.ToString(), s.Id == model.ServiceAreaId) { Group = group });
            }),
        ];
        return model;
    }
}
