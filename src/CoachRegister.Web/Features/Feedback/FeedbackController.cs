using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Feedback;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Feedback;

/// <summary>
/// The coachee's feedback, which goes to the coach: the short form after a session, and at the end the
/// fifteen-attribute rating and the final evaluation. Each is given once and then read by both.
/// </summary>
[Authorize]
public class FeedbackController(
    AppDbContext db,
    PortalAccess access,
    Partnerships partnerships,
    CoachingMail mail,
    SchemeClock clock,
    IStringLocalizer<CoachingText> t) : Controller
{
    [HttpGet("sessions/{sessionId:guid}/feedback")]
    public async Task<IActionResult> Session(Guid sessionId, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Read, [RecordKind.Feedback], ct);
        if (p is null)
        {
            return NotFound();
        }

        var session = await db.SessionRecords.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        var given = await db.CoachFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.SessionRecordId == sessionId, ct);
        var mayGive = given is null && session.Status == SessionStatus.Held && await access.MayChangeAsync(p.Parties.For(RecordKind.Feedback));
        if (given is null && !mayGive)
        {
            return NotFound();
        }

        var input = given is null ? new SessionFeedbackInput() : new SessionFeedbackInput { WorkedWell = given.WorkedWell, WorkedLessWell = given.WorkedLessWell, CoachCouldDevelop = given.CoachCouldDevelop };
        return View(new FeedbackViewModel<SessionFeedbackInput> { Partnership = p, Input = input, ReadOnly = !mayGive, SessionNumber = session.SessionNumber, SessionId = sessionId, SubmittedAt = given?.SubmittedAt });
    }

    [HttpPost("sessions/{sessionId:guid}/feedback")]
    public async Task<IActionResult> Session(Guid sessionId, SessionFeedbackInput input, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Write, [RecordKind.Feedback], ct);
        if (p is null)
        {
            return NotFound();
        }

        var session = await db.SessionRecords.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        if (session.Status != SessionStatus.Held)
        {
            ModelState.AddModelError(nameof(input.WorkedWell), CoachingRuleMessages.For(Rule.NoSessionHeldYet, t));
        }
        else if (await db.CoachFeedback.AnyAsync(f => f.SessionRecordId == sessionId, ct))
        {
            ModelState.AddModelError(nameof(input.WorkedWell), CoachingRuleMessages.For(Rule.AlreadyGiven, t));
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.CoachFeedback.Add(CoachFeedback.ForSession(p.Id, sessionId, TextInput.Clean(input.WorkedWell), TextInput.Clean(input.WorkedLessWell), TextInput.Clean(input.CoachCouldDevelop), clock.Now));
                await ToldCoachAsync(p, new Phrase("{0} has given feedback on session {1}", p.Coachee.FullName, session.SessionNumber), $"/sessions/{sessionId}/feedback", ct);
                await db.SaveChangesAsync(ct);
                return RedirectToAction("Show", "Sessions", new { sessionId });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.WorkedWell), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        return View(new FeedbackViewModel<SessionFeedbackInput> { Partnership = p, Input = input, SessionNumber = session.SessionNumber, SessionId = sessionId });
    }

    [HttpGet("relationships/{id:guid}/rating")]
    public async Task<IActionResult> Rating(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.Feedback, ct);
        if (p is null)
        {
            return NotFound();
        }

        var given = await db.CoachFeedback.AsNoTracking().Include(f => f.Ratings).FirstOrDefaultAsync(f => f.MatchId == id && f.SessionRecordId == null, ct);
        var mayGive = given is null && await access.MayChangeAsync(p.Parties.For(RecordKind.Feedback));
        var input = given is null
            ? new RatingInput()
            : new RatingInput { Scores = given.Ratings.ToDictionary(r => r.Attribute, r => (int?)r.Score), OverallExperience = given.OverallExperience, Suggestions = given.SuggestionsForLowScores };
        return View(new FeedbackViewModel<RatingInput> { Partnership = p, Input = input, ReadOnly = !mayGive, SubmittedAt = given?.SubmittedAt });
    }

    [HttpPost("relationships/{id:guid}/rating")]
    public async Task<IActionResult> Rating(Guid id, RatingInput input, CancellationToken ct)
    {
        var p = await partnerships.ChangeableAsync(id, RecordKind.Feedback, ct);
        if (p is null)
        {
            return NotFound();
        }

        await CheckGivenOnceAsync(db.CoachFeedback.AnyAsync(f => f.MatchId == id && f.SessionRecordId == null, ct), id, "Scores[BuildsRapport]", ct);
        if (ModelState.IsValid)
        {
            try
            {
                var scores = input.Scores.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!.Value);
                db.CoachFeedback.Add(CoachFeedback.Rating(id, scores, TextInput.Clean(input.OverallExperience), TextInput.Clean(input.Suggestions), clock.Now));
                await ToldCoachAsync(p, new Phrase("{0} has rated your coaching", p.Coachee.FullName), $"/relationships/{id}/rating", ct);
                await db.SaveChangesAsync(ct);
                return RedirectToAction("Show", "Relationships", new { id });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError("Scores[BuildsRapport]", CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        return View(new FeedbackViewModel<RatingInput> { Partnership = p, Input = input });
    }

    [HttpGet("relationships/{id:guid}/evaluation")]
    public async Task<IActionResult> Evaluation(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.FinalEvaluation, ct);
        if (p is null)
        {
            return NotFound();
        }

        var given = await db.FinalEvaluations.AsNoTracking().FirstOrDefaultAsync(e => e.MatchId == id, ct);
        var mayGive = given is null && await access.MayChangeAsync(p.Parties.For(RecordKind.FinalEvaluation));
        return View(new FeedbackViewModel<EvaluationInput> { Partnership = p, Input = given is null ? new EvaluationInput() : InputFrom(given), ReadOnly = !mayGive, SubmittedAt = given?.SubmittedAt });
    }

    [HttpPost("relationships/{id:guid}/evaluation")]
    public async Task<IActionResult> Evaluation(Guid id, EvaluationInput input, CancellationToken ct)
    {
        var p = await partnerships.ChangeableAsync(id, RecordKind.FinalEvaluation, ct);
        if (p is null)
        {
            return NotFound();
        }

        await CheckGivenOnceAsync(db.FinalEvaluations.AnyAsync(e => e.MatchId == id, ct), id, nameof(input.MetExpectations), ct);
        if (ModelState.IsValid)
        {
            try
            {
                db.FinalEvaluations.Add(FinalEvaluation.Submit(id, new EvaluationAnswers(
                    TextInput.Clean(input.HowFoundStyle), input.MetExpectations, TextInput.Clean(input.MetExpectationsComment), input.WouldRecommend,
                    TextInput.Clean(input.HowThingsChanged), input.WouldConsiderCoachingCourse, TextInput.Clean(input.Helpful1), TextInput.Clean(input.Helpful2),
                    TextInput.Clean(input.Helpful3), TextInput.Clean(input.Unhelpful1), TextInput.Clean(input.Unhelpful2), TextInput.Clean(input.Unhelpful3)), clock.Now));
                await ToldCoachAsync(p, new Phrase("{0} has given the final evaluation", p.Coachee.FullName), $"/relationships/{id}/evaluation", ct);
                await db.SaveChangesAsync(ct);
                return RedirectToAction("Show", "Relationships", new { id });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.MetExpectations), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        return View(new FeedbackViewModel<EvaluationInput> { Partnership = p, Input = input });
    }

    /// <summary>The end-of-programme forms are given once, and only after a session has been held.</summary>
    private async Task CheckGivenOnceAsync(Task<bool> alreadyGiven, Guid matchId, string field, CancellationToken ct)
    {
        if (await alreadyGiven)
        {
            ModelState.AddModelError(field, CoachingRuleMessages.For(Rule.AlreadyGiven, t));
        }
        else if (!await db.SessionRecords.AnyAsync(s => s.MatchId == matchId && s.Status == SessionStatus.Held, ct))
        {
            ModelState.AddModelError(field, CoachingRuleMessages.For(Rule.NoSessionHeldYet, t));
        }
    }

    private Task ToldCoachAsync(Partnership p, Phrase subject, string path, CancellationToken ct) =>
        mail.QueueAsync(p.Coach, new CoachingEmail(p.Coach.GivenName, subject, [new Phrase("Read it on the portal. Only you can read it there.")], new Phrase("Read the feedback"), mail.Link(path)), ct);

    private static EvaluationInput InputFrom(FinalEvaluation e) => new()
    {
        HowFoundStyle = e.HowFoundStyle,
        MetExpectations = e.MetExpectations,
        MetExpectationsComment = e.MetExpectationsComment,
        WouldRecommend = e.WouldRecommend,
        HowThingsChanged = e.HowThingsChanged,
        WouldConsiderCoachingCourse = e.WouldConsiderCoachingCourse,
        Helpful1 = e.Helpful1,
        Helpful2 = e.Helpful2,
        Helpful3 = e.Helpful3,
        Unhelpful1 = e.Unhelpful1,
        Unhelpful2 = e.Unhelpful2,
        Unhelpful3 = e.Unhelpful3,
    };
}
