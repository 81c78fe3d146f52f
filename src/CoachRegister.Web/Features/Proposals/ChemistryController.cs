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
/// The chemistry meeting of a match, for its coach and its coachee alike: either records when and how they meet,
/// and afterwards each says whether to go on. Two yeses make the match active; a no sends the request back to
/// the scheme team, and the other side is told only that it did not lead to a match.
/// </summary>
[Authorize]
[Route("matches/{id:guid}/chemistry")]
public class ChemistryController(
    AppDbContext db,
    PortalAccess access,
    MatchingMail mail,
    TimeProvider time,
    IStringLocalizer<MatchingText> t) : Controller
{
    private const string PageView = "~/Features/Proposals/Views/Chemistry.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Chemistry(Guid id, CancellationToken ct)
    {
        var match = await MineAsync(id, tracked: false, ct);
        return match is null || !await access.MayReadAsync(Parties(match)) ? NotFound() : View(PageView, await PageAsync(match, new ChemistryPage(), ct));
    }

    [HttpPost("arrange")]
    public async Task<IActionResult> Arrange(Guid id, ArrangeInput input, CancellationToken ct)
    {
        var changed = await ChangeAsync(
            id,
            (match, me) => match.ArrangeChemistry(me, MeetingDate.Parse(input.Day, input.Month, input.Year)!.Value, input.Format!.Value, time.GetUtcNow()),
            nameof(ChemistryPage.Day),
            new ChemistryPage { Day = input.Day, Month = input.Month, Year = input.Year, Format = input.Format },
            ct);
        if (changed.Match is not { } match)
        {
            return changed.Refused!;
        }

        var me = User.GetPersonId();
        var (coach, coachee) = await SidesAsync(match, ct);
        mail.Audit("MatchChemistryArranged", nameof(Match), match.Id, me, $"{match.ChemistryMeetingOn:yyyy-MM-dd} {match.ChemistryMeetingFormat}");
        if (me == coach.PersonId)
        {
            await mail.RequestNewsAsync(coachee, match.MatchRequest!, RequestNews.ChemistryArranged, ct, coach.Name, match);
        }
        else
        {
            await mail.CoachNewsAsync(coach, coachee, match, CoachNews.ChemistryArranged, ct);
        }

        return await SaveAsync(match, t["The chemistry meeting is arranged and {0} has been told", me == coach.PersonId ? coachee.Name : coach.Name], ct);
    }

    [HttpPost("answer")]
    public async Task<IActionResult> Answer(Guid id, AnswerInput input, CancellationToken ct)
    {
        var changed = await ChangeAsync(
            id,
            (match, me) => match.AnswerChemistry(me, input.GoOn!.Value, time.GetUtcNow()),
            nameof(ChemistryPage.GoOn),
            new ChemistryPage { GoOn = input.GoOn },
            ct);
        if (changed.Match is not { } match)
        {
            return changed.Refused!;
        }

        var me = User.GetPersonId();
        var (coach, coachee) = await SidesAsync(match, ct);
        var request = match.MatchRequest!;
        mail.Audit("MatchChemistryAnswered", nameof(Match), match.Id, me, input.GoOn!.Value ? "Yes" : "No");
        string notice;
        if (match.Status == MatchStatus.Active)
        {
            mail.Audit("MatchActive", nameof(Match), match.Id, me);
            await mail.RequestNewsAsync(coachee, request, RequestNews.Matched, ct, coach.Name, match);
            await mail.CoachNewsAsync(coach, coachee, match, CoachNews.Matched, ct);
            notice = t["You have both said yes: the match is active"];
        }
        else if (match.Status == MatchStatus.Declined)
        {
            mail.Audit("MatchDeclinedAfterChemistry", nameof(Match), match.Id, me);
            await mail.RequestNewsAsync(coachee, request, RequestNews.NotMatched, ct, null, match);
            await mail.CoachNewsAsync(coach, coachee, match, CoachNews.NotMatched, ct);
            notice = t["Thank you for answering. The request goes back to the scheme team; the other side is told only that it did not lead to a match."];
        }
        else
        {
            notice = t["Thank you. We are waiting for the other answer."];
        }

        return await SaveAsync(match, notice, ct);
    }

    private async Task<IActionResult> SaveAsync(Match match, string notice, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The other side answered or moved the meeting at the same moment: their change stands.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["The other side changed this match a moment ago. Check it again."]);
            return View(PageView, await PageAsync((await MineAsync(match.Id, tracked: false, ct))!, new ChemistryPage(), ct));
        }

        TempData.Success(notice);
        return RedirectToAction(nameof(Chemistry), new { id = match.Id });
    }

    /// <summary>
    /// The caller's match changed through the domain; or, when the input or a rule says no, the page again with
    /// why under <paramref name="field"/>; or not found.
    /// </summary>
    private async Task<Changed> ChangeAsync(Guid id, Action<Match, Guid> change, string field, ChemistryPage again, CancellationToken ct)
    {
        var match = await MineAsync(id, tracked: true, ct);
        if (match is null || !await access.MayChangeAsync(Parties(match)))
        {
            return new Changed(null, NotFound());
        }

        if (ModelState.IsValid)
        {
            try
            {
                change(match, User.GetPersonId());
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(field, MatchingMessages.For(broken.Rule, t));
            }
        }

        return ModelState.IsValid ? new Changed(match, null) : new Changed(null, View(PageView, await PageAsync(match, again, ct)));
    }

    private sealed record Changed(Match? Match, IActionResult? Refused);

    /// <summary>A match the signed-in person takes part in, with its coach profile and request.</summary>
    private async Task<Match?> MineAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var matches = db.Matches.Involving(await access.AskerAsync()).Include(m => m.Coach).Include(m => m.MatchRequest).Include(m => m.Coachee);
        return await (tracked ? matches : matches.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id && m.MatchRequestId != null, ct);
    }

    private static RecordParties Parties(Match match) =>
        Match.Parties(match.MatchRequest!.SchemeId, match.Status, match.Coach!.PersonId, match.CoacheeId, match.MatchRequest.LineManagerId);

    private async Task<(Recipient Coach, Recipient Coachee)> SidesAsync(Match match, CancellationToken ct) =>
        ((await mail.RecipientAsync(match.Coach!.PersonId, ct))!, (await mail.RecipientAsync(match.CoacheeId, ct))!);

    private async Task<ChemistryPage> PageAsync(Match match, ChemistryPage page, CancellationToken ct)
    {
        var me = User.GetPersonId();
        var iAmCoach = me == match.Coach!.PersonId;
        var other = iAmCoach ? match.Coachee!.FullName : (await mail.RecipientAsync(match.Coach.PersonId, ct))!.Name;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        page.MatchId = match.Id;
        page.OtherName = other;
        page.IAmTheCoach = iAmCoach;
        page.Status = match.Status;
        page.MeetingOn = match.ChemistryMeetingOn;
        page.MeetingFormat = match.ChemistryMeetingFormat;
        page.MyAnswer = iAmCoach ? match.CoachWantsToGoOn : match.CoacheeWantsToGoOn;
        page.CanChange = match.Status == MatchStatus.ChemistryMeeting && await access.MayChangeAsync(Parties(match));
        page.MayAnswerNow = page.CanChange && page.MyAnswer is null && match.ChemistryMeetingOn is { } on && on <= today;
        page.RequestId = iAmCoach ? null : match.MatchRequestId;
        if (page.Day is null && match.ChemistryMeetingOn is { } date && page.CanChange)
        {
            page.Day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            page.Month = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
            page.Year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            page.Format ??= match.ChemistryMeetingFormat;
        }

        return page;
    }
}
