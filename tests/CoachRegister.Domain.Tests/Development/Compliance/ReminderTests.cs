using CoachRegister.Domain.Development.Compliance;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

public class ReminderTests
{
    private static readonly SchemeRequirements Calendar = TwoSupervisionsA(ComplianceYear.CalendarYear);

    /// <summary>Runs the nightly job from one day to another, sending each reminder not yet sent, as the real job will.</summary>
    private static List<(DateOnly SentOn, DateOnly Deadline, int DaysBefore)> RunNightly(
        SchemeRequirements scheme, Practitioner practitioner, ActivityRecords records, string from, string to)
    {
        var sent = new List<(DateOnly SentOn, DateOnly Deadline, int DaysBefore)>();
        for (var today = Day(from); today <= Day(to); today = today.AddDays(1))
        {
            foreach (var reminder in ComplianceChecker.Check(scheme, practitioner, records, today).RemindersDue)
            {
                if (!sent.Any(s => s.Deadline == reminder.Deadline && s.DaysBefore == reminder.DaysBefore))
                {
                    sent.Add((today, reminder.Deadline, reminder.DaysBefore));
                }
            }
        }

        return sent;
    }

    [Fact]
    public void Reminders_fall_60_30_and_7_days_before_a_deadline()
    {
        var supervision = ComplianceChecker.Check(Calendar, Coach("2026-01-01"), Supervision("2026-05-01"), Day("2026-06-30")).Only(RequirementKind.SupervisionSessions);

        Assert.Equal(
            [new ReminderDate(60, Day("2026-11-01")), new ReminderDate(30, Day("2026-12-01")), new ReminderDate(7, Day("2026-12-24"))],
            supervision.Reminders);
    }

    [Fact]
    public void A_nightly_job_sends_each_reminder_once_on_its_day()
    {
        var sent = RunNightly(Calendar, Coach("2026-01-01"), Supervision("2026-05-01"), "2026-10-01", "2027-01-10");

        Assert.Equal(
            [(Day("2026-11-01"), Day("2026-12-31"), 60), (Day("2026-12-01"), Day("2026-12-31"), 30), (Day("2026-12-24"), Day("2026-12-31"), 7)],
            sent);
    }

    [Fact]
    public void A_job_that_starts_late_sends_only_the_nearest_reminder_it_has_missed()
    {
        var sent = RunNightly(Calendar, Coach("2026-01-01"), Supervision("2026-05-01"), "2026-12-10", "2027-01-10");

        Assert.Equal([(Day("2026-12-10"), Day("2026-12-31"), 30), (Day("2026-12-24"), Day("2026-12-31"), 7)], sent);
    }

    [Fact]
    public void The_reminder_days_are_the_schemes_to_set()
    {
        var scheme = Calendar with { Notices = new ComplianceNotices { ReminderDaysBefore = [1, 14, 14, -3] } };

        var sent = RunNightly(scheme, Coach("2026-01-01"), Supervision("2026-05-01"), "2026-12-01", "2027-01-10");

        Assert.Equal([(Day("2026-12-17"), Day("2026-12-31"), 14), (Day("2026-12-30"), Day("2026-12-31"), 1)], sent);
    }

    [Fact]
    public void Nothing_is_sent_for_a_minimum_that_is_met()
    {
        Assert.Empty(RunNightly(Calendar, Coach("2026-01-01"), Supervision("2026-05-01", "2026-06-01"), "2026-10-01", "2027-01-10"));
    }

    [Fact]
    public void An_extension_starts_a_new_series_for_the_new_deadline()
    {
        var extension = new ComplianceExtension(RequirementKind.SupervisionSessions, Day("2026-12-31"), Day("2027-02-28"), "Supervisor on leave");
        var coach = Coach("2026-01-01") with { Extensions = [extension] };

        var sent = RunNightly(Calendar, coach, Supervision("2026-05-01"), "2026-10-01", "2027-03-10");

        Assert.Equal(
            [(Day("2026-12-30"), Day("2027-02-28"), 60), (Day("2027-01-29"), Day("2027-02-28"), 30), (Day("2027-02-21"), Day("2027-02-28"), 7)],
            sent);
    }

    [Fact]
    public void A_rolling_minimum_is_reminded_before_it_lapses()
    {
        var sent = RunNightly(TwoSupervisionsA(ComplianceYear.Rolling), Coach("2020-01-01"), Supervision("2025-03-16", "2026-01-10"), "2025-12-01", "2026-04-30");

        Assert.Equal(
            [(Day("2026-01-15"), Day("2026-03-16"), 60), (Day("2026-02-14"), Day("2026-03-16"), 30), (Day("2026-03-09"), Day("2026-03-16"), 7)],
            sent);
    }
}
