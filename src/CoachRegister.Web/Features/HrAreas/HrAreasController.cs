using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrAreas;

/// <summary>
/// The coaching areas are HR's data: added, renamed (in English and Welsh) and retired. A retired area stays
/// on the profiles and applications that name it, so history reads the same; it is only no longer offered.
/// </summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/areas")]
public class HrAreasController(AppDbContext db, PortalAccess access, IStringLocalizer<RegisterText> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await access.MayChangeAsync(CoachingArea.AccessParties) ? View(await ListAsync(new AreaInput(), ct)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(AreaInput input, CancellationToken ct)
    {
        if (!await access.MayChangeAsync(CoachingArea.AccessParties))
        {
            return NotFound();
        }

        await CheckUniqueAsync(input, null, ct);
        if (!ModelState.IsValid)
        {
            return View(await ListAsync(input, ct));
        }

        db.CoachingAreas.Add(new CoachingArea
        {
            Name = input.Name!.Trim(),
            NameWelsh = TextInput.Clean(input.NameWelsh),
            SortOrder = ParseOrder(input.SortOrder),
            IsActive = true,
        });
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var area = await db.CoachingAreas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return area is null || !await access.MayChangeAsync(CoachingArea.AccessParties) ? NotFound() : View(new EditAreaViewModel
        {
            Id = id,
            Input = new AreaInput { Name = area.Name, NameWelsh = area.NameWelsh, SortOrder = area.SortOrder.ToString(CultureInfo.InvariantCulture), IsActive = area.IsActive },
        });
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, AreaInput input, CancellationToken ct)
    {
        var area = await db.CoachingAreas.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null || !await access.MayChangeAsync(CoachingArea.AccessParties))
        {
            return NotFound();
        }

        await CheckUniqueAsync(input, id, ct);
        if (!ModelState.IsValid)
        {
            return View(new EditAreaViewModel { Id = id, Input = input });
        }

        area.Name = input.Name!.Trim();
        area.NameWelsh = TextInput.Clean(input.NameWelsh);
        area.SortOrder = ParseOrder(input.SortOrder);
        area.IsActive = input.IsActive;
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Index));
    }

    private async Task CheckUniqueAsync(AreaInput input, Guid? except, CancellationToken ct)
    {
        var name = input.Name?.Trim();
        if (!string.IsNullOrEmpty(name) && await db.CoachingAreas.AnyAsync(a => a.Name == name && a.Id != except, ct))
        {
            ModelState.AddModelError(nameof(input.Name), t["There is already an area with this name"]);
        }
    }

    private async Task<AreasViewModel> ListAsync(AreaInput input, CancellationToken ct) => new()
    {
        Areas = await db.CoachingAreas.AsNoTracking().OrderByDescending(a => a.IsActive).ThenBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new AreaRow { Id = a.Id, Name = a.Name, NameWelsh = a.NameWelsh, SortOrder = a.SortOrder, IsActive = a.IsActive })
            .ToListAsync(ct),
        NewArea = input,
    };

    private static int ParseOrder(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
