using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.SchemeSettings;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.SchemeAdministrators;

/// <summary>
/// A system admin decides who administers each scheme. Being an administrator of at least one scheme is what
/// the HR admin role means, so the role follows the assignments.
/// </summary>
[Authorize(Roles = Roles.SystemAdmin)]
[Route("admin/schemes")]
public class SchemeAdministratorsController(
    AppDbContext db,
    PortalAccess access,
    UserManager<ApplicationUser> users,
    TimeProvider time,
    IStringLocalizer<SchemeText> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var schemes = await db.Schemes.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.Code }).ToListAsync(ct);
        var administrators = await db.SchemeAdministrators.AsNoTracking()
            .Select(a => new { a.SchemeId, Name = a.Person!.GivenName + " " + a.Person.FamilyName })
            .ToListAsync(ct);
        var rows = new List<SchemeRow>();
        foreach (var scheme in schemes)
        {
            if (await access.MayReadAsync(SchemeAdministrator.Parties(scheme.Id)))
            {
                rows.Add(new SchemeRow(scheme.Id, scheme.Name, scheme.Code, administrators.Where(a => a.SchemeId == scheme.Id).Select(a => a.Name).Order().ToList()));
            }
        }

        return View(new SchemeListViewModel { Schemes = rows });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Administrators(Guid id, string? saved, CancellationToken ct)
    {
        var model = await ViewModelAsync(id, new AddAdministratorInput(), saved, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Administrators(Guid id, AddAdministratorInput input, CancellationToken ct)
    {
        if (!await MayChangeAsync(id, ct))
        {
            return NotFound();
        }

        var email = input.Email?.Trim();
        var user = ModelState.IsValid ? await users.FindByEmailAsync(email!) : null;
        if (ModelState.IsValid && user is null)
        {
            ModelState.AddModelError(nameof(input.Email), t["No account has this e-mail address: the person must register first"]);
        }
        else if (user is not null && await db.SchemeAdministrators.AnyAsync(a => a.SchemeId == id && a.PersonId == user.PersonId, ct))
        {
            ModelState.AddModelError(nameof(input.Email), t["This person already administers the scheme"]);
        }

        if (!ModelState.IsValid)
        {
            return View((await ViewModelAsync(id, input, null, ct))!);
        }

        db.SchemeAdministrators.Add(new SchemeAdministrator { SchemeId = id, PersonId = user!.PersonId, AssignedAt = time.GetUtcNow(), AssignedById = User.FindPersonId() });
        db.AuditEvents.Add(Audit("SchemeAdministratorAssigned", id, user.PersonId));
        await db.SaveChangesAsync(ct);
        if (!await users.IsInRoleAsync(user, Roles.HrAdmin))
        {
            await users.AddToRoleAsync(user, Roles.HrAdmin);
        }

        return RedirectToAction(nameof(Administrators), new { id, saved = "added" });
    }

    [HttpPost("{id:guid}/remove/{personId:guid}")]
    public async Task<IActionResult> Remove(Guid id, Guid personId, CancellationToken ct)
    {
        if (!await MayChangeAsync(id, ct))
        {
            return NotFound();
        }

        var assignment = await db.SchemeAdministrators.FirstOrDefaultAsync(a => a.SchemeId == id && a.PersonId == personId, ct);
        if (assignment is null)
        {
            return NotFound();
        }

        db.SchemeAdministrators.Remove(assignment);
        db.AuditEvents.Add(Audit("SchemeAdministratorRemoved", id, personId));
        await db.SaveChangesAsync(ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId, ct);
        if (user is not null && !await db.SchemeAdministrators.AnyAsync(a => a.PersonId == personId, ct) && await users.IsInRoleAsync(user, Roles.HrAdmin))
        {
            await users.RemoveFromRoleAsync(user, Roles.HrAdmin);
        }

        return RedirectToAction(nameof(Administrators), new { id, saved = "removed" });
    }

    private async Task<bool> MayChangeAsync(Guid schemeId, CancellationToken ct) =>
        await db.Schemes.AnyAsync(s => s.Id == schemeId, ct) && await access.MayChangeAsync(SchemeAdministrator.Parties(schemeId));

    private async Task<SchemeAdministratorsViewModel?> ViewModelAsync(Guid id, AddAdministratorInput input, string? saved, CancellationToken ct)
    {
        var scheme = await db.Schemes.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(ct);
        if (scheme is null || !await access.MayChangeAsync(SchemeAdministrator.Parties(id)))
        {
            return null;
        }

        var assignments = await db.SchemeAdministrators.AsNoTracking()
            .Where(a => a.SchemeId == id)
            .OrderBy(a => a.Person!.FamilyName).ThenBy(a => a.Person!.GivenName)
            .Select(a => new
            {
                a.PersonId,
                Name = a.Person!.GivenName + " " + a.Person.FamilyName,
                a.Person.Email,
                Others = db.SchemeAdministrators.Where(o => o.PersonId == a.PersonId && o.SchemeId != id).Select(o => o.Scheme!.Name).ToList(),
            })
            .ToListAsync(ct);
        return new SchemeAdministratorsViewModel
        {
            SchemeId = id,
            SchemeName = scheme.Name,
            Administrators = assignments.Select(a => new AdministratorRow(a.PersonId, a.Name, a.Email, a.Others)).ToList(),
            Input = input,
            Saved = saved is "added" or "removed" ? saved : null,
        };
    }

    private AuditEvent Audit(string action, Guid schemeId, Guid personId) => new()
    {
        At = time.GetUtcNow(),
        ActorPersonId = User.FindPersonId(),
        Action = action,
        EntityType = nameof(Scheme),
        EntityId = schemeId,
        Detail = personId.ToString(),
    };
}
