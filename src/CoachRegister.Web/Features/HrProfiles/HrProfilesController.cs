using CoachRegister.Data.Identity;
using CoachRegister.Data;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Concurrency;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrProfiles;

/// <summary>
/// HR's view of every profile of the schemes they administer, whatever its status, to pause and un-pause. A
/// paused profile is hidden from staff but kept, with its matches and history: nothing is deleted here.
/// </summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/profiles")]
public class HrProfilesController(AppDbContext db, PortalAccess access, TimeProvider time, IStringLocalizer<RegisterText> t) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page, CancellationToken ct)
    {
        var query = db.CoachProfiles.AsNoTracking().AdministeredBy(await access.AskerAsync());
        if (!string.IsNullOrWhiteSpace(q) && q.Length <= 200)
        {
            var pattern = TextInput.LikePattern(q);
            query = query.Where(p => EF.Functions.Like(p.Person!.GivenName + " " + p.Person.FamilyName, pattern, "\\")
                || EF.Functions.Like(p.Person.Email, pattern, "\\"));
        }

        var total = await query.CountAsync(ct);
        var pageCount = Pagination.PageCountFor(total, PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await Rows(query.OrderBy(p => p.Person!.FamilyName).ThenBy(p => p.Person!.GivenName).ThenBy(p => p.Id))
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return View(new ProfileListViewModel
        {
            Q = q,
            Total = total,
            Rows = rows,
            Pages = new Pagination(page, pageCount, p => Url.Action(nameof(Index), new { q, page = p })!),
        });
    }

    [HttpGet("{id:guid}/pause")]
    public async Task<IActionResult> Pause(Guid id, CancellationToken ct)
    {
        var profile = await AdministeredAsync(id, ct);
        return profile is null ? NotFound() : View(new PauseViewModel { Profile = await RowAsync(id, ct), Input = new PauseInput() });
    }

    [HttpPost("{id:guid}/pause")]
    public async Task<IActionResult> Pause(Guid id, PauseInput input, CancellationToken ct)
    {
        var profile = await AdministeredAsync(id, ct);
        if (profile is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new PauseViewModel { Profile = await RowAsync(id, ct), Input = input });
        }

        // Pausing gives the same result whatever the coach changed meanwhile (a confirmation, a photo): retried on a conflict.
        var paused = await db.RetryOnConflictAsync(async () =>
        {
            var current = await AdministeredAsync(id, ct);
            if (current is null || current.Status == ProfileStatus.Withdrawn)
            {
                return null;
            }

            current.Pause(input.Reason!.Trim(), User.FindPersonId(), time.GetUtcNow());
            db.AuditEvents.Add(Audit("RegisterProfilePaused", current.Id, current.PausedReason));
            await db.SaveChangesAsync(ct);
            return current;
        }, ct);
        if (paused is null)
        {
            return NotFound();
        }

        TempData.Success(t["The profile of {0} is paused.", (await RowAsync(id, ct)).Name]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/unpause")]
    public async Task<IActionResult> Unpause(Guid id, CancellationToken ct)
    {
        var profile = await AdministeredAsync(id, ct);
        if (profile is null)
        {
            return NotFound();
        }

        var unpaused = await db.RetryOnConflictAsync(async () =>
        {
            var current = await AdministeredAsync(id, ct);
            if (current?.Status != ProfileStatus.Paused)
            {
                return false;
            }

            db.AuditEvents.Add(Audit("RegisterProfileUnpaused", current.Id, current.PausedReason));
            current.Unpause(User.FindPersonId(), time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);
        if (unpaused)
        {
            TempData.Success(t["The profile of {0} is no longer paused.", (await RowAsync(id, ct)).Name]);
        }

        return RedirectToAction(nameof(Index));
    }

    /// <summary>The profile, when the signed-in HR admin may change it (their scheme's), with what un-pausing needs.</summary>
    private async Task<CoachProfile?> AdministeredAsync(Guid id, CancellationToken ct)
    {
        var profile = await db.CoachProfiles.Include(p => p.Areas).FirstOrDefaultAsync(p => p.Id == id, ct);
        return profile is not null && await access.MayChangeAsync(profile.AccessParties()) ? profile : null;
    }

    private Task<ProfileRow> RowAsync(Guid id, CancellationToken ct) =>
        Rows(db.CoachProfiles.AsNoTracking().Where(p => p.Id == id)).FirstAsync(ct);

    private static IQueryable<ProfileRow> Rows(IQueryable<CoachProfile> profiles) => profiles.Select(p => new ProfileRow
    {
        Id = p.Id,
        Name = p.Person!.GivenName + " " + p.Person.FamilyName,
        Email = p.Person.Email,
        SchemeName = p.Scheme!.Name,
        Offers = p.Offers,
        Status = p.Status,
        PausedReason = p.PausedReason,
        LastConfirmedOn = p.LastConfirmedOn,
    });

    private AuditEvent Audit(string action, Guid profileId, string? detail) => new()
    {
        At = time.GetUtcNow(),
        ActorPersonId = User.FindPersonId(),
        Action = action,
        EntityType = nameof(CoachProfile),
        EntityId = profileId,
        Detail = detail,
    };
}
