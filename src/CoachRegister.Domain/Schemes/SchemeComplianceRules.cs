using System.Globalization;
using CoachRegister.Domain.Development.Compliance;

namespace CoachRegister.Domain.Schemes;

/// <summary>
/// A scheme's <see cref="SchemeRequirements"/> as stored columns HR edits. The caseload limits are the
/// scheme's own <see cref="Scheme.MaxCoachees"/> and <see cref="Scheme.MaxCoacheesWhileDeveloping"/>, which the
/// register's capacity rules use too, so there is one number for each.
/// </summary>
public class SchemeComplianceRules
{
    public ComplianceYearKind YearKind { get; set; }
    /// <summary>The month a fixed year starts in (1 = calendar year, 4 = April to March).</summary>
    public int YearStartMonth { get; set; } = 1;
    public RoleMinimums Coaches { get; set; } = new();
    public RoleMinimums Mentors { get; set; } = new();
    public bool GroupSupervisionCounts { get; set; } = true;
    public decimal MinimumSessionHours { get; set; }
    /// <summary>Days after a missed activity deadline before the profile is paused; null: never.</summary>
    public int? PauseAfterDaysOverdue { get; set; }
    public int DueSoonDays { get; set; } = ComplianceNotices.Default.DueSoonDays;
    /// <summary>Days before each deadline on which reminders go out, e.g. "60,30,7".</summary>
    public string ReminderDays { get; set; } = string.Join(',', ComplianceNotices.Default.ReminderDaysBefore);
    /// <summary>
    /// The day the portal's records start for this scheme: activity before it was never entered, so nobody's
    /// first compliance year starts earlier (practitioners who joined before it start on it).
    /// </summary>
    public DateOnly? RecordsStartOn { get; set; }

    public IReadOnlyList<int> ReminderDaysBefore => ParseReminderDays(ReminderDays) ?? [];

    /// <summary>"60, 30, 7" as days, furthest first; null when it is not a list of whole days from 0 to 366.</summary>
    public static IReadOnlyList<int>? ParseReminderDays(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var days = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day > 366)
            {
                return null;
            }

            days.Add(day);
        }

        return days.Distinct().OrderDescending().ToList();
    }

    public SchemeRequirements ToRequirements(CaseloadLimits caseload) => new()
    {
        Year = ComplianceYear.From(YearKind, YearStartMonth),
        Coaches = Coaches.ToRole(caseload),
        Mentors = Mentors.ToRole(caseload),
        GroupSupervisionCounts = GroupSupervisionCounts,
        MinimumSessionHours = MinimumSessionHours,
        PauseAfterDaysOverdue = PauseAfterDaysOverdue,
        Notices = new ComplianceNotices { DueSoonDays = DueSoonDays, ReminderDaysBefore = ReminderDaysBefore },
    };

    /// <summary>The rules of <paramref name="requirements"/> (a preset), keeping the day records start.</summary>
    public static SchemeComplianceRules From(SchemeRequirements requirements, DateOnly? recordsStartOn) => new()
    {
        YearKind = requirements.Year.Kind,
        YearStartMonth = requirements.Year.StartMonth,
        Coaches = RoleMinimums.From(requirements.Coaches),
        Mentors = RoleMinimums.From(requirements.Mentors),
        GroupSupervisionCounts = requirements.GroupSupervisionCounts,
        MinimumSessionHours = requirements.MinimumSessionHours,
        PauseAfterDaysOverdue = requirements.PauseAfterDaysOverdue,
        DueSoonDays = requirements.Notices.DueSoonDays,
        ReminderDays = string.Join(',', requirements.Notices.ReminderDaysBefore),
        RecordsStartOn = recordsStartOn,
    };
}

/// <summary>One role's yearly minimums and qualification clock, as stored columns.</summary>
public class RoleMinimums
{
    public decimal PracticeHours { get; set; }
    public int SupervisionSessions { get; set; }
    public int CpdActivities { get; set; }
    public int PeerSupportSessions { get; set; }
    public int TrainingWorkshops { get; set; }
    /// <summary>The qualification to achieve, with <see cref="QualificationMonths"/>; none when either is empty.</summary>
    public QualificationLevel? QualificationLevel { get; set; }
    public int? QualificationMonths { get; set; }

    public RoleRequirements ToRole(CaseloadLimits caseload) => new()
    {
        PracticeHours = PracticeHours,
        SupervisionSessions = SupervisionSessions,
        CpdActivities = CpdActivities,
        PeerSupportSessions = PeerSupportSessions,
        TrainingWorkshops = TrainingWorkshops,
        Qualification = QualificationLevel is { } level && QualificationMonths is { } months ? new QualificationRequirement(level, months) : null,
        Caseload = caseload,
    };

    public static RoleMinimums From(RoleRequirements role) => new()
    {
        PracticeHours = role.PracticeHours,
        SupervisionSessions = role.SupervisionSessions,
        CpdActivities = role.CpdActivities,
        PeerSupportSessions = role.PeerSupportSessions,
        TrainingWorkshops = role.TrainingWorkshops,
        QualificationLevel = role.Qualification?.MinimumLevel,
        QualificationMonths = role.Qualification?.MonthsFromFirstAssignment,
    };
}
