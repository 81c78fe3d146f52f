namespace CoachRegister.Domain.Development.Compliance;

/// <summary>
/// What a practitioner has done towards one activity requirement, summed over the spans of
/// <see cref="CompliancePeriods"/>: sessions or activities as a count, practice as hours. The set-based
/// evaluation fills these for every person at once (<see cref="RequirementTally"/> sums each person's
/// records in one pass); <see cref="ComplianceEvidence.FromRecords"/> is the reference it must agree with. Only records that count are summed (see <see cref="ComplianceEvidence"/>).
/// </summary>
public sealed record RequirementTotals
{
    /// <summary>Counted in <see cref="CompliancePeriods.CurrentToDate"/>.</summary>
    public decimal Current { get; init; }

    /// <summary>Fixed years: counted in <see cref="CompliancePeriods.Previous"/>.</summary>
    public decimal Previous { get; init; }

    /// <summary>Supervision only: sessions that would count once confirmed, in the current span.</summary>
    public decimal CurrentAwaitingConfirmation { get; init; }

    /// <summary>Supervision only: sessions that would count once confirmed, in the previous year.</summary>
    public decimal PreviousAwaitingConfirmation { get; init; }

    /// <summary>
    /// Rolling years: the latest date D such that the records from D up to the date checked (and since the
    /// practitioner joined) reach the minimum; null if they never do. The minimum lapses when D's records drop out.
    /// </summary>
    public DateOnly? ThresholdReachedOn { get; init; }

    /// <summary>
    /// Rolling years: what still counts on the day D's records drop out, i.e. the amount dated on or after
    /// the window start of that day: the records after D, except that records of 1 March drop out with
    /// those of 29 February.
    /// </summary>
    public decimal RemainingAtLapse { get; init; }

    public static RequirementTotals None { get; } = new();
}

/// <summary>
/// A practitioner's activity per requirement, as the checker reads it. What counts: every held practice
/// hour; supervision sessions of a counted format (one-to-one, and group where the scheme allows) at
/// least <see cref="SchemeRequirements.MinimumSessionHours"/> long and confirmed by the supervisor;
/// peer-support sessions at least that long; every CPD activity; CPD activities marked as workshops.
/// Records dated after the date checked, or before the practitioner joined, are not counted.
/// </summary>
public sealed class ComplianceEvidence
{
    private readonly IReadOnlyDictionary<RequirementKind, RequirementTotals> _totals;

    public ComplianceEvidence(IReadOnlyDictionary<RequirementKind, RequirementTotals> totals) => _totals = totals;

    /// <summary>The requirements that are summed from activity records.</summary>
    public static IReadOnlyList<RequirementKind> ActivityKinds { get; } =
    [
        RequirementKind.PracticeHours,
        RequirementKind.SupervisionSessions,
        RequirementKind.CpdActivities,
        RequirementKind.PeerSupportSessions,
        RequirementKind.TrainingWorkshops,
    ];

    /// <summary>Totals for a requirement; nothing recorded is all zeros.</summary>
    public RequirementTotals For(RequirementKind kind) => _totals.GetValueOrDefault(kind, RequirementTotals.None);

    /// <summary>Sums one practitioner's raw records the way a set-based query sums everyone's.</summary>
    public static ComplianceEvidence FromRecords(SchemeRequirements scheme, Practitioner practitioner, ActivityRecords records, DateOnly asOf)
    {
        var rules = scheme.For(practitioner.Roles);
        var periods = scheme.Year.PeriodsFor(practitioner.OnRegisterSince, asOf);
        var totals = new Dictionary<RequirementKind, RequirementTotals>();
        foreach (var kind in ActivityKinds)
        {
            var minimum = rules.MinimumFor(kind);
            if (minimum > 0)
            {
                var (counted, awaiting) = Counted(kind, scheme, records);
                totals[kind] = Sum(counted, awaiting, periods, minimum);
            }
        }

        return new ComplianceEvidence(totals);
    }

    private static (List<(DateOnly Date, decimal Amount)> Counted, List<DateOnly> Awaiting) Counted(
        RequirementKind kind, SchemeRequirements scheme, ActivityRecords records)
    {
        bool LongEnough(decimal hours) => hours >= scheme.MinimumSessionHours;
        switch (kind)
        {
            case RequirementKind.PracticeHours:
                return (records.Practice.Where(p => p.Hours > 0).Select(p => (p.Date, p.Hours)).ToList(), []);
            case RequirementKind.SupervisionSessions:
                var eligible = records.Supervision
                    .Where(s => (s.Format == SupervisionFormat.OneToOne || scheme.GroupSupervisionCounts) && LongEnough(s.Hours))
                    .ToList();
                return (
                    eligible.Where(s => s.ConfirmedBySupervisor).Select(s => (s.Date, 1m)).ToList(),
                    eligible.Where(s => !s.ConfirmedBySupervisor).Select(s => s.Date).ToList());
            case RequirementKind.PeerSupportSessions:
                return (records.PeerSupport.Where(p => LongEnough(p.Hours)).Select(p => (p.Date, 1m)).ToList(), []);
            case RequirementKind.CpdActivities:
                return (records.Cpd.Select(c => (c.Date, 1m)).ToList(), []);
            case RequirementKind.TrainingWorkshops:
                return (records.Cpd.Where(c => c.IsTrainingWorkshop).Select(c => (c.Date, 1m)).ToList(), []);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an activity requirement.");
        }
    }

    private static RequirementTotals Sum(
        List<(DateOnly Date, decimal Amount)> counted, List<DateOnly> awaiting, CompliancePeriods periods, decimal minimum)
    {
        var current = periods.CurrentToDate;
        var totals = new RequirementTotals
        {
            Current = counted.Where(r => current.Contains(r.Date)).Sum(r => r.Amount),
            CurrentAwaitingConfirmation = awaiting.Count(current.Contains),
        };

        if (periods.Previous is { } previous)
        {
            totals = totals with
            {
                Previous = counted.Where(r => previous.Contains(r.Date)).Sum(r => r.Amount),
                PreviousAwaitingConfirmation = awaiting.Count(previous.Contains),
            };
        }

        if (periods.Kind != ComplianceYearKind.Rolling12Months)
        {
            return totals;
        }

        var sinceJoining = new DateRange(periods.OnRegisterSince, periods.AsOf);
        var eligible = counted.Where(r => sinceJoining.Contains(r.Date)).ToList();
        var running = 0m;
        foreach (var day in eligible.GroupBy(r => r.Date).OrderByDescending(g => g.Key))
        {
            running += day.Sum(r => r.Amount);
            if (running >= minimum)
            {
                var windowOnLapse = ComplianceYear.Rolling.PeriodsFor(periods.OnRegisterSince, ComplianceYear.DropsOutOn(day.Key)).Current;
                return totals with
                {
                    ThresholdReachedOn = day.Key,
                    RemainingAtLapse = eligible.Where(r => r.Date >= windowOnLapse.From).Sum(r => r.Amount),
                };
            }
        }

        return totals;
    }
}
