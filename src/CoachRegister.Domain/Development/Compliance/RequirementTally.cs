namespace CoachRegister.Domain.Development.Compliance;

/// <summary>A record that counts towards a requirement: its date and amount (1 for a session or activity, hours for practice).</summary>
public readonly record struct DatedAmount(DateOnly Date, decimal Amount);

/// <summary>
/// Sums one practitioner's records for one requirement into <see cref="RequirementTotals"/> in a single pass
/// over a buffer, for the set-based evaluation that does this for everyone at once.
/// <see cref="ComplianceEvidence.FromRecords"/> is the reference it must agree with (a test compares the two
/// over random records); this one exists because that reference allocates several lists per person, which
/// for 10,000 people costs more than the database work.
/// </summary>
public static class RequirementTally
{
    /// <summary>
    /// The totals of <paramref name="counted"/> (records that count; reordered in place, latest first) and
    /// <paramref name="awaiting"/> (dates of supervision awaiting confirmation) over <paramref name="periods"/>.
    /// </summary>
    public static RequirementTotals Sum(CompliancePeriods periods, decimal minimum, Span<DatedAmount> counted, ReadOnlySpan<DateOnly> awaiting)
    {
        var current = periods.CurrentToDate;
        var previous = periods.Previous;
        decimal done = 0m, donePrevious = 0m, awaitingCurrent = 0m, awaitingPrevious = 0m;
        foreach (var date in awaiting)
        {
            awaitingCurrent += current.Contains(date) ? 1m : 0m;
            awaitingPrevious += previous is { } p && p.Contains(date) ? 1m : 0m;
        }

        foreach (var record in counted)
        {
            done += current.Contains(record.Date) ? record.Amount : 0m;
            donePrevious += previous is { } p && p.Contains(record.Date) ? record.Amount : 0m;
        }

        var totals = new RequirementTotals
        {
            Current = done,
            CurrentAwaitingConfirmation = awaitingCurrent,
            Previous = donePrevious,
            PreviousAwaitingConfirmation = awaitingPrevious,
        };
        if (periods.Kind != ComplianceYearKind.Rolling12Months)
        {
            return totals;
        }

        // Walk back a day at a time from the date checked until the minimum is reached: that day's records
        // are the oldest the minimum needs, so it lapses when they drop out of the window.
        var sinceJoining = new DateRange(periods.OnRegisterSince, periods.AsOf);
        counted.Sort(static (a, b) => b.Date.CompareTo(a.Date));
        var running = 0m;
        for (var i = 0; i < counted.Length;)
        {
            var day = counted[i].Date;
            var dayAmount = 0m;
            for (; i < counted.Length && counted[i].Date == day; i++)
            {
                dayAmount += counted[i].Amount;
            }

            if (!sinceJoining.Contains(day))
            {
                continue;
            }

            running += dayAmount;
            if (running >= minimum)
            {
                var windowOnLapse = ComplianceYear.Rolling.PeriodsFor(periods.OnRegisterSince, ComplianceYear.DropsOutOn(day)).Current;
                var remaining = 0m;
                foreach (var record in counted)
                {
                    remaining += sinceJoining.Contains(record.Date) && record.Date >= windowOnLapse.From ? record.Amount : 0m;
                }

                return totals with { ThresholdReachedOn = day, RemainingAtLapse = remaining };
            }
        }

        return totals;
    }
}
