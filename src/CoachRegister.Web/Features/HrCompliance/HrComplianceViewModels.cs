using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.HrCompliance;

public sealed record ComplianceRow(Guid ProfileId, string Name, string SchemeName, ComplianceStatus Status, string Reasons, string? SupervisorName, DateOnly? NextDue);

public sealed class DashboardViewModel
{
    public ComplianceStatus? Status { get; init; }
    public Guid? SchemeId { get; init; }
    public required IReadOnlyList<Choice> Schemes { get; init; }
    public required IReadOnlyDictionary<ComplianceStatus, int> Counts { get; init; }
    public required List<ComplianceRow> Rows { get; init; }
    public required Pagination Pages { get; init; }
    public int Total { get; init; }
}

public sealed class ExtensionInput
{
    public const int MaxReasonLength = 1000;

    /// <summary>"Kind|yyyy-MM-dd": the requirement and the deadline it extends, as the page offered them.</summary>
    public string? Deadline { get; set; }
    public DateOnly? NewDeadline { get; set; }
    public string? Reason { get; set; }
}

public sealed class AllocationInput
{
    public Guid? SupervisorProfileId { get; set; }
}

public sealed class PractitionerViewModel
{
    public required DevelopmentRecordView Record { get; init; }
    public required IReadOnlyList<Choice> Deadlines { get; init; }
    public required IReadOnlyList<Choice> Supervisors { get; init; }
    public required ExtensionInput Extension { get; init; }
}

public sealed class RulesInput
{
    public ComplianceYearKind? YearKind { get; set; }
    public int? YearStartMonth { get; set; }
    public RoleMinimumsInput Coaches { get; set; } = new();
    public RoleMinimumsInput Mentors { get; set; } = new();
    public bool GroupSupervisionCounts { get; set; }
    public decimal? MinimumSessionHours { get; set; }
    public int? PauseAfterDaysOverdue { get; set; }
    public int? DueSoonDays { get; set; }
    public string? ReminderDays { get; set; }
    public DateOnly? RecordsStartOn { get; set; }
    public int? MaxCoacheesWhileDeveloping { get; set; }
    public int? MaxCoachees { get; set; }

    public static RulesInput From(Scheme scheme) => new()
    {
        YearKind = scheme.Compliance.YearKind,
        YearStartMonth = scheme.Compliance.YearStartMonth,
        Coaches = RoleMinimumsInput.From(scheme.Compliance.Coaches),
        Mentors = RoleMinimumsInput.From(scheme.Compliance.Mentors),
        GroupSupervisionCounts = scheme.Compliance.GroupSupervisionCounts,
        MinimumSessionHours = scheme.Compliance.MinimumSessionHours,
        PauseAfterDaysOverdue = scheme.Compliance.PauseAfterDaysOverdue,
        DueSoonDays = scheme.Compliance.DueSoonDays,
        ReminderDays = scheme.Compliance.ReminderDays,
        RecordsStartOn = scheme.Compliance.RecordsStartOn,
        MaxCoacheesWhileDeveloping = scheme.MaxCoacheesWhileDeveloping,
        MaxCoachees = scheme.MaxCoachees,
    };
}

public sealed class RoleMinimumsInput
{
    public decimal? PracticeHours { get; set; }
    public int? SupervisionSessions { get; set; }
    public int? CpdActivities { get; set; }
    public int? PeerSupportSessions { get; set; }
    public int? TrainingWorkshops { get; set; }
    public QualificationLevel? QualificationLevel { get; set; }
    public int? QualificationMonths { get; set; }

    public static RoleMinimumsInput From(RoleMinimums r) => new()
    {
        PracticeHours = r.PracticeHours,
        SupervisionSessions = r.SupervisionSessions,
        CpdActivities = r.CpdActivities,
        PeerSupportSessions = r.PeerSupportSessions,
        TrainingWorkshops = r.TrainingWorkshops,
        QualificationLevel = r.QualificationLevel,
        QualificationMonths = r.QualificationMonths,
    };

    public RoleMinimums ToRole() => new()
    {
        PracticeHours = PracticeHours ?? 0,
        SupervisionSessions = SupervisionSessions ?? 0,
        CpdActivities = CpdActivities ?? 0,
        PeerSupportSessions = PeerSupportSessions ?? 0,
        TrainingWorkshops = TrainingWorkshops ?? 0,
        QualificationLevel = QualificationMonths is null ? null : QualificationLevel,
        QualificationMonths = QualificationLevel is null ? null : QualificationMonths,
    };
}

public sealed class RulesViewModel
{
    public required Guid SchemeId { get; init; }
    public required string SchemeName { get; init; }
    public required RulesInput Input { get; init; }
}
