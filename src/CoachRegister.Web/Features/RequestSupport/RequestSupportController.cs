using CoachRegister.Web.Infrastructure.Forms;
using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.RequestSupport;

/// <summary>
/// The line manager's page for a request for a coach or mentor: read the parts the requester shares with them,
/// then support it with the protected time they agree to, or not with a comment. The access policy lets in only
/// the line manager named on the request, once it is sent; the private parts are removed before the page is built.
/// </summary>
[Authorize]
[Route("requests/support")]
public class RequestSupportController(
    AppDbContext db,
    PortalAccess access,
    RequestReader reader,
    MatchingMail mail,
    TimeProvider time,
    IStringLocalizer<MatchingText> t) : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Support(Guid id, CancellationToken ct)
    {
        var request = await SentToMeAsync(id, tracked: false, ct);
        return request is null ? NotFound() : View(await PageAsync(request, new SupportPage(), ct));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Support(Guid id, SupportPage page, CancellationToken ct)
    {
        var request = await SentToMeAsync(id, tracked: true, ct);
        if (request is null)
        {
            return NotFound();
        }

        var me = User.GetPersonId();
        if (ModelState.IsValid)
        {
            try
            {
                request.RespondAsLineManager(me, page.Supports!.Value, page.Supports.Value ? page.ProtectedHoursPerMonth : null, page.Comment, time.GetUtcNow());
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(page.Supports), MatchingMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await PageAsync(request, page, ct));
        }

        var requester = (await mail.RecipientAsync(request.RequesterId, ct))!;
        var manager = (await mail.RecipientAsync(me, ct))!;
        await mail.SupportAnsweredAsync(requester, manager, request, ct);
        mail.Audit(page.Supports!.Value ? "MatchRequestSupported" : "MatchRequestNotSupported", nameof(MatchRequest), request.Id, me,
            page.Supports.Value ? $"{request.ProtectedHoursPerMonth} hours a month" : null);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Answered a moment ago in another tab, or withdrawn by the requester: the other change stands.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(page.Supports), t["This request changed while you were answering it. Check it again."]);
            return View(await PageAsync((await SentToMeAsync(id, tracked: false, ct))!, page, ct));
        }

        TempData.Success(page.Supports.Value ? t["You have supported {0}'s request", requester.Name] : t["Your answer has gone back to {0}", requester.Name]);
        return RedirectToAction(nameof(Support), new { id });
    }

    /// <summary>A request sent to the signed-in person as its line manager, when the policy lets them read its support request.</summary>
    private async Task<MatchRequest?> SentToMeAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var requests = db.MatchRequests.SentForSupportTo(await access.AskerAsync());
        var request = await (tracked ? requests : requests.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct);
        return request is not null && await access.MayReadAsync(request.SupportRequestParties()) ? request : null;
    }

    private async Task<SupportPage> PageAsync(MatchRequest request, SupportPage page, CancellationToken ct)
    {
        page.Summary = (await reader.SummaryAsync(request.Id, ct))!.ForLineManager();
        page.AlreadyAnswered = request.Status != MatchRequestStatus.AwaitingLineManager || !await access.MayChangeAsync(request.SupportRequestParties());
        return page;
    }
}
