using CoachRegister.Data;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>
/// Builds a partnership's page in a fixed number of queries, however many sessions it has: one each for the
/// agreement versions, the goals, the sessions (with whether each was prepared for and given feedback), the
/// progress marks, the plan, the reviews and the end-of-programme forms.
/// </summary>
public sealed class RelationshipPageService(AppDbContext db, PortalAccess access, SchemeClock clock)
{
    public async Task<RelationshipPage> BuildAsync(Partnership partnership, PartnershipSide side, CancellationToken ct)
    {
        var id = partnership.Id;
        var parties = partnership.Parties;
        var myRole = side == PartnershipSide.Coach ? SignatoryRole.Coach : SignatoryRole.Coachee;

        var versions = await db.Agreements.AsNoTracking()
            .Where(a => a.MatchId == id)
            .OrderByDescending(a => a.Version)
            .Select(a => new { a.Version, a.Status, a.AgreedOn, Roles = a.Signatures.Select(s => s.Role).ToList() })
            .ToListAsync(ct);
        AgreementSummary? agreement = null;
        if (versions.Count > 0)
        {
            var current = versions[0];
            agreement = new AgreementSummary(
                current.Version,
                current.Status,
                current.AgreedOn,
                current.Roles.Contains(myRole),
                current.Roles.Any(r => r != myRole && r != SignatoryRole.LineManager),
                versions.FirstOrDefault(v => v.Status == AgreementStatus.Signed)?.Version);
        }

        var sessions = await db.SessionRecords.AsNoTracking()
            .Where(s => s.MatchId == id)
            .OrderBy(s => s.SessionNumber)
            .Select(s => new SessionRow(
                s.Id, s.SessionNumber, s.MeetingDate, s.StartTime, s.EndTime, s.Status, s.CancelledBy, s.NoticeHours, s.ActionsIdentified,
                db.MeetingPreparations.Any(p => p.SessionRecordId == s.Id),
                db.CoachFeedback.Any(f => f.SessionRecordId == s.Id)))
            .ToListAsync(ct);

        var goals = await db.Goals.AsNoTracking().Where(g => g.MatchId == id).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).ToListAsync(ct);
        // From the partnership's sessions to their marks: filtering the marks by an EXISTS on their session made
        // SQLite read every progress mark in the database (900 ms among 200,000 sessions, docs/PERFORMANCE.md).
        var marks = await db.SessionRecords.AsNoTracking()
            .Where(s => s.MatchId == id)
            .SelectMany(s => s.Progress)
            .Select(p => new { p.GoalId, p.SessionRecordId, p.Score })
            .ToListAsync(ct);
        var goalRows = new List<GoalRow>();
        foreach (var goal in goals)
        {
            if (await access.MayReadAsync(parties.ForGoal(goal.Visibility)))
            {
                goalRows.Add(new GoalRow(goal.Id, goal.Description, goal.Visibility, goal.BaselineScore,
                    marks.Where(m => m.GoalId == goal.Id).ToDictionary(m => m.SessionRecordId, m => m.Score)));
            }
        }

        var plan = await access.MayReadAsync(parties.For(RecordKind.DevelopmentPlan))
            ? await db.DevelopmentPlanItems.AsNoTracking()
                .Where(i => i.MatchId == id)
                .OrderBy(i => i.IsReviewEntry).ThenBy(i => i.Date)
                .Select(i => new PlanRow(i.Id, i.Date, i.Topic, i.Outcome, i.Actions, i.CompleteBy, i.Rag, i.IsReviewEntry))
                .ToListAsync(ct)
            : [];

        var reviews = await db.PartnershipReviews.AsNoTracking().Where(r => r.MatchId == id)
            .Select(r => new { r.Reason, r.CompletedAt }).ToListAsync(ct);
        var forms = await db.Matches.AsNoTracking().Where(m => m.Id == id).Select(m => new
        {
            Rated = db.CoachFeedback.Any(f => f.MatchId == m.Id && f.SessionRecordId == null),
            Evaluated = db.FinalEvaluations.Any(e => e.MatchId == m.Id),
        }).SingleAsync(ct);

        // Each by its unique MatchId index, in a query of its own: inside the one above, EF ranks every row of both
        // tables (ROW_NUMBER over the whole table, 14 ms among 10,000 partnerships, docs/PERFORMANCE.md).
        var threeWay = await db.ThreeWayConfirmations.AsNoTracking().Where(c => c.MatchId == id)
            .Select(c => new ThreeWayState(true, c.ConfirmedAt, c.SupportOffered)).FirstOrDefaultAsync(ct);
        var ending = await access.MayReadAsync(parties.For(RecordKind.EndingReason))
            ? await db.PartnershipEndings.AsNoTracking().Where(e => e.MatchId == id)
                .Select(e => new EndingRow(e.EndedBy, e.Category, e.PrivateReason, e.EndedAt)).FirstOrDefaultAsync(ct)
            : null;

        var today = clock.Today;
        var due = Programme.ReviewDueOn(partnership.StartedOn, sessions.Where(s => s.Status == SessionStatus.Held).Select(s => s.Date), partnership.Scheme.ReviewAfterSessions, partnership.Scheme.ReviewAfterMonths);
        var reviewPointDone = reviews.Any(r => r.Reason == ReviewReason.ReviewPoint && r.CompletedAt != null);
        var flagged = reviews.Any(r => r.Reason == ReviewReason.CancellationsInARow && r.CompletedAt == null);
        var reached = !reviewPointDone && Reminders.ReviewDue(due, today);
        var streak = Programme.CancelledInARow(sessions.Select(s => (s.Number, s.Status)));
        var review = partnership.IsOpen && (reached || flagged || !reviewPointDone)
            ? new ReviewPrompt(reviewPointDone ? null : due, reached, streak, flagged)
            : null;

        var may = new RelationshipPermissions(
            EditAgreement: await access.MayChangeAsync(parties.For(RecordKind.Agreement)),
            Schedule: partnership.IsOpen && await access.MayChangeAsync(parties.For(RecordKind.SessionSchedule)),
            Record: partnership.IsOpen && await access.MayChangeAsync(parties.For(RecordKind.SessionContent)),
            EditGoals: partnership.IsOpen && await access.MayChangeAsync(parties.For(RecordKind.PrivateGoal)),
            EditPlan: partnership.IsOpen && await access.MayChangeAsync(parties.For(RecordKind.DevelopmentPlan)),
            Review: partnership.IsOpen && await access.MayChangeAsync(parties.For(RecordKind.PartnershipReview)),
            End: partnership.IsOpen && await access.MayChangeAsync(parties.For(RecordKind.EndingReason)),
            GiveFeedback: await access.MayChangeAsync(parties.For(RecordKind.Feedback)),
            ReadFeedback: await access.MayReadAsync(parties.For(RecordKind.Feedback)),
            Reflect: await access.MayReadAsync(parties.For(RecordKind.CoachReflection)),
            Prepare: await access.MayChangeAsync(parties.For(RecordKind.MeetingPreparation)));

        return new RelationshipPage(partnership, side, agreement, sessions, goalRows, plan, review, forms.Rated, forms.Evaluated, threeWay, ending, may, today);
    }
}
