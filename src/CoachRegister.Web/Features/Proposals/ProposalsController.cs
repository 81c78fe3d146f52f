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

namespace CoachRegister.Web.Features.Proposals;

/// <summary>
/// A coach's or mentor's proposals: read what the requester is looking for, then accept (on to the chemistry
/// meeting) or decline with a reason for the scheme team, before the deadline. A coach sees only the proposals
/// made to them, and the request only while their proposal or chemistry meeting is in progress.
/// </summary>
[Authorize]
[Route("proposals")]
public class ProposalsController(
    AppDbContext db,
    PortalAccess access,
    RequestReader reader,
    MatchingMail mail,
    TimeProvider time,
    IStringLocalizer<MatchingText> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var rows = await db.Matches.AsNoTracking().ProposedTo(await access.AskerAsync())
            .Where(m => m.MatchRequestId != null)
            .OrderByDescending(m => m.CreatedAt)
            .Select(m => new ProposalRow(m.Id, m.Coachee!.GivenName + " " + m.Coachee.FamilyName, m.Kind, m.Status, m.CreatedAt, m.RespondBy, m.ChemistryMeetingOn, m.CoachWantsToGoOn))
            .Take(100)
            .ToListAsync(ct);
        return View(new ProposalsPage
        {
            Waiting = rows.Where(r => r.Status == MatchStatus.Proposed).OrderBy(r => r.RespondBy).ToList(),
            Chemistry = rows.Where(r => r.Status == MatchStatus.ChemistryMeeting).ToList(),
            Earlier = rows.Where(r => !Match.IsOpenProposal(r.Status)).Take(20).ToList(),
        });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var match = await MineAsync(id, tracked: false, ct);
        return match is null || !await access.MayReadAsync(Parties(match)) ? NotFound() : View(await PageAsync(match, null, ct));
    }

    [HttpPost("{id:guid}/accept")]
    public async Task<IActionResult> Accept(Guid id, Guid concurrencyStamp, CancellationToken ct) =>
        await AnswerAsync(id, concurrencyStamp, null, ct);

    [HttpPost("{id:guid}/decline")]
    public async Task<IActionResult> Decline(Guid id, DeclineInput input, CancellationToken ct) =>
        await AnswerAsync(id, input.ConcurrencyStamp, input, ct);

    /// <summary>Accepts (no decline input) or declines the proposal, with the e-mails and the audit event.</summary>
    private async Task<IActionResult> AnswerAsync(Guid id, Guid concurrencyStamp, DeclineInput? decline, CancellationToken ct)
    {
        var match = await MineAsync(id, tracked: true, ct);
        if (match is null || !await access.MayChangeAsync(Parties(match)))
        {
            return NotFound();
        }

        var me = User.GetPersonId();
        if (ModelState.IsValid)
        {
            db.Entry(match).Property(m => m.ConcurrencyStamp).OriginalValue = concurrencyStamp;
            try
            {
                if (decline is null)
                {
                    match.Accept(me, time.GetUtcNow());
                }
                else
                {
                    match.DeclineProposal(me, decline.DeclineReason!, time.GetUtcNow());
                }
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(decline is null ? string.Empty : nameof(ProposalPage.DeclineReason), MatchingMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Details), await PageAsync(match, decline?.DeclineReason, ct));
        }

        var request = match.MatchRequest!;
        var requester = (await mail.RecipientAsync(request.RequesterId, ct))!;
        var coach = (await mail.RecipientAsync(me, ct))!;
        mail.Audit(decline is null ? "MatchProposalAccepted" : "MatchProposalDeclined", nameof(Match), match.Id, me, match.EndReason);
        await mail.RequestNewsAsync(requester, request, decline is null ? RequestNews.CoachAccepted : RequestNews.BackWithSchemeTeam, ct, coach.Name, match);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["This proposal changed while you were answering it: it may have lapsed or been withdrawn. Check it again."]);
            return View(nameof(Details), await PageAsync((await MineAsync(id, tracked: false, ct))!, decline?.DeclineReason, ct));
        }

        if (decline is null)
        {
            TempData.Success(t["You have accepted. Arrange the chemistry meeting with {0}.", requester.Name]);
            return RedirectToAction(nameof(ChemistryController.Chemistry), "Chemistry", new { id });
        }

        TempData.Success(t["You have declined. The scheme team will propose someone else."]);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>A match proposed to the signed-in person, with its coach profile and request.</summary>
    private async Task<Match?> MineAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var matches = db.Matches.ProposedTo(await access.AskerAsync()).Include(m => m.Coach).Include(m => m.MatchRequest).Include(m => m.Coachee);
        return await (tracked ? matches : matches.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id && m.MatchRequestId != null, ct);
    }

    private static RecordParties Parties(Match match) =>
        Match.Parties(match.MatchRequest!.SchemeId, match.Status, match.Coach!.PersonId, match.CoacheeId, match.MatchRequest.LineManagerId);

    private async Task<ProposalPage> PageAsync(Match match, string? declineReason, CancellationToken ct)
    {
        var request = match.MatchRequest!;
        var open = Match.IsOpenProposal(match.Status);
        var mayReadRequest = open && await access.MayReadAsync(request.AccessParties(match.Coach!.PersonId));
        return new ProposalPage
        {
            MatchId = match.Id,
            Status = match.Status,
            Kind = match.Kind,
            RequesterName = match.Coachee!.FullName,
            RespondBy = match.RespondBy,
            Request = mayReadRequest ? (await reader.SummaryAsync(request.Id, ct))?.ForCoach() : null,
            CanAnswer = match.Status == MatchStatus.Proposed && await access.MayChangeAsync(Parties(match)),
            ConcurrencyStamp = match.ConcurrencyStamp,
            DeclineReason = declineReason,
        };
    }
}
