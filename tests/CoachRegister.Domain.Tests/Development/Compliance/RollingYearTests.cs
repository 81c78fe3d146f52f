using CoachRegister.Domain.Development.Compliance;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

public class RollingYearTests
{
    private static readonly SchemeRequirements Rolling = TwoSupervisionsA(ComplianceYear.Rolling);

    [Theory]
    [InlineData("2026-01-14", RequirementStatus.Met)]
    [InlineData("2026-01-15", RequirementStatus.DueSoon)]
    [InlineData("2026-03-15", RequirementStatus.DueSoon)]
    [InlineData("2026-03-16", RequirementStatus.DueSoon)]
    [InlineData("2026-03-17", RequirementStatus.NotCompliant)]
    public void A_met_minimum_is_due_again_when_its_oldest_needed_session_drops_out(string asOf, RequirementStatus expected)
    {
        var result = ComplianceChecker.Check(Rolling, Coach("2020-01-01"), Supervision("2025-03-16", "2026-01-10"), Day(asOf));

        var supervision = result.Only(RequirementKind.SupervisionSessions);
        Assert.Equal(expected, supervision.Status);
        Assert.Equal(Day("2026-03-16"), supervision.Due);
        Assert.Equal(1m, supervision.Shortfall);
    }

    [Fact]
    public void Ahead_of_the_lapse_the_reason_says_what_will_be_missing_and_when()
    {
        var result = ComplianceChecker.Check(Rolling, Coach("2020-01-01"), Supervision("2025-03-16", "2026-01-10"), Day("2026-02-01"));

        var supervision = result.Only(RequirementKind.SupervisionSessions);
        Assert.Equal(2m, supervision.Done);
        Assert.Equal(new ComplianceReason(ReasonCode.SupervisionShort, 1m, Day("2026-03-16")), supervision.Reason);
        Assert.Equal(new DateRange(Day("2025-02-02"), Day("2026-02-01")), supervision.Period);
    }

    [Fact]
    public void A_session_on_the_lapse_day_keeps_the_minimum()
    {
        var result = ComplianceChecker.Check(Rolling, Coach("2020-01-01"), Supervision("2025-03-16", "2026-01-10", "2026-03-16"), Day("2026-03-16"));

        var supervision = result.Only(RequirementKind.SupervisionSessions);
        Assert.Equal(RequirementStatus.Met, supervision.Status);
        Assert.Equal(Day("2027-01-10"), supervision.Due);
    }

    [Fact]
    public void Several_sessions_on_the_threshold_day_drop_out_together()
    {
        var records = Supervision("2025-05-01", "2025-05-01", "2026-01-10");
        var scheme = Rolling with { Coaches = new RoleRequirements { SupervisionSessions = 3 } };

        var supervision = ComplianceChecker.Check(scheme, Coach("2020-01-01"), records, Day("2026-04-01")).Only(RequirementKind.SupervisionSessions);

        Assert.Equal(Day("2026-05-01"), supervision.Due);
        Assert.Equal(2m, supervision.Shortfall);
    }

    [Fact]
    public void In_a_leap_year_the_1st_of_March_drops_out_with_the_29th_of_February()
    {
        var supervision = ComplianceChecker.Check(Rolling, Coach("2020-01-01"), Supervision("2024-02-29", "2024-03-01"), Day("2025-01-15"))
            .Only(RequirementKind.SupervisionSessions);

        Assert.Equal(Day("2025-03-01"), supervision.Due);
        Assert.Equal(2m, supervision.Shortfall);
    }

    [Theory]
    [InlineData("2026-06-30", ComplianceStatus.Compliant)]
    [InlineData("2026-12-31", ComplianceStatus.DueSoon)]
    [InlineData("2027-01-01", ComplianceStatus.NotCompliant)]
    public void A_newcomer_has_their_first_12_months_to_reach_the_minimum(string asOf, ComplianceStatus expected)
    {
        var result = ComplianceChecker.Check(Rolling, Coach("2026-01-01"), Supervision("2026-02-01"), Day(asOf));

        Assert.Equal(expected, result.Status);
        Assert.Equal(Day("2026-12-31"), result.Only(RequirementKind.SupervisionSessions).Due);
    }

    [Fact]
    public void A_minimum_that_lapsed_long_ago_is_overdue_since_it_lapsed()
    {
        var scheme = Rolling with { PauseAfterDaysOverdue = 90 };

        var supervision = ComplianceChecker.Check(scheme, Coach("2020-01-01"), Supervision("2023-05-01", "2023-06-01", "2025-09-01"), Day("2026-03-01"))
            .Only(RequirementKind.SupervisionSessions);

        Assert.Equal(1m, supervision.Done);
        Assert.Equal(Day("2024-06-01"), supervision.Due);
        Assert.Equal(Day("2024-08-31"), supervision.PausesOn);
        Assert.Equal(RequirementStatus.Paused, supervision.Status);
    }

    [Fact]
    public void With_no_records_ever_the_minimum_was_due_at_the_end_of_the_first_12_months()
    {
        var supervision = ComplianceChecker.Check(Rolling, Coach("2024-05-10"), ActivityRecords.None, Day("2026-03-01"))
            .Only(RequirementKind.SupervisionSessions);

        Assert.Equal(Day("2025-05-09"), supervision.Due);
        Assert.Equal(RequirementStatus.NotCompliant, supervision.Status);
    }

    /// <summary>
    /// Checks the rolling rule against a plain simulation instead of its formula: on many dates with
    /// random records, the minimum is met exactly when the last 12 months hold it, and a met minimum's
    /// deadline is the first later day on which, with no new records, they no longer would.
    /// </summary>
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 1)]
    public void The_rolling_rule_agrees_with_a_day_by_day_simulation(int seed, int minimum)
    {
        var random = new Random(seed);
        var joined = Day("2023-02-15");
        var dates = Enumerable.Range(0, 12).Select(_ => joined.AddDays(random.Next(-60, 1100))).ToArray();
        var records = new ActivityRecords
        {
            Supervision = dates.Select(d => new SupervisionRecord(d, SupervisionFormat.OneToOne, 1m, true)).ToList(),
        };
        var scheme = Rolling with { Coaches = new RoleRequirements { SupervisionSessions = minimum } };

        for (var asOf = joined; asOf <= joined.AddDays(1200); asOf = asOf.AddDays(5))
        {
            var supervision = ComplianceChecker.Check(scheme, Coach("2023-02-15"), records, asOf).Only(RequirementKind.SupervisionSessions);
            var heldOn = (DateOnly day) => dates.Count(d => d >= joined && d <= asOf && d > day.AddMonths(-12) && d <= day);

            Assert.Equal(heldOn(asOf), supervision.Done);
            if (heldOn(asOf) >= minimum)
            {
                var lapse = asOf;
                while (heldOn(lapse) >= minimum)
                {
                    lapse = lapse.AddDays(1);
                }

                Assert.Equal(lapse, supervision.Due);
                Assert.Equal(minimum - heldOn(lapse), supervision.Shortfall);
            }
            else
            {
                Assert.True(supervision.Due <= asOf || asOf < joined.AddMonths(12), $"{asOf}: a short window is overdue once the first year is over");
                Assert.NotEqual(RequirementStatus.Met, supervision.Status);
            }
        }
    }
}
