using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Calendar;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.Relationships;

/// <summary>
/// The reminder job on the real SQLite file: each reminder is queued once, in its recipient's language, however
/// often and on however many servers it runs, and says when and where to go, never what was said.
/// </summary>
public class CoachingRemindersTests
{
    private const string PublicBaseUrl = "https://coaching.example.org";
    private static readonly KeyValuePair<string, string?> BaseUrl = new("Portal:PublicBaseUrl", PublicBaseUrl);

    /// <summary>
    /// The arranged partnership (one held session ten days ago, one planned in five days) with its review point come
    /// (started three months ago), a session in two days (prepare), one three days ago not recorded (record), one
    /// cancelled for tomorrow and one recorded four days ago (neither reminded).
    /// </summary>
    private sealed record Setup(ArrangedPartnership Partnership, Guid PrepareSessionId, Guid RecordSessionId, Guid CancelledSessionId, Guid RecordedSessionId);

    private static async Task<Setup> ArrangeAsync(PortalFactory factory)
    {
        var partnership = await factory.PartnershipAsync();
        var today = factory.Services.GetRequiredService<SchemeClock>().Today;
        return await factory.WithDbAsync(async db =>
        {
            var match = await db.Matches.SingleAsync(m => m.Id == partnership.MatchId);
            match.StartedOn = today.AddMonths(-3);
            var prepare = Session(3, today.AddDays(2), SessionStatus.Planned);
            var record = Session(4, today.AddDays(-3), SessionStatus.Planned);
            var cancelled = Session(5, today.AddDays(1), SessionStatus.Cancelled);
            var recorded = Session(6, today.AddDays(-4), SessionStatus.Held);
            recorded.KeyPoints = ArrangedPartnership.SessionContent;
            db.SessionRecords.AddRange(prepare, record, cancelled, recorded);
            await db.SaveChangesAsync();
            return new Setup(partnership, prepare.Id, record.Id, cancelled.Id, recorded.Id);
        });

        SessionRecord Session(int number, DateOnly on, SessionStatus status) => new()
        {
            MatchId = partnership.MatchId,
            SessionNumber = number,
            MeetingDate = on,
            StartTime = new TimeOnly(9, 30),
            EndTime = new TimeOnly(10, 30),
            DurationMinutes = 60,
            Status = status,
            CreatedAt = DateTimeOffset.UtcNow.AddDays(-20),
        };
    }

    [Fact]
    public async Task Run_twice_each_reminder_is_queued_once_to_the_right_person()
    {
        using var factory = new PortalFactory { AddedSettings = [BaseUrl] };
        var setup = await ArrangeAsync(factory);

        var first = await RunAsync(factory, Guid.NewGuid());
        var second = await RunAsync(factory, Guid.NewGuid());

        Assert.Equal(new ReminderRun(true, 4), first);
        Assert.Equal(new ReminderRun(true, 0), second);
        await AssertSentOnceAsync(factory, setup);
    }

    [Fact]
    public async Task Two_servers_on_one_database_running_at_once_send_each_reminder_once()
    {
        using var one = new PortalFactory { AddedSettings = [BaseUrl] };
        var setup = await ArrangeAsync(one);
        using var two = new PortalFactory { AddedSettings = [BaseUrl, new("ConnectionStrings:Default", $"Data Source={one.DatabasePath}")] };
        Guid[] holders = [Guid.NewGuid(), Guid.NewGuid()];

        var runs = await Task.WhenAll(RunAsync(one, holders[0]), RunAsync(two, holders[1]), RunAsync(one, holders[0]), RunAsync(two, holders[1]));

        Assert.Equal(4, runs.Sum(r => r.Sent));
        await AssertSentOnceAsync(one, setup);
    }

    [Fact]
    public async Task Two_runs_at_once_without_the_lease_still_send_nothing_twice()
    {
        using var one = new PortalFactory { AddedSettings = [BaseUrl] };
        var setup = await ArrangeAsync(one);
        using var two = new PortalFactory { AddedSettings = [BaseUrl, new("ConnectionStrings:Default", $"Data Source={one.DatabasePath}")] };
        var today = one.Services.GetRequiredService<SchemeClock>().Today;

        await Task.WhenAll(SendDueAsync(one, today), SendDueAsync(two, today), SendDueAsync(one, today));

        await AssertSentOnceAsync(one, setup);
    }

    [Fact]
    public async Task Reminders_say_when_and_link_to_the_page_but_carry_nothing_said_in_a_session()
    {
        using var factory = new PortalFactory { AddedSettings = [BaseUrl] };
        var setup = await ArrangeAsync(factory);

        await RunAsync(factory, Guid.NewGuid());

        var mail = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        var prepare = Assert.Single(mail, m => m.To == setup.Partnership.Coachee.Email && m.Subject.StartsWith("Prepare for coaching session 3", StringComparison.Ordinal));
        Assert.Contains($"{PublicBaseUrl}/sessions/{setup.PrepareSessionId}/preparation", prepare.TextBody, StringComparison.Ordinal);
        Assert.Contains("09:30", prepare.TextBody, StringComparison.Ordinal);
        var record = Assert.Single(mail, m => m.To == setup.Partnership.Coach.Email && m.Subject.StartsWith("Record coaching session 4", StringComparison.Ordinal));
        Assert.Contains($"{PublicBaseUrl}/sessions/{setup.RecordSessionId}/record", record.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, mail.Count(m => m.Subject == "Time to review your coaching partnership" && m.TextBody.Contains($"{PublicBaseUrl}/relationships/{setup.Partnership.MatchId}", StringComparison.Ordinal)));
        foreach (var message in mail)
        {
            foreach (var secret in ArrangedPartnership.Confidential.Append("Draft the agenda"))
            {
                Assert.DoesNotContain(secret, message.HtmlBody, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, message.TextBody, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_welsh_speaker_is_reminded_in_welsh()
    {
        using var factory = new PortalFactory { AddedSettings = [BaseUrl] };
        var setup = await ArrangeAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var coachee = await db.People.SingleAsync(p => p.Id == setup.Partnership.Coachee.PersonId);
            coachee.PreferredLanguage = "cy";
            await db.SaveChangesAsync();
        });

        await RunAsync(factory, Guid.NewGuid());

        var subjects = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == setup.Partnership.Coachee.Email).Select(m => m.Subject).ToListAsync());
        Assert.Contains(subjects, s => s.StartsWith("Paratoi ar gyfer sesiwn hyfforddi 3", StringComparison.Ordinal));
        Assert.Contains("Mae'n amser adolygu eich partneriaeth hyfforddi", subjects);
    }

    [Fact]
    public async Task The_hosted_job_sends_the_reminder_and_it_arrives_over_smtp()
    {
        using var smtp = new SmtpServerFixture();
        await smtp.StartAsync();
        var settings = new Dictionary<string, string?>(smtp.PortalSettings)
        {
            ["Email:PollInterval"] = "00:00:00.500",
            ["Coaching:RemindersEnabled"] = "true",
            ["Coaching:ReminderInterval"] = "00:00:01",
            [BaseUrl.Key] = BaseUrl.Value,
        };
        using var factory = new PortalFactory { AddedSettings = settings };
        var setup = await ArrangeAsync(factory);

        var delivered = await smtp.WaitForMessageAsync(
            m => m.To.Mailboxes.Any(a => a.Address == setup.Partnership.Coachee.Email) && m.Subject?.StartsWith("Prepare for coaching session 3", StringComparison.Ordinal) == true,
            TimeSpan.FromSeconds(30));

        Assert.Contains($"{PublicBaseUrl}/sessions/{setup.PrepareSessionId}/preparation", delivered.TextBody, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.SentReminders.AnyAsync(r => r.Kind == ReminderKind.PrepareForSession && r.SubjectId == setup.PrepareSessionId)));
    }

    [Fact]
    public async Task In_the_demo_register_the_storyline_coachee_is_reminded_to_prepare_in_a_fixed_number_of_queries()
    {
        using var factory = new PortalFactory { AddedSettings = [BaseUrl] };
        await factory.WithServicesAsync(s => DemoSeederTests.SeedAsync(s));
        var today = DateOnly.FromDateTime(SeededPortalFactory.Today.UtcDateTime);
        var queuedBefore = await factory.WithDbAsync(db => db.OutboxMessages.CountAsync());

        var sent = await SendDueAsync(factory, today);
        factory.Commands.Reset();
        var again = await SendDueAsync(factory, today);

        Assert.Equal(0, again);
        Assert.Equal(3, factory.Commands.Mentioning("SentReminders").Count);
        var kinds = await factory.WithDbAsync(db => db.SentReminders.GroupBy(r => r.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.True(kinds.GetValueOrDefault(ReminderKind.PrepareForSession) >= 1, "The storyline's next session is two days away.");
        Assert.True(kinds.GetValueOrDefault(ReminderKind.ReviewPoint) >= 2, "Partnerships past their review point remind both sides.");
        Assert.Equal(sent, kinds.Values.Sum());
        Assert.Equal(queuedBefore + sent, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    private static async Task AssertSentOnceAsync(PortalFactory factory, Setup setup)
    {
        var p = setup.Partnership;
        var (sent, mail) = await factory.WithDbAsync(async db => (
            await db.SentReminders.AsNoTracking().Select(r => new { r.Kind, r.SubjectId, r.RecipientPersonId }).ToListAsync(),
            await db.OutboxMessages.GroupBy(m => m.To).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count)));
        Assert.Equal(
            new[]
            {
                (ReminderKind.PrepareForSession, setup.PrepareSessionId, p.Coachee.PersonId),
                (ReminderKind.RecordSession, setup.RecordSessionId, p.Coach.PersonId),
                (ReminderKind.ReviewPoint, p.MatchId, p.Coach.PersonId),
                (ReminderKind.ReviewPoint, p.MatchId, p.Coachee.PersonId),
            }.Order(),
            sent.Select(r => (r.Kind, r.SubjectId, r.RecipientPersonId)).Order());
        Assert.Equal(2, mail.GetValueOrDefault(p.Coach.Email));
        Assert.Equal(2, mail.GetValueOrDefault(p.Coachee.Email));
        Assert.Equal(0, mail.GetValueOrDefault(p.Manager.Email));
        Assert.Equal(0, mail.GetValueOrDefault(p.Hr.Email));
    }

    private static Task<ReminderRun> RunAsync(PortalFactory factory, Guid holder) =>
        factory.WithServicesAsync(s => s.GetRequiredService<CoachingReminders>().RunAsync(holder, CancellationToken.None));

    private static Task<int> SendDueAsync(PortalFactory factory, DateOnly today) =>
        factory.WithServicesAsync(s => s.GetRequiredService<CoachingReminders>().SendDueAsync(today, CancellationToken.None));
}
