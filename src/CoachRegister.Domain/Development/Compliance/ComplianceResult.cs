namespace CoachRegister.Domain.Development.Compliance;

/// <summary>A practitioner's standing on a date, the worst of their requirements.</summary>
public enum ComplianceStatus
{
    Compliant = 0,
    /// <summary>A shortfall whose deadline is within <see cref="ComplianceNotices.DueSoonDays"/> (the deadline day included).</summary>
    DueSoon = 1,
    /// <summary>A deadline has passed with a shortfall.</summary>
    NotCompliant = 2,
    /// <summary>Past a deadline plus the scheme's grace, or a qualification deadline passed unachieved: hide the profile.</summary>
    Paused = 3,
}

/// <summary>One requirement's standing; ordered from best to worst.</summary>
public enum RequirementStatus
{
    /// <summary>Nothing is missing today (a rolling minimum may still lapse later: see <see cref="RequirementResult.Due"/>).</summary>
    Met = 0,
    /// <summary>Something is missing, and the deadline is further away than the due-soon window.</summary>
    InProgress = 1,
    DueSoon = 2,
    NotCompliant = 3,
    Paused = 4,
}

/// <summary>What the web layer turns into words, in English and Welsh, with the numbers of <see cref="ComplianceReason"/>.</summary>
public enum ReasonCode
{
    Met = 0,
    PracticeHoursShort = 1,
    SupervisionShort = 2,
    CpdShort = 3,
    PeerSupportShort = 4,
    WorkshopsShort = 5,
    /// <summary>No qualification of the required level has a first assignment submitted yet, so its clock has not started.</summary>
    QualificationNotStarted = 6,
    QualificationNotAchieved = 7,
    CaseloadOverLimit = 8,
}

/// <summary>
/// A reason as a code plus numbers, e.g. (SupervisionShort, 1, 31 March): "1 supervision session short,
/// due 31 March". <see cref="Missing"/> is hours for practice, a count otherwise, coachees over the limit
/// for the caseload. Read it with the requirement's status: the same code reads "was due" once overdue.
/// </summary>
public sealed record ComplianceReason(ReasonCode Code, decimal Missing, DateOnly? Due);

/// <summary>A reminder date before a deadline: <see cref="DaysBefore"/> days ahead of it, on <see cref="SendOn"/>.</summary>
public sealed record ReminderDate(int DaysBefore, DateOnly SendOn);

/// <summary>
/// A reminder the nightly job should send today. Its identity is (person, <see cref="Kind"/>,
/// <see cref="Deadline"/>, <see cref="DaysBefore"/>): record it once sent, and skip it if already recorded.
/// A new deadline (an extension, a rolling minimum that moved on) starts a new series.
/// </summary>
public sealed record ComplianceReminder(RequirementKind Kind, DateOnly Deadline, int DaysBefore, RequirementResult Requirement);

/// <summary>One requirement, for one period, on one date.</summary>
public sealed record RequirementResult
{
    public required RequirementKind Kind { get; init; }

    /// <summary>The span counted (the whole year for fixed years; the trailing window for rolling years); null for the qualification and caseload.</summary>
    public DateRange? Period { get; init; }

    /// <summary>The minimum (hours or a count); 1 for the qualification; the limit for the caseload.</summary>
    public required decimal Required { get; init; }

    /// <summary>What counts so far; coachees held for the caseload.</summary>
    public required decimal Done { get; init; }

    /// <summary>
    /// What must still be recorded by <see cref="Due"/>. For a met rolling minimum, what will be missing
    /// when its oldest counted records drop out on <see cref="Due"/>. Coachees over the limit for the caseload.
    /// </summary>
    public required decimal Shortfall { get; init; }

    /// <summary>The deadline after extensions; null where there is none (caseload, a qualification clock not started).</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The deadline before extensions.</summary>
    public DateOnly? OriginalDue { get; init; }

    /// <summary>The extension that set <see cref="Due"/>, with HR's reason, if any.</summary>
    public ComplianceExtension? Extension { get; init; }

    /// <summary>The first paused day if the shortfall is not made up; null when a shortfall here never pauses.</summary>
    public DateOnly? PausesOn { get; init; }

    public required RequirementStatus Status { get; init; }
    public required ComplianceReason Reason { get; init; }

    /// <summary>Supervision sessions in the period that would count once the supervisor confirms them.</summary>
    public decimal AwaitingConfirmation { get; init; }

    /// <summary>Fixed years: records of this year used to make up the previous year's shortfall (each record counts once).</summary>
    public decimal UsedForPreviousPeriod { get; init; }

    /// <summary>Reminder dates before <see cref="Due"/>, furthest first; empty when nothing is missing or the deadline has passed.</summary>
    public IReadOnlyList<ReminderDate> Reminders { get; init; } = [];
}

/// <summary>The checker's answer for one practitioner on one date.</summary>
public sealed record ComplianceResult(ComplianceStatus Status, DateOnly AsOf, IReadOnlyList<RequirementResult> Requirements)
{
    /// <summary>
    /// The reminders to send on <see cref="AsOf"/>: per requirement, the nearest reminder date already
    /// reached before a deadline that has not passed. An earlier reminder that was missed is not sent
    /// once a nearer one is due, so a practitioner never gets two reminders for one deadline in one night.
    /// </summary>
    public IReadOnlyList<ComplianceReminder> RemindersDue =>
        Requirements
            .Select(r => (Requirement: r, Reminder: r.Reminders.LastOrDefault(d => d.SendOn <= AsOf)))
            .Where(x => x.Reminder is not null)
            .Select(x => new ComplianceReminder(x.Requirement.Kind, x.Requirement.Due!.Value, x.Reminder!.DaysBefore, x.Requirement))
            .ToList();
}
