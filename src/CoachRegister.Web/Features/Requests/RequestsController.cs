using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Requests;

/// <summary>
/// A member of staff asks for a coach or a mentor: one open request at a time, a page per section saved as a
/// draft, check your answers, then the line manager's support (<see cref="RequestSupport.RequestSupportController"/>)
/// and the scheme team's match. The requester follows it on its own page and can withdraw it. Every page asks
/// the access policy with the request's parties; a request the person may not see answers 404.
/// </summary>
[Authorize]
[Route("requests")]
public class RequestsController(
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
        var requests = await db.MatchRequests.AsNoTracking()
            .MadeBy(await access.AskerAsync())
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new MyRequest(
                r.Id,
                r.Wanted,
                r.Status,
                r.LineManagerSupport,
                r.Matches.Where(m => Match.OpenProposal.Contains(m.Status)).Select(m => (MatchStatus?)m.Status).FirstOrDefault(),
                r.CreatedAt))
            .ToListAsync(ct);
        return View(new MyRequestsPage { Requests = requests });
    }

    /// <summary>The start page; from a profile's "Ask for this coach" it carries that coach.</summary>
    [HttpGet("new")]
    public async Task<IActionResult> New(Guid? coach, OfferType? kind, CancellationToken ct)
    {
        var open = await db.MatchRequests.AsNoTracking()
            .MadeBy(await access.AskerAsync())
            .Where(r => MatchRequestRules.Open.Contains(r.Status))
            .Select(r => new { r.Id, r.Status })
            .FirstOrDefaultAsync(ct);
        var coachName = coach is { } id ? await VisibleCoachNameAsync(id, ct) : null;
        return View(new StartPage
        {
            Coach = coachName is null ? null : coach,
            Kind = kind is OfferType.Coaching or OfferType.Mentoring ? kind : null,
            CoachName = coachName,
            OpenRequestId = open?.Id,
            OpenRequestIsDraft = open?.Status == MatchRequestStatus.Draft,
        });
    }

    /// <summary>Starts a draft, or goes back to the open one; the coach the person came from is added to its choices.</summary>
    [HttpPost("new")]
    public async Task<IActionResult> Start(Guid? coach, OfferType? kind, CancellationToken ct)
    {
        var me = User.GetPersonId();
        var open = await db.MatchRequests.Include(r => r.AreasNeeded)
            .MadeBy(await access.AskerAsync())
            .Where(r => MatchRequestRules.Open.Contains(r.Status))
            .FirstOrDefaultAsync(ct);
        if (open is not null && !open.IsEditable)
        {
            TempData.Important(t["You already have a request in progress. You can ask again once it is matched or withdrawn."]);
            return RedirectToAction(nameof(Details), new { id = open.Id });
        }

        var request = open;
        if (request is null)
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == me && p.OrganisationId != null)
                .Select(p => new { p.LineManagerId, p.Organisation!.SchemeId }).FirstOrDefaultAsync(ct);
            if (person is null)
            {
                return RedirectToAction(nameof(New));
            }

            request = MatchRequest.Start(me, person.SchemeId, person.LineManagerId, time.GetUtcNow());
            db.MatchRequests.Add(request);
        }

        var added = false;
        if (coach is { } coachId && await VisibleCoachAsync(coachId, ct) is { } profile)
        {
            if (request.Wanted == OfferType.None && kind is OfferType.Coaching or OfferType.Mentoring && (profile.Offers & kind.Value) != 0)
            {
                request.ChooseKind(kind.Value, _ => profile.Offers);
            }

            try
            {
                added = request.AddPreference(coachId, profile.Offers);
            }
            catch (RuleBrokenException broken)
            {
                TempData.Important(MatchingMessages.For(broken.Rule, t));
            }
        }

        await db.SaveChangesAsync(ct);
        if (added && open is not null)
        {
            TempData.Success(t["Added to your choices"]);
            return RedirectToAction(nameof(Preferences), new { id = request.Id });
        }

        return RedirectToAction(open is null ? nameof(Kind) : nameof(Check), new { id = request.Id });
    }

    [HttpGet("{id:guid}/kind")]
    public async Task<IActionResult> Kind(Guid id, bool change, CancellationToken ct) =>
        await DraftAsync(id, ct) is { } draft
            ? View(new KindPage { Id = id, Kind = draft.Wanted == OfferType.None ? null : draft.Wanted, ReturnToCheck = change })
            : await NotEditableAsync(id, ct);

    [HttpPost("{id:guid}/kind")]
    public async Task<IActionResult> Kind(Guid id, KindPage page, CancellationToken ct)
    {
        if (await DraftAsync(id, ct) is not { } draft)
        {
            return await NotEditableAsync(id, ct);
        }

        page.Id = id;
        if (!ModelState.IsValid)
        {
            return View(page);
        }

        var named = draft.Preferences;
        var offers = await db.CoachProfiles.AsNoTracking().Where(p => named.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Offers, ct);
        var before = named.Count;
        draft.ChooseKind(page.Kind!.Value, p => offers.GetValueOrDefault(p));
        await db.SaveChangesAsync(ct);
        if (draft.Preferences.Count < before)
        {
            TempData.Success(t["We took off your choices who do not offer what you now ask for"]);
        }

        return Next(draft, RequestSection.Kind, page.ReturnToCheck);
    }

    [HttpGet("{id:guid}/reasons")]
    public async Task<IActionResult> Reasons(Guid id, bool change, CancellationToken ct) =>
        await DraftAsync(id, ct) is { } draft
            ? View(new ReasonsPage
            {
                Id = id,
                Reason1 = draft.Reason1,
                Reason2 = draft.Reason2,
                Reason3 = draft.Reason3,
                IdentifiedThroughAppraisal = draft.IdentifiedThroughAppraisal,
                KeepReasonsPrivate = draft.PrivateParts.HasFlag(RequestPart.Reasons),
                ReturnToCheck = change,
            })
            : await NotEditableAsync(id, ct);

    [HttpPost("{id:guid}/reasons")]
    public Task<IActionResult> Reasons(Guid id, ReasonsPage page, CancellationToken ct) =>
        SaveStepAsync(id, page, RequestSection.Reasons, draft =>
            draft.SetReasons([page.Reason1, page.Reason2, page.Reason3], page.IdentifiedThroughAppraisal!.Value, page.KeepReasonsPrivate), ct);

    [HttpGet("{id:guid}/gap")]
    public async Task<IActionResult> Gap(Guid id, bool change, CancellationToken ct)
    {
        if (await DraftAsync(id, ct) is not { } draft)
        {
            return await NotEditableAsync(id, ct);
        }

        return draft.Wanted != OfferType.Mentoring
            ? RedirectToAction(nameof(Kind), new { id })
            : View(new GapPage { Id = id, Gaps = MatchingLabels.Gaps.Where(g => draft.MentoringGap.HasFlag(g)).ToList(), ReturnToCheck = change });
    }

    [HttpPost("{id:guid}/gap")]
    public async Task<IActionResult> Gap(Guid id, GapPage page, CancellationToken ct)
    {
        if (await DraftAsync(id, ct) is not { } draft)
        {
            return await NotEditableAsync(id, ct);
        }

        if (draft.Wanted != OfferType.Mentoring)
        {
            return RedirectToAction(nameof(Kind), new { id });
        }

        page.Id = id;
        if (!ModelState.IsValid)
        {
            return View(page);
        }

        draft.SetMentoringGap(page.Gaps.Aggregate(MentoringGap.None, (all, g) => all | g));
        await db.SaveChangesAsync(ct);
        return Next(draft, RequestSection.Gap, page.ReturnToCheck);
    }

    [HttpGet("{id:guid}/areas")]
    public async Task<IActionResult> Areas(Guid id, bool change, CancellationToken ct) =>
        await DraftAsync(id, ct) is { } draft
            ? View(await WithAreasAsync(new AreasPage { Id = id, AreaIds = draft.AreasNeeded.Select(a => a.Id).ToList(), ReturnToCheck = change }, ct))
            : await NotEditableAsync(id, ct);

    [HttpPost("{id:guid}/areas")]
    public async Task<IActionResult> Areas(Guid id, AreasPage page, CancellationToken ct)
    {
        if (await DraftAsync(id, ct) is not { } draft)
        {
            return await NotEditableAsync(id, ct);
        }

        page.Id = id;
        var chosen = await db.CoachingAreas.Where(a => a.IsActive && page.AreaIds.Contains(a.Id)).ToListAsync(ct);
        if (ModelState.IsValid && chosen.Count != page.AreaIds.Distinct().Count())
        {
            ModelState.AddModelError(nameof(page.AreaIds), t["Select areas from the list"]);
        }

        if (!ModelState.IsValid)
        {
            return View(await WithAreasAsync(page, ct));
        }

        draft.SetAreasNeeded(chosen);
        await db.SaveChangesAsync(ct);
        return Next(draft, RequestSection.Areas, page.ReturnToCheck);
    }

    [HttpGet("{id:guid}/goals")]
    public async Task<IActionResult> Goals(Guid id, bool change, CancellationToken ct) =>
        await DraftAsync(id, ct) is { } draft
            ? View(new GoalsPage
            {
                Id = id,
                GoalsForSelf = draft.GoalsForSelf,
                KeepGoalsForSelfPrivate = draft.PrivateParts.HasFlag(RequestPart.GoalsForSelf),
                GoalsForTeam = draft.GoalsForTeam,
                KeepGoalsForTeamPrivate = draft.PrivateParts.HasFlag(RequestPart.GoalsForTeam),
                GoalsForOrganisation = draft.GoalsForOrganisation,
                KeepGoalsForOrganisationPrivate = draft.PrivateParts.HasFlag(RequestPart.GoalsForOrganisation),
                ReturnToCheck = change,
            })
            : await NotEditableAsync(id, ct);

    [HttpPost("{id:guid}/goals")]
    public Task<IActionResult> Goals(Guid id, GoalsPage page, CancellationToken ct) =>
        SaveStepAsync(id, page, RequestSection.Goals, draft => draft.SetGoals(
            page.GoalsForSelf!,
            page.GoalsForTeam,
            page.GoalsForOrganisation,
            (page.KeepGoalsForSelfPrivate ? RequestPart.GoalsForSelf : RequestPart.None)
                | (page.KeepGoalsForTeamPrivate ? RequestPart.GoalsForTeam : RequestPart.None)
                | (page.KeepGoalsForOrganisationPrivate ? RequestPart.GoalsForOrganisation : RequestPart.None)), ct);

    [HttpGet("{id:guid}/arrangements")]
    public async Task<IActionResult> Arrangements(Guid id, bool change, CancellationToken ct) =>
        await DraftAsync(id, ct) is { } draft
            ? View(new ArrangementsPage
            {
                Id = id,
                Formats = MatchingLabels.Formats.Where(f => draft.Formats.HasFlag(f)).ToList(),
                PreferredTimes = draft.PreferredTimes,
                ReturnToCheck = change,
            })
            : await NotEditableAsync(id, ct);

    [HttpPost("{id:guid}/arrangements")]
    public Task<IActionResult> Arrangements(Guid id, ArrangementsPage page, CancellationToken ct) =>
        SaveStepAsync(id, page, RequestSection.Arrangements, draft =>
            draft.SetArrangements(page.Formats.Aggregate(DeliveryFormat.None, (all, f) => all | f), page.PreferredTimes), ct);

    [HttpGet("{id:guid}/preferences")]
    public async Task<IActionResult> Preferences(Guid id, bool change, CancellationToken ct)
    {
        if (await DraftAsync(id, ct) is not { } draft)
        {
            return await NotEditableAsync(id, ct);
        }

        var summary = (await reader.SummaryAsync(id, ct))!;
        return View(new PreferencesPage { Id = id, Wanted = draft.Wanted, Chosen = summary.Preferences, ReturnToCheck = change });
    }

    [HttpPost("{id:guid}/preferences/remove")]
    public Task<IActionResult> RemovePreference(Guid id, Guid coach, CancellationToken ct) =>
        ChangePreferencesAsync(id, draft => draft.RemovePreference(coach), ct);

    [HttpPost("{id:guid}/preferences/up")]
    public Task<IActionResult> MovePreferenceUp(Guid id, Guid coach, CancellationToken ct) =>
        ChangePreferencesAsync(id, draft => draft.MovePreferenceUp(coach), ct);

    [HttpGet("{id:guid}/check")]
    public async Task<IActionResult> Check(Guid id, CancellationToken ct) =>
        await DraftAsync(id, ct) is { } draft ? View(await CheckPageAsync(draft, ct)) : await NotEditableAsync(id, ct);

    [HttpPost("{id:guid}/submit")]
    public async Task<IActionResult> Submit(Guid id, Guid concurrencyStamp, CancellationToken ct)
    {
        if (await DraftAsync(id, ct) is not { } draft)
        {
            return await NotEditableAsync(id, ct);
        }

        if (concurrencyStamp != draft.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, t["Your answers changed in another tab or window. Check them again before you send your request."]);
            return View(nameof(Check), await CheckPageAsync(draft, ct));
        }

        var me = User.GetPersonId();
        var recorded = await db.People.AsNoTracking().Where(p => p.Id == me).Select(p => p.LineManagerId).FirstOrDefaultAsync(ct);
        try
        {
            draft.Submit(recorded, time.GetUtcNow());
        }
        catch (RuleBrokenException broken)
        {
            ModelState.AddModelError(string.Empty, MatchingMessages.For(broken.Rule, t));
            return View(nameof(Check), await CheckPageAsync(draft, ct));
        }

        var requester = (await mail.RecipientAsync(draft.RequesterId, ct))!;
        var manager = (await mail.RecipientAsync(draft.LineManagerId!.Value, ct))!;
        await mail.SupportAskedAsync(manager, requester, draft, ct);
        mail.Audit("MatchRequestSubmitted", nameof(MatchRequest), draft.Id, me);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Sent a moment ago from another tab: that one won, this one says so.
            TempData.Important(t["Your request was already sent from another tab or window."]);
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData.Success(t["Request sent to {0}", manager.Name]);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Where the request stands, at every step: the requester's own page.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var request = await OwnAsync(id, tracked: false, ct);
        if (request is null || !await access.MayReadAsync(request.AccessParties()))
        {
            return NotFound();
        }

        return request.Status == MatchRequestStatus.Draft
            ? RedirectToAction(nameof(Check), new { id })
            : View(await StatusPageAsync(id, ct));
    }

    [HttpGet("{id:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken ct)
    {
        var request = await OwnOpenAsync(id, ct);
        return request is null ? NotFound() : View(new CheckPage { Summary = (await reader.SummaryAsync(id, ct))!, ConcurrencyStamp = request.ConcurrencyStamp });
    }

    [HttpPost("{id:guid}/withdraw")]
    [ActionName("Withdraw")]
    public async Task<IActionResult> WithdrawConfirmed(Guid id, CancellationToken ct)
    {
        var request = await OwnOpenAsync(id, ct);
        if (request is null)
        {
            return NotFound();
        }

        var me = User.GetPersonId();
        var ended = request.Withdraw(me, time.GetUtcNow());
        mail.Audit("MatchRequestWithdrawn", nameof(MatchRequest), request.Id, me);
        if (ended is not null)
        {
            mail.Audit("MatchWithdrawn", nameof(Match), ended.Id, me);
            var coach = (await mail.CoachAsync(ended.CoachProfileId, ct))!;
            await mail.CoachNewsAsync(coach, (await mail.RecipientAsync(me, ct))!, ended, CoachNews.Withdrawn, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Important(t["Your request changed while you were withdrawing it. Check where it stands now."]);
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData.Success(t["You have withdrawn your request"]);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>One of the signed-in person's own requests (the page is the requester's; the scheme team and coaches have their own).</summary>
    private async Task<MatchRequest?> OwnAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var requests = db.MatchRequests.MadeBy(await access.AskerAsync()).Include(r => r.AreasNeeded).Include(r => r.Matches).AsSplitQuery();
        return await (tracked ? requests : requests.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct);
    }

    /// <summary>A draft the signed-in person may change: their own, still a draft.</summary>
    private async Task<MatchRequest?> DraftAsync(Guid id, CancellationToken ct)
    {
        var request = await OwnAsync(id, tracked: true, ct);
        return request is not null && request.IsEditable && await access.MayChangeAsync(request.AccessParties()) ? request : null;
    }

    /// <summary>A page of the form for a request that is not (or no longer) an editable draft: its status page if the person may read it.</summary>
    private async Task<IActionResult> NotEditableAsync(Guid id, CancellationToken ct)
    {
        var request = await OwnAsync(id, tracked: false, ct);
        if (request is null || !await access.MayReadAsync(request.AccessParties()))
        {
            return NotFound();
        }

        TempData.Important(MatchingMessages.For(Rule.RequestNotEditable, t));
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<MatchRequest?> OwnOpenAsync(Guid id, CancellationToken ct)
    {
        var request = await OwnAsync(id, tracked: true, ct);
        return request is not null && request.IsOpen && await access.MayChangeAsync(request.AccessParties()) ? request : null;
    }

    private async Task<IActionResult> ChangePreferencesAsync(Guid id, Action<MatchRequest> change, CancellationToken ct)
    {
        if (await DraftAsync(id, ct) is not { } draft)
        {
            return await NotEditableAsync(id, ct);
        }

        change(draft);
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Preferences), new { id });
    }

    /// <summary>One step of the form: the draft, the page's own checks, the change, then the next step.</summary>
    private async Task<IActionResult> SaveStepAsync(Guid id, RequestPage page, RequestSection done, Action<MatchRequest> change, CancellationToken ct)
    {
        if (await DraftAsync(id, ct) is not { } draft)
        {
            return await NotEditableAsync(id, ct);
        }

        page.Id = id;
        if (!ModelState.IsValid)
        {
            return View(page);
        }

        change(draft);
        await db.SaveChangesAsync(ct);
        return Next(draft, done, page.ReturnToCheck);
    }

    /// <summary>The next page of the form, or check your answers when changing an answer from there or at the end.</summary>
    private RedirectToActionResult Next(MatchRequest draft, RequestSection done, bool returnToCheck)
    {
        var sections = MatchRequestRules.SectionsFor(draft).ToList();
        // Changing to mentoring from check your answers brings in the gap page, which a request for coaching has not got.
        if (returnToCheck && done == RequestSection.Kind && sections.Contains(RequestSection.Gap) && !MatchRequestRules.IsComplete(draft, RequestSection.Gap))
        {
            return RedirectToAction(nameof(Gap), new { id = draft.Id, change = true });
        }

        var index = sections.IndexOf(done);
        return returnToCheck || index < 0 || index == sections.Count - 1
            ? RedirectToAction(nameof(Check), new { id = draft.Id })
            : RedirectToAction(ActionFor(sections[index + 1]), new { id = draft.Id });
    }

    public static string ActionFor(RequestSection section) => section switch
    {
        RequestSection.Kind => nameof(Kind),
        RequestSection.Reasons => nameof(Reasons),
        RequestSection.Gap => nameof(Gap),
        RequestSection.Areas => nameof(Areas),
        RequestSection.Goals => nameof(Goals),
        RequestSection.Arrangements => nameof(Arrangements),
        _ => nameof(Preferences),
    };

    private async Task<AreasPage> WithAreasAsync(AreasPage page, CancellationToken ct)
    {
        var areas = await db.CoachingAreas.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.NameWelsh }).ToListAsync(ct);
        page.Areas = areas.Select(a => new Choice(a.Id.ToString(), RegisterLabels.AreaName(a.Name, a.NameWelsh))).ToList();
        return page;
    }

    private async Task<CheckPage> CheckPageAsync(MatchRequest draft, CancellationToken ct)
    {
        var recorded = await db.People.AsNoTracking().Where(p => p.Id == draft.RequesterId && p.LineManagerId != null)
            .Select(p => p.LineManager!.GivenName + " " + p.LineManager.FamilyName).FirstOrDefaultAsync(ct);
        return new CheckPage { Summary = (await reader.SummaryAsync(draft.Id, ct))!, RecordedLineManager = recorded, ConcurrencyStamp = draft.ConcurrencyStamp };
    }

    /// <summary>A published profile on a register the person may browse, for "Ask for this coach".</summary>
    private async Task<(OfferType Offers, string Name)?> VisibleCoachAsync(Guid profileId, CancellationToken ct)
    {
        var profile = await db.CoachProfiles.AsNoTracking().Where(p => p.Id == profileId)
            .Select(p => new { p.SchemeId, p.Status, p.PersonId, p.Offers, Name = p.Person!.GivenName + " " + p.Person.FamilyName })
            .FirstOrDefaultAsync(ct);
        // Nobody asks for themselves: their own profile is not offered, whoever may read it.
        return profile is not null && profile.Status == ProfileStatus.Published && profile.PersonId != (await access.AskerAsync()).PersonId
            && await access.MayReadAsync(CoachProfile.Parties(profile.SchemeId, profile.Status, profile.PersonId))
                ? (profile.Offers, profile.Name)
                : null;
    }

    private async Task<string?> VisibleCoachNameAsync(Guid profileId, CancellationToken ct) =>
        (await VisibleCoachAsync(profileId, ct))?.Name;

    private async Task<RequestStatusPage> StatusPageAsync(Guid id, CancellationToken ct)
    {
        var summary = (await reader.SummaryAsync(id, ct))!;
        var matches = await db.Matches.AsNoTracking().Where(m => m.MatchRequestId == id).OrderBy(m => m.CreatedAt)
            .Select(m => new
            {
                m.Id,
                m.Status,
                m.CreatedAt,
                m.RespondBy,
                m.ChemistryMeetingOn,
                m.ChemistryMeetingFormat,
                m.CoacheeWantsToGoOn,
                Name = m.Coach!.Person!.GivenName + " " + m.Coach.Person.FamilyName,
                History = m.History.OrderBy(h => h.ChangedAt).Select(h => new { h.From, h.To, h.ChangedAt }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var practitioner = t[MatchingLabels.Practitioner(summary.Wanted)].Value;
        var timeline = new List<TimelineEntry>();
        foreach (var step in summary.History)
        {
            Phrase? what = (step.From, step.To) switch
            {
                (_, MatchRequestStatus.AwaitingLineManager) => new("Sent to your line manager, {0}", summary.LineManagerName ?? ""),
                (MatchRequestStatus.AwaitingLineManager, MatchRequestStatus.AwaitingMatch) => new("Supported by your line manager"),
                (MatchRequestStatus.AwaitingLineManager, MatchRequestStatus.Draft) => new("Returned by your line manager"),
                // The scheme team writes the reason for the requester (they are told it by e-mail too).
                (_, MatchRequestStatus.Waitlisted) => step.Note is null
                    ? new("Put on the waiting list by the scheme team")
                    : new("Put on the waiting list by the scheme team: {0}", step.Note),
                (_, MatchRequestStatus.Withdrawn) => new("You withdrew the request"),
                _ => null,
            };
            if (what is not null)
            {
                timeline.Add(new TimelineEntry(step.At, what));
            }
        }

        foreach (var match in matches)
        {
            timeline.Add(new TimelineEntry(match.CreatedAt, new("The scheme team proposed {0}", match.Name)));
            foreach (var change in match.History)
            {
                Phrase? what = change.To switch
                {
                    MatchStatus.ChemistryMeeting => new("{0} accepted: time for the chemistry meeting", match.Name),
                    MatchStatus.Declined when change.From == MatchStatus.Proposed => new("The proposed {0} could not take it on", practitioner),
                    MatchStatus.Declined => new("The chemistry meeting did not lead to a match"),
                    MatchStatus.Expired => new("The proposed {0} did not answer in time", practitioner),
                    MatchStatus.Active => new("You are matched with {0}", match.Name),
                    _ => null,
                };
                if (what is not null)
                {
                    timeline.Add(new TimelineEntry(change.ChangedAt, what));
                }
            }
        }

        var open = matches.FirstOrDefault(m => Match.IsOpenProposal(m.Status));
        var last = matches.LastOrDefault();
        Phrase? backWithSchemeTeam = summary.Status != MatchRequestStatus.AwaitingMatch || last is null ? null : last.Status switch
        {
            MatchStatus.Declined when last.History.LastOrDefault()?.From == MatchStatus.Proposed =>
                new("The proposed {0} could not take your request on, so it is back with the scheme team. They will propose someone else.", practitioner),
            MatchStatus.Declined =>
                new("Your chemistry meeting did not lead to a match. This happens, and it is better to know early. Your request is back with the scheme team, who will propose someone else."),
            MatchStatus.Expired =>
                new("The proposed {0} did not answer in time, so your request is back with the scheme team. They will propose someone else.", practitioner),
            _ => null,
        };
        return new RequestStatusPage
        {
            BackWithSchemeTeam = backWithSchemeTeam,
            Summary = summary,
            OpenMatch = open is null ? null : new OpenMatchView(open.Id, open.Name, open.Status, open.RespondBy, open.ChemistryMeetingOn, open.ChemistryMeetingFormat, open.CoacheeWantsToGoOn),
            Timeline = timeline.OrderBy(e => e.At).ToList(),
            CanWithdraw = MatchRequestRules.IsOpen(summary.Status),
        };
    }
}
