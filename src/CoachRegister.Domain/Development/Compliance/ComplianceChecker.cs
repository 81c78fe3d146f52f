using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Development.Compliance;

/// <summary>
/// Whether a practitioner meets their scheme's requirements on a date. Pure: the same inputs always
/// give the same answer, so the nightly job, the profile page and HR's report agree.
/// <list type="bullet">
/// <item>A requirement with a shortfall is <b>due soon</b> from <see cref="ComplianceNotices.DueSoonDays"/>
/// days before its deadline up to and including the deadline day; earlier it is in progress (compliant).</item>
/// <item>From the day after the deadline it is <b>not compliant</b>; after
/// <see cref="SchemeRequirements.PauseAfterDaysOverdue"/> more days it is <b>paused</b> (never, when the
/// scheme sets no grace). A qualification deadline passed unachieved pauses the next day (004).</item>
/// <item>Fixed years: the current year and the previous one are checked. Records after a year's end
/// make up that year's shortfall first, then count for the current year, so no record counts twice and
/// a late session lifts a pause without HR. A shortfall older than the previous year is no longer shown.</item>
/// <item>Rolling years: the deadline of a met minimum is the day its oldest needed records drop out of
/// the window; a minimum not met is overdue since that day (or due at the end of the first 12 months).</item>
/// <item>An extension moves the deadline (<see cref="ComplianceExtension"/>), and so the due-soon,
/// not-compliant and pause dates and the reminders; it does not change what counts.</item>
/// <item>Unconfirmed supervision does not count; it is reported as awaiting confirmation.</item>
/// </list>
/// </summary>
public static class ComplianceChecker
{
    /// <summary>Checks one practitioner from their raw records.</summary>
    public static ComplianceResult Check(SchemeRequirements scheme, Practitioner practitioner, ActivityRecords records, DateOnly asOf) =>
        Check(scheme, practitioner, ComplianceEvidence.FromRecords(scheme, practitioner, records, asOf), asOf);

    /// <summary>Checks one practitioner from activity already summed per requirement (see <see cref="RequirementTotals"/>).</summary>
    public static ComplianceResult Check(SchemeRequirements scheme, Practitioner practitioner, ComplianceEvidence evidence, DateOnly asOf)
    {
        var rules = scheme.For(practitioner.Roles);
        var periods = scheme.Year.PeriodsFor(practitioner.OnRegisterSince, asOf);
        var context = new Context(scheme, practitioner, asOf, ReminderDays(scheme.Notices));
        var results = new List<RequirementResult>(4);

        foreach (var kind in ComplianceEvidence.ActivityKinds)
        {
            var minimum = rules.MinimumFor(kind);
            if (minimum <= 0)
            {
                continue;
            }

            var totals = evidence.For(kind);
            if (periods.Kind == ComplianceYearKind.Rolling12Months)
            {
                results.Add(RollingMinimum(context, kind, minimum, totals, periods));
            }
            else
            {
                FixedMinimum(context, kind, minimum, totals, periods, results);
            }
        }

        var qualified = true;
        if (rules.Qualification is { } qualification)
        {
            var result = Qualification(context, qualification);
            qualified = result.Status == RequirementStatus.Met;
            results.Add(result);
        }

        if (rules.Caseload is { } limits && practitioner.ActiveCoachees is { } active)
        {
            var developing = rules.Qualification is null ? InTraining(practitioner.Qualifications) : !qualified;
            results.Add(Caseload(limits, developing, active));
        }

        var worst = RequirementStatus.Met;
        foreach (var result in results)
        {
            worst = result.Status > worst ? result.Status : worst;
        }

        var status = worst switch
        {
            RequirementStatus.Paused => ComplianceStatus.Paused,
            RequirementStatus.NotCompliant => ComplianceStatus.NotCompliant,
            RequirementStatus.DueSoon => ComplianceStatus.DueSoon,
            _ => ComplianceStatus.Compliant,
        };
        return new ComplianceResult(status, asOf, results);
    }

    /// <param name="ReminderDays">The scheme's reminder days, each once, furthest first.</param>
    private sealed record Context(SchemeRequirements Scheme, Practitioner Practitioner, DateOnly AsOf, int[] ReminderDays);

    private static void FixedMinimum(
        Context context, RequirementKind kind, decimal minimum, RequirementTotals totals, CompliancePeriods periods, List<RequirementResult> results)
    {
        var usedForPrevious = 0m;
        if (periods.Previous is { } previous)
        {
            var previousShort = Math.Max(0m, minimum - totals.Previous);
            usedForPrevious = Math.Min(previousShort, totals.Current);
            if (previousShort > usedForPrevious)
            {
                results.Add(Shortfall(
                    context, kind, previous, minimum, totals.Previous + usedForPrevious, previous.To, totals.PreviousAwaitingConfirmation, usedForPreviousPeriod: 0m));
            }
        }

        var done = totals.Current - usedForPrevious;
        results.Add(Shortfall(context, kind, periods.Current, minimum, done, periods.Current.To, totals.CurrentAwaitingConfirmation, usedForPrevious));
    }

    private static RequirementResult RollingMinimum(
        Context context, RequirementKind kind, decimal minimum, RequirementTotals totals, CompliancePeriods periods)
    {
        if (totals.Current < minimum)
        {
            var lapsed = totals.ThresholdReachedOn is { } reached ? ComplianceYear.DropsOutOn(reached) : periods.FirstDeadline;
            var deadline = lapsed > periods.FirstDeadline ? lapsed : periods.FirstDeadline;
            return Shortfall(context, kind, periods.Current, minimum, totals.Current, deadline, totals.CurrentAwaitingConfirmation, usedForPreviousPeriod: 0m);
        }

        var threshold = totals.ThresholdReachedOn
            ?? throw new ArgumentException($"The rolling minimum for {kind} is met, so its threshold date must be given.", nameof(totals));
        var (due, extension) = Extend(context, kind, ComplianceYear.DropsOutOn(threshold));
        var missing = minimum - totals.RemainingAtLapse;
        var dueSoon = due.DayNumber - context.AsOf.DayNumber <= context.Scheme.Notices.DueSoonDays;
        return new RequirementResult
        {
            Kind = kind,
            Period = periods.Current,
            Required = minimum,
            Done = totals.Current,
            Shortfall = missing,
            Due = due,
            OriginalDue = ComplianceYear.DropsOutOn(threshold),
            Extension = extension,
            PausesOn = PausesOn(context, due),
            Status = dueSoon ? RequirementStatus.DueSoon : RequirementStatus.Met,
            Reason = dueSoon ? new ComplianceReason(ShortCode(kind), missing, due) : new ComplianceReason(ReasonCode.Met, 0m, null),
            AwaitingConfirmation = totals.CurrentAwaitingConfirmation,
            Reminders = Reminders(context, due),
        };
    }

    private static RequirementResult Shortfall(
        Context context, RequirementKind kind, DateRange period, decimal minimum, decimal done, DateOnly originalDue,
        decimal awaitingConfirmation, decimal usedForPreviousPeriod)
    {
        var missing = Math.Max(0m, minimum - done);
        var (due, extension) = Extend(context, kind, originalDue);
        var met = missing == 0m;
        return new RequirementResult
        {
            Kind = kind,
            Period = period,
            Required = minimum,
            Done = done,
            Shortfall = missing,
            Due = due,
            OriginalDue = originalDue,
            Extension = extension,
            PausesOn = met ? null : PausesOn(context, due),
            Status = met ? RequirementStatus.Met : Standing(context, due, context.Scheme.PauseAfterDaysOverdue),
            Reason = met ? new ComplianceReason(ReasonCode.Met, 0m, null) : new ComplianceReason(ShortCode(kind), missing, due),
            AwaitingConfirmation = awaitingConfirmation,
            UsedForPreviousPeriod = usedForPreviousPeriod,
            Reminders = met ? [] : Reminders(context, due),
        };
    }

    private static RequirementResult Qualification(Context context, QualificationRequirement requirement)
    {
        var achieved = false;
        DateOnly? clockStartsOn = null;
        var qualifications = context.Practitioner.Qualifications;
        for (var i = 0; i < qualifications.Count; i++)
        {
            var q = qualifications[i];
            if (!requirement.IsMetBy(q.Level))
            {
                continue;
            }

            achieved |= q.Status == QualificationStatus.Achieved && (q.AchievedOn is null || q.AchievedOn <= context.AsOf);
            if (q.FirstAssignmentSubmittedOn is { } submitted && (clockStartsOn is not { } earliest || submitted < earliest))
            {
                clockStartsOn = submitted;
            }
        }

        var originalDue = clockStartsOn?.AddMonths(requirement.MonthsFromFirstAssignment);

        var result = new RequirementResult
        {
            Kind = RequirementKind.Qualification,
            Required = 1m,
            Done = achieved ? 1m : 0m,
            Shortfall = achieved ? 0m : 1m,
            OriginalDue = originalDue,
            Due = originalDue,
            Status = achieved ? RequirementStatus.Met : RequirementStatus.InProgress,
            Reason = new ComplianceReason(achieved ? ReasonCode.Met : ReasonCode.QualificationNotStarted, achieved ? 0m : 1m, null),
        };
        if (achieved || originalDue is not { } deadline)
        {
            return result;
        }

        var (due, extension) = Extend(context, RequirementKind.Qualification, deadline);
        return result with
        {
            Due = due,
            Extension = extension,
            PausesOn = due.AddDays(1),
            Status = Standing(context, due, graceDays: 0),
            Reason = new ComplianceReason(ReasonCode.QualificationNotAchieved, 1m, due),
            Reminders = Reminders(context, due),
        };
    }

    private static RequirementResult Caseload(CaseloadLimits limits, bool developing, int active)
    {
        var limit = developing ? limits.MaxWhileDeveloping : limits.MaxQualified;
        var over = Math.Max(0, active - limit);
        return new RequirementResult
        {
            Kind = RequirementKind.Caseload,
            Required = limit,
            Done = active,
            Shortfall = over,
            Status = over > 0 ? RequirementStatus.NotCompliant : RequirementStatus.Met,
            Reason = over > 0 ? new ComplianceReason(ReasonCode.CaseloadOverLimit, over, null) : new ComplianceReason(ReasonCode.Met, 0m, null),
        };
    }

    /// <summary>Where a shortfall stands on the date checked, given its deadline and the days of grace before a pause.</summary>
    private static RequirementStatus Standing(Context context, DateOnly due, int? graceDays)
    {
        var daysLeft = due.DayNumber - context.AsOf.DayNumber;
        if (daysLeft >= 0)
        {
            return daysLeft <= context.Scheme.Notices.DueSoonDays ? RequirementStatus.DueSoon : RequirementStatus.InProgress;
        }

        return graceDays is { } grace && -daysLeft > grace ? RequirementStatus.Paused : RequirementStatus.NotCompliant;
    }

    private static DateOnly? PausesOn(Context context, DateOnly due) =>
        context.Scheme.PauseAfterDaysOverdue is { } grace ? due.AddDays(grace + 1) : null;

    /// <summary>
    /// Applies HR's extensions until none moves the deadline further (of those that cover it, the first
    /// with the latest new deadline); the last one applied gives the reason.
    /// </summary>
    private static (DateOnly Due, ComplianceExtension? Extension) Extend(Context context, RequirementKind kind, DateOnly deadline)
    {
        ComplianceExtension? applied = null;
        var extensions = context.Practitioner.Extensions;
        while (extensions.Count > 0)
        {
            ComplianceExtension? latest = null;
            foreach (var extension in extensions)
            {
                if (extension.Covers(kind, deadline) && (latest is null || extension.NewDeadline > latest.NewDeadline))
                {
                    latest = extension;
                }
            }

            if (latest is null)
            {
                break;
            }

            deadline = latest.NewDeadline;
            applied = latest;
        }

        return (deadline, applied);
    }

    private static List<ReminderDate> Reminders(Context context, DateOnly due)
    {
        if (due < context.AsOf)
        {
            return [];
        }

        var reminders = new List<ReminderDate>(context.ReminderDays.Length);
        foreach (var days in context.ReminderDays)
        {
            reminders.Add(new ReminderDate(days, due.AddDays(-days)));
        }

        return reminders;
    }

    /// <summary>The reminder days of <paramref name="notices"/> that are not negative, each once, furthest first.</summary>
    private static int[] ReminderDays(ComplianceNotices notices)
    {
        var days = new List<int>(notices.ReminderDaysBefore.Count);
        foreach (var day in notices.ReminderDaysBefore)
        {
            if (day >= 0 && !days.Contains(day))
            {
                days.Add(day);
            }
        }

        days.Sort(static (a, b) => b.CompareTo(a));
        return [.. days];
    }

    private static bool InTraining(IReadOnlyList<QualificationRecord> qualifications)
    {
        for (var i = 0; i < qualifications.Count; i++)
        {
            if (qualifications[i].Status == QualificationStatus.InTraining)
            {
                return true;
            }
        }

        return false;
    }

    private static ReasonCode ShortCode(RequirementKind kind) => kind switch
    {
        RequirementKind.PracticeHours => ReasonCode.PracticeHoursShort,
        RequirementKind.SupervisionSessions => ReasonCode.SupervisionShort,
        RequirementKind.CpdActivities => ReasonCode.CpdShort,
        RequirementKind.PeerSupportSessions => ReasonCode.PeerSupportShort,
        RequirementKind.TrainingWorkshops => ReasonCode.WorkshopsShort,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an activity requirement."),
    };
}
