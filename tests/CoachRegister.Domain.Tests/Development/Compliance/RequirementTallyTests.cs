using CoachRegister.Domain.Development.Compliance;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

/// <summary>The one-pass tally the set-based evaluation uses must give exactly the reference's totals.</summary>
public class RequirementTallyTests
{
    [Theory]
    [InlineData(ComplianceYearKind.Rolling12Months, "2026-03-01")]
    [InlineData(ComplianceYearKind.Rolling12Months, "2025-03-01")]
    [InlineData(ComplianceYearKind.Rolling12Months, "2025-02-28")]
    [InlineData(ComplianceYearKind.StartsInMonth, "2026-03-31")]
    [InlineData(ComplianceYearKind.StartsInMonth, "2026-04-01")]
    public void Random_records_give_the_reference_totals(ComplianceYearKind kind, string asOfText)
    {
        var asOf = Day(asOfText);
        var year = kind == ComplianceYearKind.Rolling12Months ? ComplianceYear.Rolling : ComplianceYear.StartingIn(4);
        var random = new Random(asOf.DayNumber + (int)kind);
        var compared = 0;
        for (var person = 0; person < 300; person++)
        {
            var minimum = random.Next(1, 8) + (random.Next(2) == 0 ? 0.5m : 0m);
            var scheme = new SchemeRequirements { Year = year, Coaches = new RoleRequirements { PracticeHours = minimum }, Mentors = RoleRequirements.None };
            var coach = Coach(asOf.AddDays(-random.Next(0, 1000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            var practice = Enumerable.Range(0, random.Next(0, 14))
                .Select(_ => new PracticeRecord(RandomDay(asOf, random), random.Next(1, 9) * 0.25m))
                .ToList();

            var expected = ComplianceEvidence.FromRecords(scheme, coach, new ActivityRecords { Practice = practice }, asOf).For(RequirementKind.PracticeHours);
            var counted = practice.Select(p => new DatedAmount(p.Date, p.Hours)).ToArray();
            var actual = RequirementTally.Sum(year.PeriodsFor(coach.OnRegisterSince, asOf), minimum, counted, []);

            Assert.Equal(expected, actual);
            compared += expected.ThresholdReachedOn is null ? 0 : 1;
        }

        Assert.True(kind != ComplianceYearKind.Rolling12Months || compared > 50, $"Only {compared} people reached a rolling minimum: the test compares too little.");
    }

    [Fact]
    public void Supervision_awaiting_confirmation_is_counted_apart_in_each_year()
    {
        var year = ComplianceYear.StartingIn(4);
        var periods = year.PeriodsFor(Day("2020-01-01"), Day("2026-07-01"));
        DatedAmount[] counted = [new(Day("2025-06-01"), 1m), new(Day("2026-04-01"), 1m), new(Day("2026-07-02"), 1m)];
        DateOnly[] awaiting = [Day("2025-04-01"), Day("2026-03-31"), Day("2026-05-01"), Day("2026-07-02")];

        var totals = RequirementTally.Sum(periods, 2m, counted, awaiting);

        Assert.Equal((1m, 1m, 1m, 2m), (totals.Current, totals.Previous, totals.CurrentAwaitingConfirmation, totals.PreviousAwaitingConfirmation));
    }

    [Theory]
    [InlineData("2024-02-29", 3, "2024-02-29", 1)]
    [InlineData("2024-02-28", 3, "2024-02-28", 2)]
    [InlineData("2024-02-29", 4, "2024-02-28", 3)]
    [InlineData("2024-02-29", 5, null, 0)]
    public void A_rolling_minimum_lapses_with_the_oldest_day_it_needs_and_29_february_takes_1_march_with_it(
        string recordOn, int minimum, string? reachedOn, int remaining)
    {
        var asOf = Day("2024-03-10");
        var periods = ComplianceYear.Rolling.PeriodsFor(Day("2020-01-01"), asOf);
        DatedAmount[] counted = [new(Day("2024-03-01"), 1m), new(Day("2024-03-05"), 1m), new(Day(recordOn), 1m), new(Day("2024-02-28"), 1m)];

        var totals = RequirementTally.Sum(periods, minimum, counted, []);

        Assert.Equal(4m, totals.Current);
        Assert.Equal(reachedOn is null ? null : Day(reachedOn), totals.ThresholdReachedOn);
        Assert.Equal(remaining, totals.RemainingAtLapse);
    }

    private static DateOnly RandomDay(DateOnly asOf, Random random) => random.Next(6) switch
    {
        0 => new DateOnly(2024, 2, 29),
        1 => new DateOnly(2024, 3, 1),
        2 => new DateOnly(asOf.Year, 3, 31),
        _ => asOf.AddDays(-random.Next(-20, 900)),
    };
}
