using CoachRegister.Web.Infrastructure.Forms;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrMatching;

/// <summary>A scheme's matching settings (scheme settings in the access matrix: its scheme team changes them).</summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/matching/settings")]
public class HrMatchingSettingsController(AppDbContext db, PortalAccess access, MatchingMail mail, IStringLocalizer<MatchingText> t) : Controller
{
    private const string Folder = "~/Features/HrMatching/Views/Settings/";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var schemes = (await access.AskerAsync()).AdministeredSchemeIds.ToList();
        var links = await db.Schemes.AsNoTracking().Where(s => schemes.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new SchemeLink(s.Id, s.Name)).ToListAsync(ct);
        return links.Count == 1 ? RedirectToAction(nameof(Edit), new { schemeId = links[0].Id }) : View(Folder + "Index.cshtml", links);
    }

    [HttpGet("{schemeId:guid}")]
    public async Task<IActionResult> Edit(Guid schemeId, CancellationToken ct)
    {
        var scheme = await db.Schemes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == schemeId, ct);
        if (scheme is null || !await access.MayChangeAsync(scheme.AccessParties()))
        {
            return NotFound();
        }

        var page = SettingsPage.From(scheme.Matching);
        page.SchemeId = scheme.Id;
        page.SchemeName = scheme.Name;
        page.ConcurrencyStamp = scheme.ConcurrencyStamp;
        return View(Folder + "Edit.cshtml", page);
    }

    [HttpPost("{schemeId:guid}")]
    public async Task<IActionResult> Edit(Guid schemeId, SettingsPage page, CancellationToken ct)
    {
        var scheme = await db.Schemes.FirstOrDefaultAsync(s => s.Id == schemeId, ct);
        if (scheme is null || !await access.MayChangeAsync(scheme.AccessParties()))
        {
            return NotFound();
        }

        page.SchemeId = scheme.Id;
        page.SchemeName = scheme.Name;
        if (ModelState.IsValid)
        {
            db.Entry(scheme).Property(s => s.ConcurrencyStamp).OriginalValue = page.ConcurrencyStamp;
            try
            {
                scheme.Matching.Change(page.Rules(), page.AnswerWithinDays!.Value, page.FirstReminderDay!.Value, page.SecondReminderDay!.Value);
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(page.AnswerWithinDays), MatchingMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            page.ConcurrencyStamp = scheme.ConcurrencyStamp;
            return View(Folder + "Edit.cshtml", page);
        }

        var s = scheme.Matching;
        mail.Audit("MatchingSettingsChanged", "Scheme", scheme.Id, User.GetPersonId(),
            $"same area {s.AllowsSameServiceArea}, other organisation {s.OtherOrganisation}, weights {s.AreasInCommonWeight}/{s.FirstChoiceWeight}/{s.SecondChoiceWeight}/{s.ThirdChoiceWeight}/{s.FormatFitWeight}/{s.OtherOrganisationPreferredWeight}/{s.OtherOrganisationAvoidedWeight}/{s.LoadSpreadingWeight}, answer within {s.AnswerWithinDays} days, reminders on days {s.FirstReminderDay} and {s.SecondReminderDay}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var fresh = (await db.Schemes.AsNoTracking().FirstAsync(x => x.Id == schemeId, ct))!;
            ModelState.AddModelError(string.Empty, t["Someone else changed this scheme's settings while you were editing them. Check them again."]);
            page.ConcurrencyStamp = fresh.ConcurrencyStamp;
            return View(Folder + "Edit.cshtml", page);
        }

        TempData.Success(t["The matching settings of {0} are saved", scheme.Name]);
        return RedirectToAction(nameof(Edit), new { schemeId });
    }
}
