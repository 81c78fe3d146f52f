using CoachRegister.Domain.Development.Compliance;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

public class ComplianceYearTests
{
    [Theory]
    [InlineData(1, "2026-01-01", "2026-01-01", "2026-12-31")]
    [InlineData(1, "2025-12-31", "2025-01-01", "2025-12-31")]
    [InlineData(4, "2026-03-31", "2025-04-01", "2026-03-31")]
    [InlineData(4, "2026-04-01", "2026-04-01", "2027-03-31")]
    [InlineData(3, "2024-02-29", "2023-03-01", "2024-02-29")]
    public void A_fixed_year_runs_from_the_first_of_its_month_to_the_day_before_a_year_later(int month, string date, string from, string to) =>
        Assert.Equal(new DateRange(Day(from), Day(to)), ComplianceYear.StartingIn(month).YearContaining(Day(date)));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_year_starts_in_a_real_month(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplianceYear.StartingIn(month));

    [Fact]
    public void A_year_starting_in_January_is_the_calendar_year() =>
        Assert.Same(ComplianceYear.CalendarYear, ComplianceYear.From(ComplianceYearKind.StartsInMonth, 1));

    [Fact]
    public void Someone_who_has_completed_a_year_is_counted_over_the_current_and_the_previous_year()
    {
        var periods = ComplianceYear.StartingIn(4).PeriodsFor(Day("2020-09-01"), Day("2026-06-30"));

        Assert.Equal(new DateRange(Day("2026-04-01"), Day("2027-03-31")), periods.Current);
        Assert.Equal(new DateRange(Day("2026-04-01"), Day("2026-06-30")), periods.CurrentToDate);
        Assert.Equal(new DateRange(Day("2025-04-01"), Day("2026-03-31")), periods.Previous);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31")]
    [InlineData("2026-01-02", "2027-12-31")]
    [InlineData("2026-12-31", "2027-12-31")]
    public void A_newcomer_has_until_the_end_of_the_first_full_year_counted_from_the_day_they_joined(string joined, string firstDeadline)
    {
        var periods = ComplianceYear.CalendarYear.PeriodsFor(Day(joined), Day(joined));

        Assert.Equal(new DateRange(Day(joined), Day(firstDeadline)), periods.Current);
        Assert.Null(periods.Previous);
    }

    [Fact]
    public void The_first_longer_year_becomes_the_previous_year_once_it_has_ended()
    {
        var periods = ComplianceYear.CalendarYear.PeriodsFor(Day("2024-06-15"), Day("2026-01-01"));

        Assert.Equal(new DateRange(Day("2024-06-15"), Day("2025-12-31")), periods.Previous);
        Assert.Equal(new DateRange(Day("2026-01-01"), Day("2026-12-31")), periods.Current);
    }

    [Theory]
    [InlineData("2020-01-01", "2026-03-15", "2025-03-16")]
    [InlineData("2020-01-01", "2025-02-28", "2024-02-29")]
    [InlineData("2020-01-01", "2024-02-29", "2023-03-01")]
    [InlineData("2025-09-01", "2026-03-15", "2025-09-01")]
    public void A_rolling_window_is_the_last_12_months_but_never_before_joining(string joined, string asOf, string from)
    {
        var periods = ComplianceYear.Rolling.PeriodsFor(Day(joined), Day(asOf));

        Assert.Equal(new DateRange(Day(from), Day(asOf)), periods.Current);
        Assert.Null(periods.Previous);
    }

    [Theory]
    [InlineData("2025-03-15", "2026-03-15")]
    [InlineData("2025-01-31", "2026-01-31")]
    [InlineData("2024-02-29", "2025-03-01")]
    [InlineData("2023-02-28", "2024-02-28")]
    public void A_record_drops_out_of_a_rolling_window_on_its_anniversary(string recorded, string dropsOut)
    {
        var dropDay = ComplianceYear.DropsOutOn(Day(recorded));

        Assert.Equal(Day(dropsOut), dropDay);
        Assert.True(ComplianceYear.Rolling.PeriodsFor(Day("2020-01-01"), dropDay.AddDays(-1)).Current.Contains(Day(recorded)));
        Assert.False(ComplianceYear.Rolling.PeriodsFor(Day("2020-01-01"), dropDay).Current.Contains(Day(recorded)));
    }
}
