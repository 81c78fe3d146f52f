using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrMatching;

/// <summary>
/// The scheme team's queue of supported requests, oldest first, and for each request its suggested coaches with
/// the reasons in words, the named coaches who cannot be matched and why, and the two decisions: propose a coach
/// or put the request on the waiting list. Only requests of the schemes the person administers, through the
/// access policy.
/// </summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/matching")]
public class HrMatchingController(
    AppDbContext db,
    PortalAccess access,
    SuggestionPageReader pages,
    WaitlistWatch waitlist,
    Matchmaker matchmaker,
    MatchingMail mail,
    TimeProvider time,
    IStringLocalizer<MatchingText> t) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(QueueStage stage, int page, CancellationToken ct)
    {
        var supported = db.MatchRequests.AsNoTracking().SupportedInSchemesOf(await access.AskerAsync());
        var counts = await supported.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var statuses = StatusesOf(stage);
        var query = supported.Where(r => statuses.Contains(r.Status));
        var total = await query.CountAsync(ct);
        var pageCount = Pagination.PageCountFor(total, PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query
            .OrderBy(r => r.LineManagerRespondedAt).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(r => new
            {
                r.Id,
                Name = r.Requester!.GivenName + " " + r.Requester.FamilyName,
                Organisation = r.Requester.Organisation!.Name,
                SchemeName = r.Scheme!.Name,
                r.Wanted,
                r.Status,
                OpenMatch = r.Matches.Where(m => Match.OpenProposal.Contains(m.Status)).Select(m => (MatchStatus?)m.Status).FirstOrDefault(),
                r.LineManagerRespondedAt,
            })
            .ToListAsync(ct);
        var eligible = stage == QueueStage.Waitlisted ? await waitlist.EligibleCountsAsync(rows.Select(r => r.Id).ToList(), ct) : null;
        var now = time.GetUtcNow();
        return View(new QueuePage
        {
            Stage = stage,
            Total = total,
            Pages = new Pagination(page, pageCount, p => Url.Action(nameof(Index), new { stage, page = p })!),
            Counts = Enum.GetValues<QueueStage>().ToDictionary(s => s, s => counts.Where(c => StatusesOf(s).Contains(c.Key)).Sum(c => c.Count)),
            Rows = rows.Select(r => new QueueRow(
                r.Id, r.Name, r.Organisation, r.SchemeName, r.Wanted, r.Status, r.OpenMatch, r.LineManagerRespondedAt,
                r.LineManagerRespondedAt is { } at ? Math.Max(0, (int)(now - at).TotalDays) : 0,
                eligible?.GetValueOrDefault(r.Id))).ToList(),
        });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, int page, CancellationToken ct)
    {
        var request = await SupportedAsync(id, tracked: false, ct);
        return request is null || !await access.MayReadAsync(request.AccessParties())
            ? NotFound()
            : View(await PageAsync(request, page, null, ct));
    }

    [HttpPost("{id:guid}/propose")]
    public async Task<IActionResult> Propose(Guid id, ProposeInput input, CancellationToken ct)
    {
        var request = await SupportedAsync(id, tracked: true, ct);
        if (request is null || !await access.MayChangeAsync(request.AccessParties()))
        {
            return NotFound();
        }

        var me = User.GetPersonId();
        Match? match = null;
        if (ModelState.IsValid)
        {
            // The request as the page showed it: a change since (another admin, a withdrawal) is a conflict.
            db.Entry(request).Property(r => r.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
            try
            {
                match = await matchmaker.ProposeAsync(request, input.Coach!.Value, request.Scheme!.Matching, me, ct);
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(HrRequestPage.Coach), MatchingMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Details), await PageAsync(request, 1, input.Coach, ct));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(HrRequestPage.Coach), Matchmaker.LostPlaceRace(conflict)
                ? t["That coach's last place was taken a moment ago by another proposal. Choose another coach."]
                : t["Someone else changed this request while you were looking at it: it may have been matched or withdrawn. Check it again."]);
            var fresh = (await SupportedAsync(id, tracked: false, ct))!;
            return View(nameof(Details), await PageAsync(fresh, 1, input.Coach, ct));
        }

        TempData.Success(t["Proposal sent to {0}. They have until {1} to answer.", (await mail.CoachAsync(match!.CoachProfileId, ct))!.Name,
            match.RespondBy!.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture)]);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/waitlist")]
    public async Task<IActionResult> Waitlist(Guid id, WaitlistInput input, CancellationToken ct)
    {
        var request = await SupportedAsync(id, tracked: true, ct);
        if (request is null || !await access.MayChangeAsync(request.AccessParties()))
        {
            return NotFound();
        }

        var me = User.GetPersonId();
        if (ModelState.IsValid)
        {
            db.Entry(request).Property(r => r.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
            try
            {
                request.Waitlist(me, input.WaitlistReason!, time.GetUtcNow());
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(HrRequestPage.WaitlistReason), MatchingMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            var page = await PageAsync(request, 1, null, ct);
            page.WaitlistReason = input.WaitlistReason;
            return View(nameof(Details), page);
        }

        mail.Audit("MatchRequestWaitlisted", nameof(MatchRequest), request.Id, me, request.WaitlistReason);
        await mail.RequestNewsAsync((await mail.RecipientAsync(request.RequesterId, ct))!, request, RequestNews.Waitlisted, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(HrRequestPage.WaitlistReason), t["Someone else changed this request while you were looking at it: it may have been matched or withdrawn. Check it again."]);
            var page = await PageAsync((await SupportedAsync(id, tracked: false, ct))!, 1, null, ct);
            page.WaitlistReason = input.WaitlistReason;
            return View(nameof(Details), page);
        }

        TempData.Success(t["The request is on the waiting list and the requester has been told why"]);
        return RedirectToAction(nameof(Details), new { id });
    }

    private static MatchRequestStatus[] StatusesOf(QueueStage stage) => stage switch
    {
        QueueStage.Waitlisted => [MatchRequestStatus.Waitlisted],
        QueueStage.Proposed => [MatchRequestStatus.Proposed],
        QueueStage.Matched => [MatchRequestStatus.Matched],
        _ => [MatchRequestStatus.AwaitingMatch],
    };

    /// <summary>A request of the person's schemes that its line manager supported.</summary>
    private async Task<MatchRequest?> SupportedAsync(Guid id, bool tracked, CancellationToken ct) =>
        await pages.SupportedAsync(await access.AskerAsync(), id, tracked, ct);

    private async Task<HrRequestPage> PageAsync(MatchRequest request, int page, Guid? chosen, CancellationToken ct)
    {
        var canAct = request.Status is MatchRequestStatus.AwaitingMatch or MatchRequestStatus.Waitlisted && await access.MayChangeAsync(request.AccessParties());
        var facts = await pages.ReadAsync(request, canAct, page, ct);
        var shown = facts.Shown;
        var preferred = shown.FirstOrDefault(s => s.Choice is not null)?.Coach.ProfileId ?? (shown.Count > 0 ? shown[0].Coach.ProfileId : null);
        return new HrRequestPage
        {
            Summary = facts.Summary,
            AgeInDays = request.LineManagerRespondedAt is { } at ? Math.Max(0, (int)(time.GetUtcNow() - at).TotalDays) : 0,
            Matches = facts.Matches.Select(m => new MatchHistoryRow(m.Id, m.CoachName, m.Status, m.CreatedAt, m.RespondBy, m.EndReason,
                m.Status == MatchStatus.Declined && (m.CoachWantsToGoOn == false || m.CoacheeWantsToGoOn == false)
                    ? (m.CoachWantsToGoOn == false ? m.CoachName : facts.Summary.RequesterName)
                    : null)).ToList(),
            Suggestions = shown.Select(s => new SuggestionRow(
                s.Coach.ProfileId,
                facts.Names.TryGetValue(s.Coach.ProfileId, out var p) ? p.Name : "",
                p?.JobTitle,
                p?.Organisation,
                s.Score.Total,
                s.Score.Parts.Select(MatchingLabels.Part).ToList(),
                s.Choice,
                s.Coach.PlacesLeft,
                s.Coach.Capacity)).ToList(),
            EligibleCount = facts.EligibleCount,
            SuggestionPages = new Pagination(facts.Page, facts.PageCount, n => Url.Action(nameof(Details), new { id = request.Id, page = n })!),
            IneligiblePreferences = facts.IneligiblePreferences.Select(i => new IneligibleRow(
                i.Choice,
                facts.Names.TryGetValue(i.ProfileId, out var p) ? p.Name : t["A coach no longer on the register"],
                MatchEligibility.Each(i.Reasons).Select(r => t[MatchingLabels.Reason(r)].Value).ToList())).ToList(),
            CanAct = canAct,
            ConcurrencyStamp = request.ConcurrencyStamp,
            Coach = chosen ?? preferred,
        };
    }
}
