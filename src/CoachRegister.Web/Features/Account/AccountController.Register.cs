using CoachRegister.Data.Identity;
using CoachRegister.Domain.People;
using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Account;

public partial class AccountController
{
    [AllowAnonymous]
    [HttpGet("register")]
    public async Task<IActionResult> Register(string? invitation, CancellationToken ct)
    {
        // The link of HR's invitation fills in the address and organisation it was sent for.
        var invited = await whoMayRegister.InvitationAsync(invitation, ct);
        var model = invited is not null && invited.IsOpen(time.GetUtcNow())
            ? new RegisterViewModel { Email = invited.Email, OrganisationId = invited.OrganisationId, Invitation = invitation }
            : new RegisterViewModel();
        return View(await WithChoicesAsync(model));
    }

    [AllowAnonymous]
    [HttpPost("register")]
    [EnableRateLimiting(AccountsExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> Register(RegisterViewModel model, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await WithChoicesAsync(model));
        }

        // The password rules are checked before anything else and against the typed names only, so the answer
        // (errors, or the check-your-email page) never depends on whether the address has an account.
        var email = model.Email!.Trim();
        var candidate = new ApplicationUser
        {
            UserName = email,
            Email = email,
            Person = new Person { GivenName = model.GivenName!.Trim(), FamilyName = model.FamilyName!.Trim(), Email = email },
        };
        if (await PasswordProblemsAsync(candidate, model.Password!) is { Succeeded: false } refused)
        {
            AddErrors(refused, nameof(model.Password));
            return View(await WithChoicesAsync(model));
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // Same page as a new registration so the form never reveals who has an account; the owner is told by
            // e-mail. Creating an account is most of the time a new registration takes (hashing, several writes),
            // so the same account is made for a stand-in address and rolled back: the answer takes as long.
            await using (var rehearsal = await db.Database.BeginTransactionAsync(ct))
            {
                await CreateAccountAsync(model, $"{Guid.NewGuid():N}@registration.invalid", ct);
                await rehearsal.RollbackAsync(ct);
            }

            db.ChangeTracker.Clear();
            var owner = await db.People.FindAsync([existing.PersonId], ct);
            await emails.QueueAlreadyRegisteredAsync(existing.Email!, owner?.GivenName ?? string.Empty, owner?.PreferredLanguage ?? Language(), ct);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Registration with the address of existing user {UserId}; the owner was told", existing.Id);
            return RedirectToAction(nameof(Registered));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (user, created) = await CreateAccountAsync(model, email, ct);
        if (!created.Succeeded)
        {
            AddErrors(created, nameof(model.Password));
            return View(await WithChoicesAsync(model));
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("User {UserId} registered; confirmation e-mail queued", user.Id);
        return RedirectToAction(nameof(Registered));
    }

    /// <summary>
    /// Creates the account (and the person, unless the register already knows the address) with the Staff role,
    /// keeps the line manager's address for after confirmation, and queues the confirmation e-mail, saving
    /// inside the caller's transaction.
    /// </summary>
    private async Task<(ApplicationUser User, IdentityResult Result)> CreateAccountAsync(RegisterViewModel model, string email, CancellationToken ct)
    {
        // A person the register already knows (named as someone's line manager, or imported as a coach) gets
        // the account; the e-mail confirmation proves the address is theirs before anyone can sign in. Until
        // then nothing typed here may change that person's record: anyone can type anyone's address, and a
        // line manager written in by a stranger would open the person's applications to that stranger. The
        // line manager's address is only looked up once the address is confirmed (see ConfirmEmail): looked
        // up here, the form would tell an anonymous visitor who is in the register.
        var person = await db.People.FirstOrDefaultAsync(p => p.Email == email, ct);
        var newPerson = person is null;
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
                PreferredLanguage = Language(),
                CreatedAt = time.GetUtcNow(),
            };
            db.People.Add(person);
        }

        var user = new ApplicationUser { UserName = email, Email = email, PersonId = person.Id, Person = person };
        var created = await users.CreateAsync(user, model.Password!);
        if (!created.Succeeded)
        {
            return (user, created);
        }

        var staff = await users.AddToRoleAsync(user, Roles.Staff);
        if (!staff.Succeeded)
        {
            throw new InvalidOperationException("The Staff role is missing: " + string.Join("; ", staff.Errors.Select(e => e.Description)));
        }

        // Not for the stand-in address of a rehearsal: that invitation stays open for its own address.
        if (await whoMayRegister.InvitationAsync(model.Invitation, ct) is { } invitation && invitation.IsOpenFor(email, time.GetUtcNow()))
        {
            invitation.Accept(email, time.GetUtcNow());
        }

        var lineManagerEmail = model.LineManagerEmail?.Trim();
        if (newPerson && !string.IsNullOrEmpty(lineManagerEmail))
        {
            db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = PendingLineManager.LoginProvider, Name = PendingLineManager.Name, Value = lineManagerEmail });
        }

        await emails.QueueConfirmationAsync(user, person.GivenName, person.PreferredLanguage, ct);
        await db.SaveChangesAsync(ct);
        return (user, created);
    }

    [AllowAnonymous]
    [HttpGet("register/check-your-email")]
    public IActionResult Registered() => View();

    private async Task<IdentityResult> PasswordProblemsAsync(ApplicationUser candidate, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, candidate, password)).Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private async Task<RegisterViewModel> WithChoicesAsync(RegisterViewModel model)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, Areas = o.ServiceAreas.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToList() })
            .ToListAsync();
        model.Organisations =
        [
            new SelectOption(string.Empty, t["Select your organisation"], model.OrganisationId is null),
            .. organisations.Select(o => new SelectOption(o.Id.ToString(), o.Name, o.Id == model.OrganisationId)),
        ];
        model.ServiceAreas =
        [
            new SelectOption(string.Empty, t["Select your service area"], model.ServiceAreaId is null),
            .. organisations.SelectMany(o => o.Areas.Select(s => new SelectOption(s.Id.ToString(), s.Name, s.Id == model.ServiceAreaId, o.Name))),
        ];
        return model;
    }
}
