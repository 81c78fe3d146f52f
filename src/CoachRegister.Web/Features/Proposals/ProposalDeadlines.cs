using CoachRegister.Data;
using CoachRegister.Data.Configurations;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Proposals;

/// <summary>What one run of the deadline job did.</summary>
public sealed record DeadlineRun(bool Ran, int Lapsed, int Reminded);

/// <summary>
/// The proposals' deadlines: reminds each proposed coach on the scheme's reminder days (7 and 13 by default)
/// and lapses each proposal whose time to answer has passed, sending its request back to the scheme team.
/// Safe to run again at any time or from two servers at once: it takes the job's lease, each step checks the
/// match's state and what was already sent, and each match is saved on its own against its concurrency stamp
/// (a coach answering at that moment wins, and the job leaves the match alone).
/// </summary>
public sealed class ProposalDeadlines(AppDbContext db, JobLeases leases, MatchingMail mail, ILogger<ProposalDeadlines> logger)
{
    public const string Job = JobLeaseConfiguration.ProposalDeadlines;
    private const int Batch = 200;
    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(10);

    public async Task<DeadlineRun> RunAsync(Guid holder, DateTimeOffset now, CancellationToken ct)
    {
        if (!await leases.TryTakeAsync(Job, holder, now, LeaseLength, ct))
        {
            return new DeadlineRun(false, 0, 0);
        }

        var completed = false;
        try
        {
            var lapsed = await LapseAsync(now, ct);
            var reminded = await RemindAsync(now, ct);
            completed = true;
            return new DeadlineRun(true, lapsed, reminded);
        }
        finally
        {
            await leases.GiveBackAsync(Job, holder, completed ? now : null, CancellationToken.None);
        }
    }

    private async Task<int> LapseAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = await db.Matches.AsNoTracking()
            .Where(m => m.Status == MatchStatus.Proposed && m.RespondBy != null && m.RespondBy <= now)
            .OrderBy(m => m.RespondBy).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        var count = 0;
        foreach (var id in due)
        {
            var match = await LoadAsync(id, ct);
            if (match is null || !match.Expire(now))
            {
                continue;
            }

            var (coach, requester) = await SidesAsync(match, ct);
            await mail.CoachNewsAsync(coach, requester, match, CoachNews.Lapsed, ct);
            await mail.RequestNewsAsync(requester, match.MatchRequest!, RequestNews.BackWithSchemeTeam, ct, null, match);
            mail.Audit("MatchProposalExpired", nameof(Match), match.Id, null);
            count += await SaveAsync(match, ct);
        }

        return count;
    }

    private async Task<int> RemindAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = await db.Matches.AsNoTracking()
            .Where(m => m.Status == MatchStatus.Proposed && m.RespondBy > now
                && ((m.FirstReminderSentAt == null && m.FirstReminderDue <= now) || (m.SecondReminderSentAt == null && m.SecondReminderDue <= now)))
            .OrderBy(m => m.RespondBy).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        var count = 0;
        foreach (var id in due)
        {
            var match = await LoadAsync(id, ct);
            if (match?.ReminderDue(now) is not { } which)
            {
                continue;
            }

            var (coach, requester) = await SidesAsync(match, ct);
            await mail.CoachNewsAsync(coach, requester, match, CoachNews.Reminder, ct);
            match.ReminderSent(which, now);
            mail.Audit("ProposalReminderSent", nameof(Match), match.Id, null, $"Reminder {which}");
            count += await SaveAsync(match, ct);
        }

        return count;
    }

    private Task<Match?> LoadAsync(Guid id, CancellationToken ct) =>
        db.Matches.Include(m => m.MatchRequest).Include(m => m.Coach).FirstOrDefaultAsync(m => m.Id == id, ct);

    private async Task<(Recipient Coach, Recipient Requester)> SidesAsync(Match match, CancellationToken ct) =>
        ((await mail.CoachAsync(match.CoachProfileId, ct))!, (await mail.RecipientAsync(match.CoacheeId, ct))!);

    /// <summary>Saves one match's step; 0 when someone changed it meanwhile (their change stands, nothing is sent).</summary>
    private async Task<int> SaveAsync(Match match, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return 1;
        }
        catch (DbUpdateConcurrencyException)
        {
            LogConflict(logger, match.Id);
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static void LogConflict(ILogger logger, Guid matchId) =>
        logger.LogInformation("Match {MatchId} changed while the deadline job was handling it; its change stands.", matchId);
}
