using System.Text;
using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Sessions;

/// <summary>
/// Sessions: either side arranges, moves or cancels one (with a calendar invite to both); the coach records it
/// with progress on each goal; the coachee prepares for it; the coach keeps a preparation and reflection of their own.
/// </summary>
[Authorize]
public class SessionsController(
    AppDbContext db,
    PortalAccess access,
    Partnerships partnerships,
    PartnershipEvents events,
    SchemeClock clock,
    IStringLocalizer<CoachingText> t) : Controller
{
    [HttpGet("relationships/{id:guid}/sessions/new")]
    public async Task<IActionResult> New(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ChangeableAsync(id, RecordKind.SessionSchedule, ct);
        if (p is null || !p.IsOpen)
        {
            return NotFound();
        }

        var start = new TimeOnly(10, 0);
        return View("Time", new SessionTimeViewModel { Partnership = p, Input = new SessionTimeInput { Start = start, End = start.AddMinutes(p.Scheme.SessionMinutesMin) } });
    }

    [HttpPost("relationships/{id:guid}/sessions/new")]
    public async Task<IActionResult> New(Guid id, SessionTimeInput input, CancellationToken ct)
    {
        var p = await partnerships.ChangeableAsync(id, RecordKind.SessionSchedule, ct);
        if (p is null || !p.IsOpen)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View("Time", new SessionTimeViewModel { Partnership = p, Input = input });
        }

        var numbers = await db.SessionRecords.Where(s => s.MatchId == id).Select(s => s.SessionNumber).ToListAsync(ct);
        var session = SessionRecord.Schedule(id, Programme.NextSessionNumber(numbers), TimeFrom(input), User.GetPersonId(), clock.Now);
        db.SessionRecords.Add(session);
        await events.SessionInviteAsync(p, session, SessionChange.Scheduled, ct);
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Show), new { sessionId = session.Id });
    }

    [HttpGet("sessions/{sessionId:guid}")]
    public async Task<IActionResult> Show(Guid sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.SessionSchedule, Access.Read, tracked: false, ct) is not { } found)
        {
            return NotFound();
        }

        var (p, session) = found;
        var mayReadContent = await access.MayReadAsync(p.Parties.For(RecordKind.SessionContent));
        var flags = await db.SessionRecords.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new
        {
            Preparation = db.MeetingPreparations.Any(x => x.SessionRecordId == s.Id),
            Reflection = db.CoachPreparationReflections.Any(x => x.SessionRecordId == s.Id),
            Feedback = db.CoachFeedback.Any(x => x.SessionRecordId == s.Id),
            Progress = s.Progress.Join(db.Goals, g => g.GoalId, goal => goal.Id, (g, goal) => new { goal.Description, goal.Visibility, g.Score, goal.CreatedAt }).OrderBy(x => x.CreatedAt).ToList(),
        }).SingleAsync(ct);
        var progress = new List<(string, int)>();
        foreach (var mark in flags.Progress)
        {
            if (mayReadContent && await access.MayReadAsync(p.Parties.ForGoal(mark.Visibility)))
            {
                progress.Add((mark.Description, mark.Score));
            }
        }

        var canReflect = await access.MayReadAsync(p.Parties.For(RecordKind.CoachReflection));
        return View(new SessionViewModel
        {
            Partnership = p,
            Side = p.SideOf(User.GetPersonId()) ?? PartnershipSide.Coachee,
            Session = mayReadContent ? session : WithoutContent(session),
            Progress = progress,
            HasPreparation = flags.Preparation,
            HasReflection = canReflect && flags.Reflection,
            HasFeedback = flags.Feedback,
            MaySchedule = p.IsOpen && session.Status == SessionStatus.Planned && await access.MayChangeAsync(p.Parties.For(RecordKind.SessionSchedule)),
            MayRecord = p.IsOpen && session.Status != SessionStatus.Cancelled && await access.MayChangeAsync(p.Parties.For(RecordKind.SessionContent)),
            MayPrepare = session.Status != SessionStatus.Cancelled && await access.MayChangeAsync(p.Parties.For(RecordKind.MeetingPreparation)),
            MayReadPreparation = await access.MayReadAsync(p.Parties.For(RecordKind.MeetingPreparation)),
            MayReflect = canReflect && session.Status != SessionStatus.Cancelled,
            MayGiveFeedback = session.Status == SessionStatus.Held && await access.MayChangeAsync(p.Parties.For(RecordKind.Feedback)),
            MayReadFeedback = await access.MayReadAsync(p.Parties.For(RecordKind.Feedback)),
            Today = clock.Today,
        });
    }

    [HttpGet("sessions/{sessionId:guid}/invite.ics")]
    public async Task<IActionResult> Invite(Guid sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.SessionSchedule, Access.Read, tracked: false, ct) is not { } found)
        {
            return NotFound();
        }

        var invite = events.InviteFor(found.Partnership, found.Session, System.Globalization.CultureInfo.CurrentUICulture);
        return File(Encoding.UTF8.GetBytes(invite.Serialise(clock.Now)), invite.ContentType, $"session-{found.Session.SessionNumber}.ics");
    }

    [HttpGet("sessions/{sessionId:guid}/move")]
    public async Task<IActionResult> Move(Guid sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.SessionSchedule, Access.Write, tracked: false, ct) is not { } found || !found.Partnership.IsOpen)
        {
            return NotFound();
        }

        var s = found.Session;
        return View("Time", new SessionTimeViewModel { Partnership = found.Partnership, Session = s, Input = new SessionTimeInput { Stamp = s.ConcurrencyStamp, Date = s.MeetingDate, Start = s.StartTime, End = s.EndTime, Venue = s.Venue } });
    }

    [HttpPost("sessions/{sessionId:guid}/move")]
    public async Task<IActionResult> Move(Guid sessionId, SessionTimeInput input, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.SessionSchedule, Access.Write, tracked: true, ct) is not { } found || !found.Partnership.IsOpen)
        {
            return NotFound();
        }

        var (p, session) = found;
        if (input.Stamp != session.ConcurrencyStamp)
        {
            ModelState.AddModelError(nameof(input.Date), t["The session was changed by someone else while you were editing it: it is now on {0}. Check the time below and save again.", session.MeetingDate.ToString("d MMMM yyyy")]);
            input.Stamp = session.ConcurrencyStamp;
        }

        if (ModelState.IsValid)
        {
            try
            {
                session.Reschedule(TimeFrom(input));
                await events.SessionInviteAsync(p, session, SessionChange.Moved, ct);
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Show), new { sessionId });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.Date), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        return View("Time", new SessionTimeViewModel { Partnership = p, Session = session, Input = input });
    }

    [HttpGet("sessions/{sessionId:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.SessionSchedule, Access.Write, tracked: false, ct) is not { } found || !found.Partnership.IsOpen)
        {
            return NotFound();
        }

        return View(new SessionFormViewModel<CancelInput> { Partnership = found.Partnership, Session = found.Session, Input = new CancelInput() });
    }

    [HttpPost("sessions/{sessionId:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid sessionId, CancelInput input, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.SessionSchedule, Access.Write, tracked: true, ct) is not { } found || !found.Partnership.IsOpen
            || found.Partnership.SideOf(User.GetPersonId()) is not { } side)
        {
            return NotFound();
        }

        var (p, session) = found;
        if (ModelState.IsValid)
        {
            try
            {
                var by = side == PartnershipSide.Coach ? CancelledBy.Coach : CancelledBy.Coachee;
                session.Cancel(by, User.GetPersonId(), clock.At(session.MeetingDate, session.StartTime!.Value), clock.Now);
                var others = await db.SessionRecords.AsNoTracking().Where(s => s.MatchId == p.Id && s.Id != session.Id).Select(s => new { s.SessionNumber, s.Status }).ToListAsync(ct);
                var inARow = Programme.CancelledInARow(others.Select(o => (o.SessionNumber, o.Status)).Append((session.SessionNumber, session.Status)));
                await events.SessionInviteAsync(p, session, SessionChange.Cancelled, ct);
                await events.CancelledAsync(p, inARow, ct);
                await db.SaveChangesAsync(ct);
                return RedirectToAction("Show", "Relationships", new { id = p.Id });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.Confirm), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        return View(new SessionFormViewModel<CancelInput> { Partnership = p, Session = session, Input = input });
    }

    [HttpGet("sessions/{sessionId:guid}/record")]
    public async Task<IActionResult> Record(Guid sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.SessionContent, Access.Write, tracked: false, ct) is not { } found || !found.Partnership.IsOpen)
        {
            return NotFound();
        }

        var s = found.Session;
        var goals = await GoalsAsync(found.Partnership.Id, ct);
        var previous = await db.SessionRecords.AsNoTracking()
            .Where(x => x.MatchId == s.MatchId && x.Status == SessionStatus.Held && x.SessionNumber < s.SessionNumber)
            .OrderByDescending(x => x.SessionNumber).Select(x => x.ActionsIdentified).FirstOrDefaultAsync(ct);
        var input = new RecordInput
        {
            Stamp = s.ConcurrencyStamp,
            Date = s.MeetingDate,
            Start = s.StartTime,
            End = s.EndTime,
            PreviousActionsSummary = s.PreviousActionsSummary ?? previous,
            KeyPoints = s.KeyPoints,
            SessionGoal = s.SessionGoal,
            ActionsIdentified = s.ActionsIdentified,
            Reflections = s.Reflections,
            Progress = goals.Select(g => new ProgressInput { GoalId = g.Id, Score = s.Progress.FirstOrDefault(x => x.GoalId == g.Id)?.Score }).ToList(),
        };
        return View(await RecordViewModelAsync(found.Partnership, s, input, goals, ct));
    }

    [HttpPost("sessions/{sessionId:guid}/record")]
    public async Task<IActionResult> Record(Guid sessionId, RecordInput input, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.SessionContent, Access.Write, tracked: true, ct) is not { } found || !found.Partnership.IsOpen)
        {
            return NotFound();
        }

        var (p, session) = found;
        var goals = await GoalsAsync(p.Id, ct);
        if (input.Stamp != session.ConcurrencyStamp)
        {
            ModelState.AddModelError(nameof(input.KeyPoints), t["This record was saved by someone else while you were writing. Your text is kept below: check it against the saved record and save again."]);
            input.Stamp = session.ConcurrencyStamp;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var marks = input.Progress.Where(x => x.Score is not null).ToDictionary(x => x.GoalId, x => x.Score!.Value);
                session.Record(
                    new SessionTime(input.Date!.Value, input.Start!.Value, input.End!.Value, session.Venue),
                    new SessionNotes(TextInput.Clean(input.PreviousActionsSummary), TextInput.Clean(input.KeyPoints), TextInput.Clean(input.SessionGoal), TextInput.Clean(input.ActionsIdentified), TextInput.Clean(input.Reflections)),
                    marks,
                    goals.Select(g => g.Id).ToList(),
                    clock.Today,
                    clock.Now);
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Show), new { sessionId });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(broken.Rule == Rule.SessionNotYetHeld ? nameof(input.Date) : nameof(input.KeyPoints), CoachingRuleMessages.For(broken.Rule, t));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(nameof(input.KeyPoints), t["This record was saved by someone else while you were writing. Your text is kept below: check it against the saved record and save again."]);
            }
        }

        db.ChangeTracker.Clear();
        var fresh = await db.SessionRecords.AsNoTracking().Include(s => s.Progress).SingleAsync(s => s.Id == sessionId, ct);
        return View(await RecordViewModelAsync(p, fresh, input, goals, ct));
    }

    [HttpGet("sessions/{sessionId:guid}/preparation")]
    public async Task<IActionResult> Preparation(Guid sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.MeetingPreparation, Access.Read, tracked: false, ct) is not { } found)
        {
            return NotFound();
        }

        var saved = await db.MeetingPreparations.AsNoTracking().FirstOrDefaultAsync(x => x.SessionRecordId == sessionId, ct);
        var mayWrite = found.Session.Status != SessionStatus.Cancelled && await access.MayChangeAsync(found.Partnership.Parties.For(RecordKind.MeetingPreparation));
        if (saved is null && !mayWrite)
        {
            return View(new SessionFormViewModel<PreparationInput> { Partnership = found.Partnership, Session = found.Session, Input = new PreparationInput(), ReadOnly = true });
        }

        return View(new SessionFormViewModel<PreparationInput> { Partnership = found.Partnership, Session = found.Session, Input = PreparationFrom(saved), ReadOnly = !mayWrite });
    }

    [HttpPost("sessions/{sessionId:guid}/preparation")]
    public async Task<IActionResult> Preparation(Guid sessionId, PreparationInput input, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.MeetingPreparation, Access.Write, tracked: false, ct) is not { } found)
        {
            return NotFound();
        }

        var saved = await db.MeetingPreparations.FirstOrDefaultAsync(x => x.SessionRecordId == sessionId, ct);
        if (saved is not null && input.Stamp != saved.ConcurrencyStamp)
        {
            ModelState.AddModelError(nameof(input.WantFromSession), t["You saved this form in another window while you were writing here. Your text is kept below: save again to keep it."]);
            input.Stamp = saved.ConcurrencyStamp;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var preparation = saved ?? MeetingPreparation.For(found.Session);
                preparation.Write(new PreparationAnswers(
                    TextInput.Clean(input.AccomplishedSinceLastTime), TextInput.Clean(input.NotDoneButIntended), TextInput.Clean(input.OnMyMindAtWork),
                    TextInput.Clean(input.CurrentChallenges), TextInput.Clean(input.CurrentOpportunities), TextInput.Clean(input.AnythingElse), TextInput.Clean(input.WantFromSession)), clock.Now);
                if (saved is null)
                {
                    db.MeetingPreparations.Add(preparation);
                }

                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Show), new { sessionId });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.WantFromSession), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        return View(new SessionFormViewModel<PreparationInput> { Partnership = found.Partnership, Session = found.Session, Input = input });
    }

    [HttpGet("sessions/{sessionId:guid}/reflection")]
    public async Task<IActionResult> Reflection(Guid sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.CoachReflection, Access.Read, tracked: false, ct) is not { } found)
        {
            return NotFound();
        }

        var saved = await db.CoachPreparationReflections.AsNoTracking().FirstOrDefaultAsync(x => x.SessionRecordId == sessionId, ct);
        var mayWrite = await access.MayChangeAsync(found.Partnership.Parties.For(RecordKind.CoachReflection));
        return View(new SessionFormViewModel<ReflectionInput> { Partnership = found.Partnership, Session = found.Session, Input = ReflectionFrom(saved), ReadOnly = !mayWrite });
    }

    [HttpPost("sessions/{sessionId:guid}/reflection")]
    public async Task<IActionResult> Reflection(Guid sessionId, ReflectionInput input, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, RecordKind.CoachReflection, Access.Write, tracked: false, ct) is not { } found)
        {
            return NotFound();
        }

        var saved = await db.CoachPreparationReflections.FirstOrDefaultAsync(x => x.SessionRecordId == sessionId, ct);
        if (saved is not null && input.Stamp != saved.ConcurrencyStamp)
        {
            ModelState.AddModelError(nameof(input.CoacheeLearningStyle), t["You saved this form in another window while you were writing here. Your text is kept below: save again to keep it."]);
            input.Stamp = saved.ConcurrencyStamp;
        }

        if (!ModelState.IsValid)
        {
            return View(new SessionFormViewModel<ReflectionInput> { Partnership = found.Partnership, Session = found.Session, Input = input });
        }

        var reflection = saved ?? new CoachPreparationReflection { SessionRecordId = sessionId };
        reflection.Write(new ReflectionAnswers(
            TextInput.Clean(input.CoacheeLearningStyle), TextInput.Clean(input.SkillsToWorkOn), TextInput.Clean(input.Approach), TextInput.Clean(input.WorkedWell),
            TextInput.Clean(input.WorkedLessWell), TextInput.Clean(input.ModelsAndTechniques), TextInput.Clean(input.WhatILearnt)), clock.Now);
        if (saved is null)
        {
            db.CoachPreparationReflections.Add(reflection);
        }

        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Show), new { sessionId });
    }

    private async Task<(Partnership Partnership, SessionRecord Session)?> LoadAsync(Guid sessionId, RecordKind kind, Access needed, bool tracked, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, needed, [kind], ct);
        if (p is null)
        {
            return null;
        }

        var sessions = tracked ? db.SessionRecords : db.SessionRecords.AsNoTracking();
        var session = await sessions.Include(s => s.Progress).SingleAsync(s => s.Id == sessionId, ct);
        return (p, session);
    }

    private async Task<List<(Guid Id, string Description)>> GoalsAsync(Guid matchId, CancellationToken ct) =>
        (await db.Goals.AsNoTracking().Where(g => g.MatchId == matchId).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Select(g => new { g.Id, g.Description }).ToListAsync(ct))
            .Select(g => (g.Id, g.Description)).ToList();

    private async Task<RecordViewModel> RecordViewModelAsync(Partnership p, SessionRecord session, RecordInput input, List<(Guid Id, string Description)> goals, CancellationToken ct)
    {
        var ids = goals.Select(g => g.Id).ToHashSet();
        input.Progress = [.. goals.Select(g => input.Progress.FirstOrDefault(x => x.GoalId == g.Id) ?? new ProgressInput { GoalId = g.Id })];
        return new RecordViewModel
        {
            Partnership = p,
            Session = session,
            Input = input,
            Goals = goals.Where(g => ids.Contains(g.Id)).ToList(),
            Preparation = await access.MayReadAsync(p.Parties.For(RecordKind.MeetingPreparation))
                ? await db.MeetingPreparations.AsNoTracking().FirstOrDefaultAsync(x => x.SessionRecordId == session.Id, ct)
                : null,
        };
    }

    private static SessionTime TimeFrom(SessionTimeInput input) =>
        new(input.Date!.Value, input.Start!.Value, input.End!.Value, TextInput.Clean(input.Venue));

    private static SessionRecord WithoutContent(SessionRecord s) => new()
    {
        Id = s.Id,
        MatchId = s.MatchId,
        SessionNumber = s.SessionNumber,
        MeetingDate = s.MeetingDate,
        StartTime = s.StartTime,
        EndTime = s.EndTime,
        Venue = s.Venue,
        Status = s.Status,
        CancelledBy = s.CancelledBy,
        NoticeHours = s.NoticeHours,
        CalendarSequence = s.CalendarSequence,
    };

    private static PreparationInput PreparationFrom(MeetingPreparation? p) => p is null ? new PreparationInput() : new PreparationInput
    {
        Stamp = p.ConcurrencyStamp,
        AccomplishedSinceLastTime = p.AccomplishedSinceLastTime,
        NotDoneButIntended = p.NotDoneButIntended,
        OnMyMindAtWork = p.OnMyMindAtWork,
        CurrentChallenges = p.CurrentChallenges,
        CurrentOpportunities = p.CurrentOpportunities,
        AnythingElse = p.AnythingElse,
        WantFromSession = p.WantFromSession,
    };

    private static ReflectionInput ReflectionFrom(CoachPreparationReflection? r) => r is null ? new ReflectionInput() : new ReflectionInput
    {
        Stamp = r.ConcurrencyStamp,
        CoacheeLearningStyle = r.CoacheeLearningStyle,
        SkillsToWorkOn = r.SkillsToWorkOn,
        Approach = r.Approach,
        WorkedWell = r.WorkedWell,
        WorkedLessWell = r.WorkedLessWell,
        ModelsAndTechniques = r.ModelsAndTechniques,
        WhatILearnt = r.WhatILearnt,
    };
}
