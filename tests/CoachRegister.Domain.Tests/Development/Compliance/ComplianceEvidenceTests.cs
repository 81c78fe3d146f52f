using CoachRegister.Domain.Development.Compliance;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

/// <summary>The checker reads totals a set-based query can compute for everyone at once, not only raw records.</summary>
public class ComplianceEvidenceTests
{
    [Fact]
    public void Totals_summed_by_a_query_give_the_same_answer_as_the_raw_records()
    {
        var scheme = TwoSupervisionsA(ComplianceYear.StartingIn(4)) with
        {
            Coaches = new RoleRequirements { SupervisionSessions = 2, PracticeHours = 12m },
        };
        var coach = Coach("2020-01-01");
        var records = new ActivityRecords
        {
            Practice = [new PracticeRecord(Day("2025-05-01"), 6m), new PracticeRecord(Day("2026-05-01"), 7.5m)],
            Supervision =
            [
                new SupervisionRecord(Day("2025-06-01"), SupervisionFormat.OneToOne, 1m, true),
                new SupervisionRecord(Day("2026-04-20"), SupervisionFormat.OneToOne, 1m, true),
                new SupervisionRecord(Day("2026-06-01"), SupervisionFormat.OneToOne, 1m, false),
            ],
        };

        // What a GROUP BY person with conditional sums over the two years would return.
        var totals = new ComplianceEvidence(new Dictionary<RequirementKind, RequirementTotals>
        {
            [RequirementKind.PracticeHours] = new() { Previous = 6m, Current = 7.5m },
            [RequirementKind.SupervisionSessions] = new() { Previous = 1m, Current = 1m, CurrentAwaitingConfirmation = 1m },
        });

        var fromRecords = ComplianceChecker.Check(scheme, coach, records, Day("2026-07-01"));
        var fromTotals = ComplianceChecker.Check(scheme, coach, totals, Day("2026-07-01"));

        Assert.Equal(fromRecords.Status, fromTotals.Status);
        Assert.Equal(fromRecords.Requirements.Select(r => r.Summary()), fromTotals.Requirements.Select(r => r.Summary()));
        Assert.Equal([6m, 1m], fromTotals.Requirements.Select(r => r.UsedForPreviousPeriod));
        Assert.Equal(1m, fromTotals.Only(RequirementKind.SupervisionSessions).AwaitingConfirmation);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(7, 2)]
    [InlineData(11, 5)]
    public void The_rolling_threshold_is_the_latest_date_from_which_the_records_reach_the_minimum(int seed, int minimum)
    {
        var random = new Random(seed);
        var joined = Day("2022-01-01");
        var dates = Enumerable.Range(0, 15).Select(_ => joined.AddDays(random.Next(-30, 1400))).ToList();
        var scheme = TwoSupervisionsA(ComplianceYear.Rolling) with { Coaches = new RoleRequirements { SupervisionSessions = minimum } };
        var records = new ActivityRecords { Supervision = dates.Select(d => new SupervisionRecord(d, SupervisionFormat.OneToOne, 1m, true)).ToList() };

        for (var asOf = joined; asOf <= joined.AddDays(1400); asOf = asOf.AddDays(7))
        {
            var totals = ComplianceEvidence.FromRecords(scheme, Coach("2022-01-01"), records, asOf).For(RequirementKind.SupervisionSessions);
            var heldFrom = (DateOnly from) => dates.Count(d => d >= from && d >= joined && d <= asOf);
            var expected = dates.Where(d => d >= joined && d <= asOf && heldFrom(d) >= minimum).Select(d => (DateOnly?)d).Max();

            Assert.Equal(expected, totals.ThresholdReachedOn);
        }
    }

    [Fact]
    public void A_requirement_with_no_totals_has_nothing_done()
    {
        var result = ComplianceChecker.Check(
            TwoSupervisionsA(ComplianceYear.CalendarYear), Coach("2026-01-01"), new ComplianceEvidence(new Dictionary<RequirementKind, RequirementTotals>()), Day("2026-06-30"));

        Assert.Equal(2m, result.Only(RequirementKind.SupervisionSessions).Shortfall);
    }

    [Fact]
    public void A_met_rolling_minimum_without_its_threshold_date_is_refused()
    {
        var totals = new ComplianceEvidence(new Dictionary<RequirementKind, RequirementTotals>
        {
            [RequirementKind.SupervisionSessions] = new() { Current = 2m },
        });

        Assert.Throws<ArgumentException>(() =>
            ComplianceChecker.Check(TwoSupervisionsA(ComplianceYear.Rolling), Coach("2020-01-01"), totals, Day("2026-06-30")));
    }
}
