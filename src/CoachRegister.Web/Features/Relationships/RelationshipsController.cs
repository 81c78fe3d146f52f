using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>
/// The one page of a partnership for each of its two sides, the list of a person's partnerships, the review and
/// the ending. The line manager and HR never open these pages: they have their own, with what they may see.
/// </summary>
[Authorize]
[Route("relationships")]
public class RelationshipsController(
    AppDbContext db,
    PortalAccess access,
    Partnerships partnerships,
    RelationshipPageService pages,
    PartnershipEvents events,
    SchemeClock clock,
    IStringLocalizer<CoachingText> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var asker = await access.AskerAsync();
        var me = asker.PersonId;
        var mine = await db.Matches.AsNoTracking().Involving(asker)
            .Where(m => Match.InRelationship.Contains(m.Status))
            .OrderByDescending(m => m.CreatedAt)
            .Select(m => new RelationshipListRow(
                m.Id,
                m.CoacheeId == me ? m.Coach!.Person!.GivenName + " " + m.Coach.Person.FamilyName : m.Coachee!.GivenName + " " + m.Coachee.FamilyName,
                m.CoacheeId == me ? PartnershipSide.Coachee : PartnershipSide.Coach,
                m.Kind,
                m.Status,
                m.StartedOn))
            .ToListAsync(ct);
        var toConfirm = await db.ThreeWayConfirmations.AsNoTracking()
            .Where(c => c.LineManagerId == me)
            .Join(db.Matches, c => c.MatchId, m => m.Id, (c, m) => new ThreeWayInvitationRow(m.Id, m.Coachee!.GivenName + " " + m.Coachee.FamilyName, c.InvitedAt, c.ConfirmedAt != null))
            .ToListAsync(ct);
        return View(new RelationshipsIndex(mine, toConfirm));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken ct)
    {
        if (await OneSideAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        return View(await pages.BuildAsync(found.Partnership, found.Side, ct));
    }

    [HttpPost("{id:guid}/review")]
    public async Task<IActionResult> Review(Guid id, ReviewInput input, CancellationToken ct)
    {
        if (await OneSideAsync(id, ct) is not { } found || !await access.MayChangeAsync(found.Partnership.Parties.For(RecordKind.PartnershipReview)))
        {
            return NotFound();
        }

        if (!found.Partnership.IsOpen)
        {
            ModelState.AddModelError(string.Empty, t["This partnership has ended, so it can no longer be changed"]);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Show), await pages.BuildAsync(found.Partnership, found.Side, ct));
        }

        var now = clock.Now;
        var reviews = await db.PartnershipReviews.Where(r => r.MatchId == id && r.CompletedAt == null).ToListAsync(ct);
        if (!await db.PartnershipReviews.AnyAsync(r => r.MatchId == id && r.Reason == ReviewReason.ReviewPoint, ct))
        {
            var point = PartnershipReview.Raise(id, ReviewReason.ReviewPoint, now);
            db.PartnershipReviews.Add(point);
            reviews.Add(point);
        }

        foreach (var review in reviews)
        {
            review.Complete(User.GetPersonId(), input.Outcome!.Value, now);
        }

        await db.SaveChangesAsync(ct);
        return input.Outcome switch
        {
            ReviewOutcome.End => RedirectToAction(nameof(End), new { id }),
            ReviewOutcome.ChangeTheAgreement => RedirectToAction("Edit", "Agreements", new { id }),
            _ => RedirectToAction(nameof(Show), new { id }),
        };
    }

    [HttpGet("{id:guid}/end")]
    public async Task<IActionResult> End(Guid id, CancellationToken ct)
    {
        if (await OneSideAsync(id, ct) is not { } found || !await access.MayChangeAsync(found.Partnership.Parties.For(RecordKind.EndingReason)))
        {
            return NotFound();
        }

        return View(new EndViewModel { Partnership = found.Partnership, Input = new EndInput() });
    }

    [HttpPost("{id:guid}/end")]
    public async Task<IActionResult> End(Guid id, EndInput input, CancellationToken ct)
    {
        if (await OneSideAsync(id, ct) is not { } found || !await access.MayChangeAsync(found.Partnership.Parties.For(RecordKind.EndingReason)))
        {
            return NotFound();
        }

        var match = await db.Matches.Include(m => m.History).SingleAsync(m => m.Id == id, ct);
        if (ModelState.IsValid)
        {
            try
            {
                var ending = PartnershipEnding.End(match, User.GetPersonId(), found.Side, input.Category!.Value, TextInput.Clean(input.Reason), clock.Now);
                db.PartnershipEndings.Add(ending);
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.Category), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            return View(new EndViewModel { Partnership = found.Partnership, Input = input });
        }

        await events.PartnershipEndedAsync(found.Partnership, found.Side, ct);
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Show), new { id });
    }

    /// <summary>The partnership, if the signed-in person is one of its two sides (the agreement's readers); else nothing.</summary>
    private async Task<(Partnership Partnership, PartnershipSide Side)?> OneSideAsync(Guid id, CancellationToken ct)
    {
        var partnership = await partnerships.ReadableAsync(id, RecordKind.Agreement, ct);
        if (partnership is null || partnership.SideOf(User.GetPersonId()) is not { } side)
        {
            return null;
        }

        return (partnership, side);
    }
}
