using CoachRegister.Domain.Development.Compliance;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

public class FixedYearMinimumTests
{
    private static readonly SchemeRequirements Calendar = TwoSupervisionsA(ComplianceYear.CalendarYear);

    [Theory]
    [InlineData(3, RequirementStatus.Met, 0)]
    [InlineData(2, RequirementStatus.Met, 0)]
    [InlineData(1, RequirementStatus.InProgress, 1)]
    [InlineData(0, RequirementStatus.InProgress, 2)]
    public void Exactly_the_minimum_is_met_and_each_session_short_is_a_shortfall(int sessions, RequirementStatus expected, int shortfall)
    {
        var dates = Enumerable.Range(1, sessions).Select(m => $"2026-0{m}-10").ToArray();

        var result = ComplianceChecker.Check(Calendar, Coach("2026-01-01"), Supervision(dates), Day("2026-06-30"));

        var supervision = result.Only(RequirementKind.SupervisionSessions);
        Assert.Equal(expected, supervision.Status);
        Assert.Equal(sessions, supervision.Done);
        Assert.Equal(shortfall, supervision.Shortfall);
        Assert.Equal(ComplianceStatus.Compliant, result.Status);
    }

    [Fact]
    public void A_shortfall_reads_as_a_code_the_number_missing_and_the_deadline()
    {
        var result = ComplianceChecker.Check(Calendar, Coach("2026-01-01"), Supervision("2026-05-01"), Day("2026-12-01"));

        Assert.Equal(new ComplianceReason(ReasonCode.SupervisionShort, 1m, Day("2026-12-31")), result.Only(RequirementKind.SupervisionSessions).Reason);
    }

    [Theory]
    [InlineData("2026-10-31", ComplianceStatus.Compliant)]
    [InlineData("2026-11-01", ComplianceStatus.DueSoon)]
    [InlineData("2026-12-30", ComplianceStatus.DueSoon)]
    [InlineData("2026-12-31", ComplianceStatus.DueSoon)]
    [InlineData("2027-01-01", ComplianceStatus.NotCompliant)]
    public void A_shortfall_is_due_soon_from_60_days_before_the_deadline_to_the_deadline_day_and_not_compliant_after(string asOf, ComplianceStatus expected)
    {
        var result = ComplianceChecker.Check(Calendar, Coach("2026-01-01"), Supervision("2026-05-01"), Day(asOf));

        Assert.Equal(expected, result.Status);
        Assert.Equal(1m, result.For(RequirementKind.SupervisionSessions, "2026-12-31").Shortfall);
    }

    [Theory]
    [InlineData(30, "2026-12-01", ComplianceStatus.DueSoon)]
    [InlineData(30, "2026-11-30", ComplianceStatus.Compliant)]
    [InlineData(0, "2026-12-31", ComplianceStatus.DueSoon)]
    [InlineData(0, "2026-12-30", ComplianceStatus.Compliant)]
    public void The_due_soon_window_is_the_schemes_to_set(int days, string asOf, ComplianceStatus expected)
    {
        var scheme = Calendar with { Notices = new ComplianceNotices { DueSoonDays = days } };

        Assert.Equal(expected, ComplianceChecker.Check(scheme, Coach("2026-01-01"), Supervision("2026-05-01"), Day(asOf)).Status);
    }

    [Theory]
    [InlineData("2027-01-30", ComplianceStatus.NotCompliant)]
    [InlineData("2027-01-31", ComplianceStatus.Paused)]
    public void A_missed_minimum_pauses_once_the_schemes_grace_has_run_out(string asOf, ComplianceStatus expected)
    {
        var scheme = Calendar with { PauseAfterDaysOverdue = 30 };

        var result = ComplianceChecker.Check(scheme, Coach("2026-01-01"), Supervision("2026-05-01"), Day(asOf));

        Assert.Equal(expected, result.Status);
        Assert.Equal(Day("2027-01-31"), result.For(RequirementKind.SupervisionSessions, "2026-12-31").PausesOn);
    }

    [Fact]
    public void Without_grace_a_missed_minimum_stays_not_compliant_and_never_pauses()
    {
        var result = ComplianceChecker.Check(Calendar, Coach("2026-01-01"), Supervision("2026-05-01"), Day("2027-12-31"));

        Assert.Equal(ComplianceStatus.NotCompliant, result.Status);
        Assert.Null(result.For(RequirementKind.SupervisionSessions, "2026-12-31").PausesOn);
    }

    [Fact]
    public void Records_before_joining_before_the_year_or_after_the_date_checked_do_not_count()
    {
        var records = Supervision("2025-12-31", "2026-01-01", "2026-07-01");

        var supervision = ComplianceChecker.Check(Calendar, Coach("2026-01-01"), records, Day("2026-06-30")).Only(RequirementKind.SupervisionSessions);

        Assert.Equal(1m, supervision.Done);
    }

    [Fact]
    public void Records_of_the_previous_year_do_not_count_for_this_one()
    {
        var records = Supervision("2025-03-01", "2025-12-31", "2026-01-01");

        var current = ComplianceChecker.Check(Calendar, Coach("2020-01-01"), records, Day("2026-06-30")).For(RequirementKind.SupervisionSessions, "2026-12-31");

        Assert.Equal(1m, current.Done);
    }

    [Fact]
    public void A_late_session_makes_up_the_previous_year_first_and_is_not_counted_twice()
    {
        var records = Supervision("2025-06-01", "2026-02-01", "2026-05-01");

        var result = ComplianceChecker.Check(Calendar, Coach("2020-01-01"), records, Day("2026-06-30"));

        var current = result.Only(RequirementKind.SupervisionSessions);
        Assert.Equal(Day("2026-12-31"), current.Due);
        Assert.Equal(1m, current.Done);
        Assert.Equal(1m, current.UsedForPreviousPeriod);
        Assert.Equal(1m, current.Shortfall);
        Assert.Equal(ComplianceStatus.Compliant, result.Status);
    }

    [Fact]
    public void Until_it_is_made_up_the_previous_years_shortfall_is_not_compliant_and_then_paused()
    {
        var scheme = Calendar with { PauseAfterDaysOverdue = 30 };
        var before = ComplianceChecker.Check(scheme, Coach("2020-01-01"), Supervision("2025-06-01"), Day("2026-03-01"));
        var after = ComplianceChecker.Check(scheme, Coach("2020-01-01"), Supervision("2025-06-01", "2026-03-01"), Day("2026-03-01"));

        var previous = before.For(RequirementKind.SupervisionSessions, "2025-12-31");
        Assert.Equal(RequirementStatus.Paused, previous.Status);
        Assert.Equal(new DateRange(Day("2025-01-01"), Day("2025-12-31")), previous.Period);
        Assert.Equal(ComplianceStatus.Paused, before.Status);
        Assert.Equal(ComplianceStatus.Compliant, after.Status);
        Assert.Single(after.Requirements);
    }

    [Fact]
    public void A_shortfall_older_than_the_previous_year_is_no_longer_shown()
    {
        var records = Supervision("2024-06-01", "2025-03-01", "2025-09-01");

        var result = ComplianceChecker.Check(Calendar, Coach("2020-01-01"), records, Day("2026-02-01"));

        Assert.Equal(ComplianceStatus.Compliant, result.Status);
        Assert.Equal(Day("2026-12-31"), result.Only(RequirementKind.SupervisionSessions).Due);
    }

    [Fact]
    public void A_newcomer_part_way_through_a_year_is_not_due_until_the_end_of_the_next_one_and_counts_from_joining()
    {
        var records = Supervision("2026-03-09", "2026-03-10");

        var result = ComplianceChecker.Check(Calendar, Coach("2026-03-10"), records, Day("2026-12-31"));

        var supervision = result.Only(RequirementKind.SupervisionSessions);
        Assert.Equal(Day("2027-12-31"), supervision.Due);
        Assert.Equal(new DateRange(Day("2026-03-10"), Day("2027-12-31")), supervision.Period);
        Assert.Equal(1m, supervision.Done);
        Assert.Equal(ComplianceStatus.Compliant, result.Status);
    }

    [Theory]
    [InlineData(12.0, 0.0)]
    [InlineData(11.5, 0.5)]
    public void Practice_is_counted_in_hours(double hours, double missing)
    {
        var scheme = new SchemeRequirements
        {
            Year = ComplianceYear.CalendarYear,
            Coaches = new RoleRequirements { PracticeHours = 12m },
            Mentors = RoleRequirements.None,
        };
        var records = new ActivityRecords
        {
            Practice = [new PracticeRecord(Day("2026-02-01"), (decimal)hours - 1.5m), new PracticeRecord(Day("2026-03-01"), 1.5m)],
        };

        var practice = ComplianceChecker.Check(scheme, Coach("2026-01-01"), records, Day("2026-12-01")).Only(RequirementKind.PracticeHours);

        Assert.Equal((decimal)hours, practice.Done);
        Assert.Equal((decimal)missing, practice.Shortfall);
        Assert.Equal(missing == 0 ? ReasonCode.Met : ReasonCode.PracticeHoursShort, practice.Reason.Code);
    }
}

public class AprilYearTests
{
    private static readonly SchemeRequirements April = TwoSupervisionsA(ComplianceYear.StartingIn(4));

    [Theory]
    [InlineData("2026-03-31", 2)]
    [InlineData("2026-04-01", 1)]
    public void The_31st_of_March_belongs_to_the_year_that_ends_then(string second, int countedBy31March)
    {
        var result = ComplianceChecker.Check(April, Coach("2025-04-01"), Supervision("2025-04-01", second), Day("2026-03-31"));

        Assert.Equal(countedBy31March, result.Only(RequirementKind.SupervisionSessions).Done);
    }

    [Theory]
    [InlineData("2026-03-30", ComplianceStatus.DueSoon)]
    [InlineData("2026-03-31", ComplianceStatus.DueSoon)]
    [InlineData("2026-04-01", ComplianceStatus.NotCompliant)]
    public void The_deadline_is_the_31st_of_March(string asOf, ComplianceStatus expected)
    {
        var result = ComplianceChecker.Check(April, Coach("2025-04-01"), Supervision("2025-06-01"), Day(asOf));

        Assert.Equal(expected, result.Status);
        Assert.Equal(new ComplianceReason(ReasonCode.SupervisionShort, 1m, Day("2026-03-31")), result.For(RequirementKind.SupervisionSessions, "2026-03-31").Reason);
    }
}
