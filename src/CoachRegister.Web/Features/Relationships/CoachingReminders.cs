using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Data.Configurations;
using CoachRegister.Data.Jobs;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Calendar;
using CoachRegister.Web.Infrastructure.Http;
using CoachRegister.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>What one run of the reminder job did: whether this server had the lease, and how many reminders it queued.</summary>
public sealed record ReminderRun(bool Ran, int Sent);

/// <summary>
/// The coaching reminders (<see cref="Reminders.Due"/>): the coachee's to prepare two days before a session, the
/// coach's to record a session three days after it, and both sides' when the review point comes. Three queries
/// find what is due, whatever the number of partnerships; each reminder is then written as a
/// <see cref="SentReminder"/> with its e-mail in one transaction, so the unique key of the reminder lets only
/// one of two runs (two servers, or a lease that ran out mid-run) send it. The e-mails say when, and link to the
/// page; they never carry what was said in a session.
/// </summary>
public sealed class CoachingReminders(
    AppDbContext db,
    JobLeases leases,
    CoachingMail mail,
    PublicUrls urls,
    SchemeClock clock,
    IOptions<CoachingOptions> options,
    ILogger<CoachingReminders> logger)
{
    public const string Job = JobLeaseConfiguration.CoachingReminders;

    private static readonly List<MatchStatus> Reminding = Enum.GetValues<MatchStatus>().Where(Reminders.Reminds).ToList();

    /// <summary>Sends the reminders due today when this server takes the lease; another server holding it means nothing to do.</summary>
    public async Task<ReminderRun> RunAsync(Guid holder, CancellationToken ct)
    {
        if (!await leases.TryTakeAsync(Job, holder, clock.Now, options.Value.LeaseDuration, ct))
        {
            return new ReminderRun(false, 0);
        }

        var completed = false;
        try
        {
            var sent = await SendDueAsync(clock.Today, ct);
            completed = true;
            return new ReminderRun(true, sent);
        }
        finally
        {
            await leases.GiveBackAsync(Job, holder, completed ? clock.Now : null, CancellationToken.None);
        }
    }

    /// <summary>Queues every reminder due on <paramref name="today"/> not sent before; the number queued by this run.</summary>
    public async Task<int> SendDueAsync(DateOnly today, CancellationToken ct)
    {
        var prepareUntil = today.AddDays(Reminders.PrepareDaysBefore);
        var recordFrom = today.AddDays(-Reminders.RecordDaysAfter);
        var sessions = await db.SessionRecords.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Planned && Reminding.Contains(s.Match!.Status))
            .Where(s => (s.MeetingDate >= today && s.MeetingDate <= prepareUntil
                    && !db.SentReminders.Any(r => r.Kind == ReminderKind.PrepareForSession && r.SubjectId == s.Id))
                || (s.MeetingDate <= recordFrom
                    && !db.SentReminders.Any(r => r.Kind == ReminderKind.RecordSession && r.SubjectId == s.Id)))
            .Select(s => new SessionDue(
                s.Id,
                s.SessionNumber,
                s.MeetingDate,
                s.StartTime,
                s.Status,
                s.Match!.Status,
                new PartyPerson(s.Match.Coach!.PersonId, s.Match.Coach.Person!.GivenName, s.Match.Coach.Person.FamilyName, s.Match.Coach.Person.Email, s.Match.Coach.Person.PreferredLanguage),
                new PartyPerson(s.Match.CoacheeId, s.Match.Coachee!.GivenName, s.Match.Coachee.FamilyName, s.Match.Coachee.Email, s.Match.Coachee.PreferredLanguage)))
            .ToListAsync(ct);

        var partnerships = await db.Matches.AsNoTracking()
            .Where(m => Reminding.Contains(m.Status)
                && !db.PartnershipReviews.Any(r => r.MatchId == m.Id && r.Reason == ReviewReason.ReviewPoint && r.CompletedAt != null)
                && db.SentReminders.Count(r => r.Kind == ReminderKind.ReviewPoint && r.SubjectId == m.Id) < 2)
            .Select(m => new PartnershipDue(
                m.Id,
                m.Status,
                m.StartedOn,
                db.SessionRecords.Where(s => s.MatchId == m.Id && s.Status == SessionStatus.Held).Select(s => s.MeetingDate).ToList(),
                m.Coach!.Scheme!.ReviewAfterSessions,
                m.Coach.Scheme.ReviewAfterMonths,
                new PartyPerson(m.Coach.PersonId, m.Coach.Person!.GivenName, m.Coach.Person.FamilyName, m.Coach.Person.Email, m.Coach.Person.PreferredLanguage),
                new PartyPerson(m.CoacheeId, m.Coachee!.GivenName, m.Coachee.FamilyName, m.Coachee.Email, m.Coachee.PreferredLanguage)))
            .ToListAsync(ct);

        var subjects = sessions.Select(s => s.Id).Concat(partnerships.Select(p => p.Id)).ToList();
        HashSet<ReminderKey> sent = subjects.Count == 0
            ? []
            : (await db.SentReminders.AsNoTracking().Where(r => subjects.Contains(r.SubjectId))
                .Select(r => new { r.Kind, r.SubjectId, r.RecipientPersonId }).ToListAsync(ct))
                .Select(r => new ReminderKey(r.Kind, r.SubjectId, r.RecipientPersonId))
                .ToHashSet();

        var due = Reminders.Due(
            sessions.Select(s => new SessionForReminder(s.Id, s.Date, s.Status, s.PartnershipStatus, s.Coach.Id, s.Coachee.Id)),
            partnerships.Select(p => new PartnershipForReminder(p.Id, p.Status, p.StartedOn, p.HeldOn, p.ReviewAfterSessions, p.ReviewAfterMonths, ReviewPointDone: false, p.Coach.Id, p.Coachee.Id)),
            sent,
            today);

        var sessionsById = sessions.ToDictionary(s => s.Id);
        var partnershipsById = partnerships.ToDictionary(p => p.Id);
        var count = 0;
        foreach (var reminder in due)
        {
            var (to, email) = reminder.Key.Kind == ReminderKind.ReviewPoint
                ? ReviewEmail(partnershipsById[reminder.Key.SubjectId], reminder)
                : SessionEmail(sessionsById[reminder.Key.SubjectId], reminder);
            db.SentReminders.Add(new SentReminder
            {
                Kind = reminder.Key.Kind,
                SubjectId = reminder.Key.SubjectId,
                RecipientPersonId = reminder.Key.RecipientPersonId,
                SentAt = clock.Now,
            });
            await mail.QueueAsync(to, email, ct);
            count += await SaveOnceAsync(reminder.Key, ct);
        }

        if (count > 0)
        {
            logger.LogInformation("Coaching reminders for {Day}: {Count} sent", today, count);
        }

        return count;
    }

    private (PartyPerson To, CoachingEmail Email) SessionEmail(SessionDue session, DueReminder reminder)
    {
        var at = session.Start?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";
        if (reminder.Key.Kind == ReminderKind.PrepareForSession)
        {
            return (session.Coachee, new CoachingEmail(
                session.Coachee.GivenName,
                new Phrase("Prepare for coaching session {0} on {1}", session.Number, session.Date),
                [
                    new Phrase("Your coaching session {0} with {1} is on {2} at {3}.", session.Number, session.Coach.FullName, session.Date, at),
                    new Phrase("The meeting preparation form helps you think about what you want from the session. Only you and your coach can read it."),
                ],
                new Phrase("Prepare for the session"),
                urls.For($"/sessions/{session.Id}/preparation")));
        }

        return (session.Coach, new CoachingEmail(
            session.Coach.GivenName,
            new Phrase("Record coaching session {0} of {1}", session.Number, session.Date),
            [
                new Phrase("Session {0} with {1} on {2} has not been recorded yet.", session.Number, session.Coachee.FullName, session.Date),
                new Phrase("Record it while you remember it well. If it did not take place, cancel it instead, so that the partnership's figures stay right."),
            ],
            new Phrase("Record the session"),
            urls.For($"/sessions/{session.Id}/record")));
    }

    private (PartyPerson To, CoachingEmail Email) ReviewEmail(PartnershipDue partnership, DueReminder reminder)
    {
        var (to, other) = reminder.Key.RecipientPersonId == partnership.Coach.Id
            ? (partnership.Coach, partnership.Coachee)
            : (partnership.Coachee, partnership.Coach);
        return (to, new CoachingEmail(
            to.GivenName,
            new Phrase("Time to review your coaching partnership"),
            [
                new Phrase("Your coaching partnership with {0} reached its review point on {1}. Your agreement says that you then review together whether the partnership is working and should continue.", other.FullName, reminder.About),
                new Phrase("Record the review on the partnership's page when you have talked."),
            ],
            new Phrase("See the partnership"),
            urls.For($"/relationships/{partnership.Id}")));
    }

    /// <summary>Saves one reminder with its e-mail; 0 when another run recorded the same reminder first (nothing is sent twice).</summary>
    private async Task<int> SaveOnceAsync(ReminderKey key, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return 1;
        }
        catch (DbUpdateException exception)
        {
            logger.LogInformation(exception, "Reminder {Kind} about {Subject} was sent by another run; not sent twice", key.Kind, key.SubjectId);
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private sealed record SessionDue(
        Guid Id, int Number, DateOnly Date, TimeOnly? Start, SessionStatus Status, MatchStatus PartnershipStatus, PartyPerson Coach, PartyPerson Coachee);

    private sealed record PartnershipDue(
        Guid Id, MatchStatus Status, DateOnly? StartedOn, List<DateOnly> HeldOn, int ReviewAfterSessions, int ReviewAfterMonths, PartyPerson Coach, PartyPerson Coachee);
}
