using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Development;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.DevelopmentPlan;

/// <summary>
/// The learning and development plan (004 Appendix 6): items with a RAG status and "review and reflect"
/// entries. Both sides edit it; every change keeps what it replaced, and two saves of the same item never
/// overwrite each other silently.
/// </summary>
[Authorize]
[Route("relationships/{id:guid}/plan")]
public class DevelopmentPlanController(
    AppDbContext db,
    PortalAccess access,
    Partnerships partnerships,
    SchemeClock clock,
    IStringLocalizer<CoachingText> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.DevelopmentPlan, ct);
        if (p is null)
        {
            return NotFound();
        }

        return View(await ViewModelAsync(p, new PlanItemInput { Date = clock.Today, Rag = RagStatus.Amber }, null, null, ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, PlanItemInput input, CancellationToken ct)
    {
        var p = await partnerships.ChangeableAsync(id, RecordKind.DevelopmentPlan, ct);
        if (p is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.DevelopmentPlanItems.Add(DevelopmentPlanItem.Add(id, TextFrom(input), User.GetPersonId(), clock.Now));
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Index), new { id });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.Topic), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        return View(await ViewModelAsync(p, input, null, null, ct));
    }

    [HttpGet("{itemId:guid}")]
    public async Task<IActionResult> Item(Guid id, Guid itemId, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.DevelopmentPlan, ct);
        if (p is null
            || await db.DevelopmentPlanItems.AsNoTracking().Include(i => i.History).FirstOrDefaultAsync(i => i.Id == itemId && i.MatchId == id, ct) is not { } item)
        {
            return NotFound();
        }

        return View("Index", await ViewModelAsync(p, InputFrom(item), item, null, ct));
    }

    [HttpPost("{itemId:guid}")]
    public async Task<IActionResult> Item(Guid id, Guid itemId, PlanItemInput input, CancellationToken ct)
    {
        var p = await partnerships.ChangeableAsync(id, RecordKind.DevelopmentPlan, ct);
        if (p is null
            || await db.DevelopmentPlanItems.Include(i => i.History).FirstOrDefaultAsync(i => i.Id == itemId && i.MatchId == id, ct) is not { } item)
        {
            return NotFound();
        }

        if (input.Stamp != item.ConcurrencyStamp)
        {
            return await ShowConflictAsync(p, input, item, ct);
        }

        if (ModelState.IsValid)
        {
            try
            {
                item.Update(TextFrom(input), User.GetPersonId(), clock.Now);
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Index), new { id });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.Topic), CoachingRuleMessages.For(broken.Rule, t));
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var saved = await db.DevelopmentPlanItems.AsNoTracking().Include(i => i.History).SingleAsync(i => i.Id == itemId, ct);
                return await ShowConflictAsync(p, input, saved, ct);
            }
        }

        db.ChangeTracker.Clear();
        return View("Index", await ViewModelAsync(p, input, item, null, ct));
    }

    private async Task<IActionResult> ShowConflictAsync(Partnership p, PlanItemInput input, DevelopmentPlanItem saved, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, t["This item was changed by someone else while you were editing it. Your text is kept in the form below and what is saved now is shown beside each field: merge the two and save again."]);
        input.Stamp = saved.ConcurrencyStamp;
        db.ChangeTracker.Clear();
        return View("Index", await ViewModelAsync(p, input, saved, saved.Text, ct));
    }

    private async Task<PlanViewModel> ViewModelAsync(Partnership p, PlanItemInput input, DevelopmentPlanItem? editing, PlanItemText? saved, CancellationToken ct) => new()
    {
        Partnership = p,
        Items = await db.DevelopmentPlanItems.AsNoTracking().Where(i => i.MatchId == p.Id).OrderBy(i => i.IsReviewEntry).ThenBy(i => i.Date).ThenBy(i => i.Id).ToListAsync(ct),
        Names = new Dictionary<Guid, string> { [p.Coach.Id] = p.Coach.FullName, [p.Coachee.Id] = p.Coachee.FullName },
        Input = input,
        Editing = editing,
        Saved = saved,
        MayChange = await access.MayChangeAsync(p.Parties.For(RecordKind.DevelopmentPlan)),
    };

    private PlanItemText TextFrom(PlanItemInput i) =>
        new(i.Date!.Value, i.IsReviewEntry ? (TextInput.Clean(i.Topic) ?? t["Review and reflect"]) : i.Topic!, TextInput.Clean(i.Outcome), TextInput.Clean(i.Actions), i.CompleteBy, i.Rag!.Value, i.IsReviewEntry);

    private static PlanItemInput InputFrom(DevelopmentPlanItem item) => new()
    {
        Stamp = item.ConcurrencyStamp,
        Date = item.Date,
        Topic = item.Topic,
        Outcome = item.Outcome,
        Actions = item.Actions,
        CompleteBy = item.CompleteBy,
        Rag = item.Rag,
        IsReviewEntry = item.IsReviewEntry,
    };
}
