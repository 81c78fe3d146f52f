using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.SchemeSettings;

/// <summary>
/// The schemes an HR admin administers, and each scheme's settings: first of all which partner schemes'
/// staff may browse its register (without an opening, staff see only their own scheme's coaches).
/// </summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/schemes")]
public class SchemeSettingsController(AppDbContext db, PortalAccess access, TimeProvider time, IStringLocalizer<SchemeText> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var schemes = await db.Schemes.AsNoTracking()
            .AdministeredBy(await access.AskerAsync())
            .OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Code, OpenTo = s.RegisterOpenings.Select(o => o.PartnerScheme!.Name).ToList() })
            .ToListAsync(ct);
        return View(new SchemeSettingsListViewModel
        {
            Schemes = schemes.Select(s => new AdministeredScheme(s.Id, s.Name, s.Code, s.OpenTo.Order().ToList())).ToList(),
        });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Sharing(Guid id, bool saved, CancellationToken ct)
    {
        var scheme = await SchemeAsync(id, ct);
        return scheme is null ? NotFound() : View(await ViewModelAsync(scheme, new RegisterSharingInput
        {
            OpenTo = scheme.RegisterOpenings.Select(o => o.PartnerSchemeId).ToList(),
            ConcurrencyStamp = scheme.ConcurrencyStamp,
        }, saved, ct));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Sharing(Guid id, RegisterSharingInput input, CancellationToken ct)
    {
        var scheme = await SchemeAsync(id, ct);
        if (scheme is null)
        {
            return NotFound();
        }

        var partners = input.OpenTo.Distinct().ToList();
        if (partners.Contains(id) || await db.Schemes.CountAsync(s => partners.Contains(s.Id), ct) != partners.Count)
        {
            ModelState.AddModelError(nameof(input.OpenTo), t["Choose partner schemes from the list"]);
        }

        if (!ModelState.IsValid)
        {
            return View(await ViewModelAsync(scheme, input, saved: false, ct));
        }

        db.Entry(scheme).Property(s => s.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
        scheme.OpenRegisterTo(partners, User.FindPersonId(), time.GetUtcNow());
        db.AuditEvents.Add(new AuditEvent
        {
            At = time.GetUtcNow(),
            ActorPersonId = User.FindPersonId(),
            Action = "SchemeRegisterSharingChanged",
            EntityType = nameof(Scheme),
            EntityId = id,
            Detail = string.Join(",", partners),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["Someone else changed these settings while you were looking at them. Check them and save again."]);
            var current = (await SchemeAsync(id, ct))!;
            input.ConcurrencyStamp = current.ConcurrencyStamp;
            return View(await ViewModelAsync(current, input, saved: false, ct));
        }

        return RedirectToAction(nameof(Sharing), new { id, saved = true });
    }

    /// <summary>The scheme with its openings, when the signed-in HR admin may change its settings.</summary>
    private async Task<Scheme?> SchemeAsync(Guid id, CancellationToken ct)
    {
        var scheme = await db.Schemes.Include(s => s.RegisterOpenings).FirstOrDefaultAsync(s => s.Id == id, ct);
        return scheme is not null && await access.MayChangeAsync(scheme.AccessParties()) ? scheme : null;
    }

    private async Task<RegisterSharingViewModel> ViewModelAsync(Scheme scheme, RegisterSharingInput input, bool saved, CancellationToken ct)
    {
        var others = await db.Schemes.AsNoTracking().Where(s => s.Id != scheme.Id).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var openedToThis = await db.RegisterOpenings.AsNoTracking().Where(o => o.PartnerSchemeId == scheme.Id)
            .Join(db.Schemes, o => o.SchemeId, s => s.Id, (o, s) => s.Name).OrderBy(n => n).ToListAsync(ct);
        return new RegisterSharingViewModel
        {
            SchemeId = scheme.Id,
            SchemeName = scheme.Name,
            OtherSchemes = others.Select(s => new Choice(s.Id.ToString(), s.Name)).ToList(),
            OpenedToThisScheme = openedToThis,
            Input = input,
            Saved = saved,
        };
    }
}
