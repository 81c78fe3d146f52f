using CoachRegister.Data;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Compliance;

/// <summary>What one run of the nightly job did.</summary>
public sealed record ComplianceRunSummary(int Checked, int RemindersSent, int Paused, int Unpaused);

/// <summary>
/// The nightly job: for every scheme, evaluates everyone at once, sends each reminder due today that was
/// not sent before, pauses published profiles that are past their deadline and grace (hidden from the
/// directory and matching; existing coachees continue and HR decides), and lifts the pauses it made itself
/// once the shortfall is made up. Idempotent: a reminder is a row with a unique key, written with its
/// e-mail in one transaction; a pause is a status change of the profile, checked against its
/// concurrency stamp; so running it twice, or on two servers at once, sends nothing twice and pauses nobody twice.
/// </summary>
public sealed class ComplianceJob(
    AppDbContext db,
    ComplianceEvaluation evaluation,
    ComplianceMail mail,
    TimeProvider time,
    ILogger<ComplianceJob> logger)
{
    public const string LeaseName = Data.Configurations.JobLeaseConfiguration.ComplianceNightly;

    public async Task<ComplianceRunSummary> RunAsync(DateOnly today, CancellationToken ct = default)
    {
        var schemeIds = await db.Schemes.AsNoTracking().Select(s => s.Id).ToListAsync(ct);
        var summary = new ComplianceRunSummary(0, 0, 0, 0);
        foreach (var schemeId in schemeIds)
        {
            var standings = await evaluation.EvaluateAsync(schemeId, today, ct: ct);
            var sent = (await db.ComplianceReminders.AsNoTracking()
                    .Where(r => db.CoachProfiles.Any(p => p.Id == r.CoachProfileId && p.SchemeId == schemeId))
                    .Select(r => new { r.CoachProfileId, r.Requirement, r.Deadline, r.DaysBefore })
                    .ToListAsync(ct))
                .Select(r => (r.CoachProfileId, r.Requirement, r.Deadline, r.DaysBefore))
                .ToHashSet();
            var hr = await mail.HrRecipientsAsync(schemeId, ct);
            foreach (var standing in standings)
            {
                var reminders = standing.Result.RemindersDue
                    .Where(r => !sent.Contains((standing.ProfileId, r.Kind, r.Deadline, r.DaysBefore)))
                    .ToList();
                if (reminders.Count > 0 && await RemindAsync(standing, reminders, ct))
                {
                    summary = summary with { RemindersSent = summary.RemindersSent + reminders.Count };
                }

                var change = await ApplyPauseAsync(standing, hr, today, ct);
                summary = summary with
                {
                    Checked = summary.Checked + 1,
                    Paused = summary.Paused + (change == PauseChange.Paused ? 1 : 0),
                    Unpaused = summary.Unpaused + (change == PauseChange.Unpaused ? 1 : 0),
                };
            }
        }

        logger.LogInformation(
            "Compliance run for {Day}: {Checked} checked, {Reminders} reminders, {Paused} paused, {Unpaused} un-paused",
            today, summary.Checked, summary.RemindersSent, summary.Paused, summary.Unpaused);
        return summary;
    }

    private async Task<bool> RemindAsync(PractitionerStanding standing, List<ComplianceReminder> reminders, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var reminder in reminders)
        {
            db.ComplianceReminders.Add(new ComplianceReminderSent
            {
                CoachProfileId = standing.ProfileId,
                Requirement = reminder.Kind,
                Deadline = reminder.Deadline,
                DaysBefore = reminder.DaysBefore,
                SentAt = now,
            });
        }

        await mail.QueueReminderAsync(standing, reminders.Select(r => r.Requirement).ToList(), ct);
        return await SaveOnceAsync(ct);
    }

    private enum PauseChange
    {
        None,
        Paused,
        Unpaused,
    }

    private async Task<PauseChange> ApplyPauseAsync(PractitionerStanding standing, IReadOnlyList<ComplianceMail.Recipient> hr, DateOnly today, CancellationToken ct)
    {
        var paused = standing.Result.Status == ComplianceStatus.Paused;
        var profileStatus = standing.ProfileStatus;
        var mayPause = paused && profileStatus == ProfileStatus.Published;
        var stored = await db.ComplianceStandings.FirstAsync(s => s.CoachProfileId == standing.ProfileId, ct);
        var mayLift = !paused && profileStatus == ProfileStatus.Paused && stored.PausedForComplianceOn is not null;
        stored.Record(standing.Result.Status, today);
        if (!mayPause && !mayLift)
        {
            await SaveOnceAsync(ct);
            return PauseChange.None;
        }

        var profile = await db.CoachProfiles.Include(p => p.Areas).FirstAsync(p => p.Id == standing.ProfileId, ct);
        var now = time.GetUtcNow();
        if (mayPause)
        {
            profile.Pause(mail.PauseReason(standing), null, now);
            stored.PausedForComplianceOn = today;
            db.AuditEvents.Add(Audit("CompliancePaused", profile.Id, profile.PausedReason, now));
            await mail.QueuePausedAsync(standing, hr, ct);
        }
        else
        {
            db.AuditEvents.Add(Audit("ComplianceUnpaused", profile.Id, profile.PausedReason, now));
            profile.Unpause(null, now);
            stored.PausedForComplianceOn = null;
            await mail.QueueUnpausedAsync(standing, hr, ct);
        }

        return await SaveOnceAsync(ct) ? (mayPause ? PauseChange.Paused : PauseChange.Unpaused) : PauseChange.None;
    }

    /// <summary>Saves; a unique reminder key or a concurrency stamp taken by another run means it did this already.</summary>
    private async Task<bool> SaveOnceAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException exception)
        {
            logger.LogInformation(exception, "Another compliance run got there first; nothing sent or changed twice");
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static AuditEvent Audit(string action, Guid profileId, string? detail, DateTimeOffset at) => new()
    {
        At = at,
        Action = action,
        EntityType = nameof(CoachProfile),
        EntityId = profileId,
        Detail = detail,
    };
}
