namespace CoachRegister.Domain.Development.Compliance;

public enum ComplianceYearKind
{
    /// <summary>Years that start on the first of a month: January is the calendar year, April is April to March.</summary>
    StartsInMonth = 0,
    /// <summary>At any date, the last 12 months must hold the minimum.</summary>
    Rolling12Months = 1,
}

/// <summary>A span of days, both ends included.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>
/// The year a scheme counts activity in.
/// <para>
/// Fixed years (<see cref="ComplianceYearKind.StartsInMonth"/>): the deadline is the last day of the year.
/// A practitioner who joins the register part-way through a year has until the end of the next full year,
/// and everything from the day they joined counts towards that first, longer, year. Records from before
/// they joined never count.
/// </para>
/// <para>
/// Rolling years: the window is the last 12 months up to the date checked, from the day after the same
/// date a year ago (never earlier than the day the practitioner joined). A record counts until the day
/// before its anniversary. A newcomer has the first 12 months on the register to reach the minimum.
/// </para>
/// </summary>
public sealed record ComplianceYear
{
    private ComplianceYear(ComplianceYearKind kind, int startMonth)
    {
        Kind = kind;
        StartMonth = startMonth;
    }

    public ComplianceYearKind Kind { get; }

    /// <summary>The month a fixed year starts in (1 = calendar year); 1 for rolling years, where it has no meaning.</summary>
    public int StartMonth { get; }

    public static ComplianceYear CalendarYear { get; } = new(ComplianceYearKind.StartsInMonth, 1);

    public static ComplianceYear Rolling { get; } = new(ComplianceYearKind.Rolling12Months, 1);

    public static ComplianceYear StartingIn(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month == 1 ? CalendarYear : new ComplianceYear(ComplianceYearKind.StartsInMonth, month);
    }

    /// <summary>Rebuilds a stored year.</summary>
    public static ComplianceYear From(ComplianceYearKind kind, int startMonth) =>
        kind == ComplianceYearKind.Rolling12Months ? Rolling : StartingIn(startMonth);

    /// <summary>The fixed year that contains a date.</summary>
    public DateRange YearContaining(DateOnly date)
    {
        var startYear = date.Month >= StartMonth ? date.Year : date.Year - 1;
        var from = new DateOnly(startYear, StartMonth, 1);
        return new DateRange(from, from.AddYears(1).AddDays(-1));
    }

    /// <summary>The spans a practitioner's activity is counted over on a date.</summary>
    public CompliancePeriods PeriodsFor(DateOnly onRegisterSince, DateOnly asOf)
    {
        if (Kind == ComplianceYearKind.Rolling12Months)
        {
            var windowFrom = asOf.AddMonths(-12).AddDays(1);
            return new CompliancePeriods(
                Kind,
                Current: new DateRange(windowFrom > onRegisterSince ? windowFrom : onRegisterSince, asOf),
                Previous: null,
                AsOf: asOf,
                OnRegisterSince: onRegisterSince,
                FirstDeadline: onRegisterSince.AddMonths(12).AddDays(-1));
        }

        var joinedYear = YearContaining(onRegisterSince);
        var firstDeadline = onRegisterSince == joinedYear.From ? joinedYear.To : joinedYear.From.AddYears(2).AddDays(-1);
        if (asOf <= firstDeadline)
        {
            return new CompliancePeriods(Kind, new DateRange(onRegisterSince, firstDeadline), null, asOf, onRegisterSince, firstDeadline);
        }

        var current = YearContaining(asOf);
        var previousTo = current.From.AddDays(-1);
        var previous = new DateRange(previousTo == firstDeadline ? onRegisterSince : current.From.AddYears(-1), previousTo);
        return new CompliancePeriods(Kind, current, previous, asOf, onRegisterSince, firstDeadline);
    }

    /// <summary>
    /// The first day a record no longer counts in a rolling window: its anniversary (a record of
    /// 29 February drops out on 1 March, the first day whose window starts after it).
    /// </summary>
    public static DateOnly DropsOutOn(DateOnly recordDate)
    {
        var anniversary = recordDate.AddMonths(12);
        return anniversary.AddMonths(-12) < recordDate ? anniversary.AddDays(1) : anniversary;
    }
}

/// <summary>
/// The spans over which activity is summed for one practitioner on one date; the same for everyone in a
/// scheme except people in their first year, so a set-based query can sum every person at once.
/// </summary>
/// <param name="Current">
/// Fixed years: the whole current year (the first, longer year for a newcomer), counted up to
/// <paramref name="AsOf"/>. Rolling years: the trailing 12-month window ending on <paramref name="AsOf"/>.
/// </param>
/// <param name="Previous">Fixed years only: the year before the current one, once the practitioner has completed one.</param>
/// <param name="FirstDeadline">The end of the practitioner's first year on the register.</param>
public sealed record CompliancePeriods(
    ComplianceYearKind Kind,
    DateRange Current,
    DateRange? Previous,
    DateOnly AsOf,
    DateOnly OnRegisterSince,
    DateOnly FirstDeadline)
{
    /// <summary>The part of the current span that has happened: records after <see cref="AsOf"/> are not counted.</summary>
    public DateRange CurrentToDate => new(Current.From, Current.To < AsOf ? Current.To : AsOf);
}
