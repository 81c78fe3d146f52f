using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Development.Compliance;

/// <summary>One thing a scheme asks of a practitioner to stay on its register.</summary>
public enum RequirementKind
{
    /// <summary>Hours of coaching or mentoring practice, from the held sessions in the session log.</summary>
    PracticeHours = 0,
    /// <summary>Supervision sessions with a supervisor (one-to-one, and group where the scheme counts it).</summary>
    SupervisionSessions = 1,
    /// <summary>CPD activities of any kind; a training workshop is a CPD activity too.</summary>
    CpdActivities = 2,
    PeerSupportSessions = 3,
    /// <summary>Training or update workshops (004: one a year after the basic workshop).</summary>
    TrainingWorkshops = 4,
    /// <summary>A qualification to achieve within a number of months of the first assignment submission.</summary>
    Qualification = 5,
    /// <summary>The most coachees or mentees held at once.</summary>
    Caseload = 6,
}

/// <summary>
/// What one role (coach or mentor) must do in each compliance year, as data HR can edit. Zero means
/// the scheme sets no minimum, so the requirement is not checked at all (003: mentors have none).
/// </summary>
public sealed record RoleRequirements
{
    public decimal PracticeHours { get; init; }
    public int SupervisionSessions { get; init; }
    public int CpdActivities { get; init; }
    public int PeerSupportSessions { get; init; }
    public int TrainingWorkshops { get; init; }
    public QualificationRequirement? Qualification { get; init; }
    public CaseloadLimits? Caseload { get; init; }

    /// <summary>No minimums, no qualification clock, no caseload limit.</summary>
    public static RoleRequirements None { get; } = new();

    /// <summary>The yearly minimum for an activity requirement; 0 for the qualification and the caseload.</summary>
    public decimal MinimumFor(RequirementKind kind) => kind switch
    {
        RequirementKind.PracticeHours => PracticeHours,
        RequirementKind.SupervisionSessions => SupervisionSessions,
        RequirementKind.CpdActivities => CpdActivities,
        RequirementKind.PeerSupportSessions => PeerSupportSessions,
        RequirementKind.TrainingWorkshops => TrainingWorkshops,
        _ => 0m,
    };

    /// <summary>
    /// The rules for someone who holds both roles: the stricter of each, because one activity serves
    /// both practices (a supervision session counts once, for both roles).
    /// </summary>
    public RoleRequirements StricterOf(RoleRequirements other) => new()
    {
        PracticeHours = Math.Max(PracticeHours, other.PracticeHours),
        SupervisionSessions = Math.Max(SupervisionSessions, other.SupervisionSessions),
        CpdActivities = Math.Max(CpdActivities, other.CpdActivities),
        PeerSupportSessions = Math.Max(PeerSupportSessions, other.PeerSupportSessions),
        TrainingWorkshops = Math.Max(TrainingWorkshops, other.TrainingWorkshops),
        Qualification = QualificationRequirement.Stricter(Qualification, other.Qualification),
        Caseload = CaseloadLimits.Stricter(Caseload, other.Caseload),
    };
}

/// <summary>
/// A qualification to achieve within <see cref="MonthsFromFirstAssignment"/> of the first assignment
/// submission (004: ILM3 within 24 months, else mentoring is paused until it is achieved). A higher
/// level counts; <see cref="QualificationLevel.Other"/> never does, because an equivalent is HR's judgement.
/// </summary>
public sealed record QualificationRequirement(QualificationLevel MinimumLevel, int MonthsFromFirstAssignment)
{
    public bool IsMetBy(QualificationLevel level) => level != QualificationLevel.Other && level >= MinimumLevel;

    /// <summary>The higher level; at the same level, the shorter clock.</summary>
    public static QualificationRequirement? Stricter(QualificationRequirement? a, QualificationRequirement? b) =>
        (a, b) switch
        {
            (null, _) => b,
            (_, null) => a,
            _ when a.MinimumLevel != b.MinimumLevel => a.MinimumLevel > b.MinimumLevel ? a : b,
            _ => a.MonthsFromFirstAssignment <= b.MonthsFromFirstAssignment ? a : b,
        };
}

/// <summary>
/// The most coachees held at once: lower while developing (004: up to 4 while developing, 8 at most).
/// "Developing" means not yet holding the role's required qualification; where the role has no
/// qualification clock, holding any qualification still in training (as <see cref="CoachCapacity"/> does).
/// </summary>
public sealed record CaseloadLimits(int MaxWhileDeveloping, int MaxQualified)
{
    public static CaseloadLimits? Stricter(CaseloadLimits? a, CaseloadLimits? b) =>
        (a, b) switch
        {
            (null, _) => b,
            (_, null) => a,
            _ => new CaseloadLimits(Math.Min(a.MaxWhileDeveloping, b.MaxWhileDeveloping), Math.Min(a.MaxQualified, b.MaxQualified)),
        };
}

/// <summary>When a shortfall counts as due soon, and when the nightly job sends reminders before a deadline.</summary>
public sealed record ComplianceNotices
{
    /// <summary>A shortfall whose deadline is this many days away or fewer (the deadline day included) is due soon.</summary>
    public int DueSoonDays { get; init; } = 60;

    /// <summary>Days before a deadline on which a reminder is sent; 0 is the deadline day. Negative values are ignored.</summary>
    public IReadOnlyList<int> ReminderDaysBefore { get; init; } = [60, 30, 7];

    public static ComplianceNotices Default { get; } = new();
}

/// <summary>
/// A scheme's compliance rules as data: the year it counts in, what coaches and mentors must do, what
/// counts as a session, and whether a missed minimum pauses the profile. Stored by the web layer and
/// edited by HR; <see cref="SchemeRequirementPresets"/> holds three starting points.
/// </summary>
public sealed record SchemeRequirements
{
    public required ComplianceYear Year { get; init; }
    public required RoleRequirements Coaches { get; init; }
    public required RoleRequirements Mentors { get; init; }

    /// <summary>Whether group supervision counts towards the supervision minimum (004 asks for one-to-one sessions).</summary>
    public bool GroupSupervisionCounts { get; init; } = true;

    /// <summary>Supervision and peer-support sessions shorter than this do not count (0: any length counts).</summary>
    public decimal MinimumSessionHours { get; init; }

    /// <summary>
    /// Days after a missed activity deadline before the profile is paused; null: a missed minimum never
    /// pauses (the practitioner is not compliant until it is made up). A missed qualification deadline
    /// always pauses, the day after it (004).
    /// </summary>
    public int? PauseAfterDaysOverdue { get; init; }

    public ComplianceNotices Notices { get; init; } = ComplianceNotices.Default;

    /// <summary>The rules for a practitioner's roles; someone who offers both meets the stricter of each.</summary>
    public RoleRequirements For(OfferType roles) => roles switch
    {
        OfferType.Both => Coaches.StricterOf(Mentors),
        OfferType.Coaching => Coaches,
        OfferType.Mentoring => Mentors,
        _ => RoleRequirements.None,
    };
}
