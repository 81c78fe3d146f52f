using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Development.Compliance;

/// <summary>
/// Starting points for HR, modelled on the three kinds of scheme in the source documents. Where a
/// document gives no number or no year, the choice is ours and says so. The caseload limits match the
/// demo schemes in the seed data, except where 004 gives them.
/// </summary>
public static class SchemeRequirementPresets
{
    /// <summary>The presets by name, in the order HR sees them.</summary>
    public static SchemeRequirements For(SchemePreset preset) => preset switch
    {
        SchemePreset.LeadershipAcademy => LeadershipAcademy,
        SchemePreset.PrimaryCareTrainingHub => PrimaryCareTrainingHub,
        SchemePreset.LocalAuthority => LocalAuthority,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Not a preset."),
    };

    /// <summary>
    /// A leadership academy's coaching register (003 s.3.2): coaches evidence 12 hours of practice,
    /// 2 supervision sessions and 2 CPD activities a year to remain on the register; mentors have no
    /// minimum. Our choices: a rolling year (003 says "annually to remain on the register", so the last
    /// 12 months must hold the minimum at any time), group supervision counts, and a profile is paused
    /// 90 days after a missed minimum.
    /// </summary>
    public static SchemeRequirements LeadershipAcademy { get; } = new()
    {
        Year = ComplianceYear.Rolling,
        Coaches = new RoleRequirements
        {
            PracticeHours = 12m,
            SupervisionSessions = 2,
            CpdActivities = 2,
            Caseload = new CaseloadLimits(3, 6),
        },
        Mentors = new RoleRequirements { Caseload = new CaseloadLimits(3, 6) },
        GroupSupervisionCounts = true,
        PauseAfterDaysOverdue = 90,
    };

    /// <summary>
    /// A primary-care training hub's mentoring scheme (004): each year 4 peer-support sessions,
    /// 4 one-to-one supervision sessions and 1 training or update workshop; ILM3 within 24 months of
    /// the first assignment submission, else mentoring is paused until it is achieved; up to 4 mentees
    /// while developing and 8 at most. 004 calls its practitioners mentors/coaches, so coaches have the
    /// same rules. Sessions are 1 hour (004 Appendix 1: "4 x 1 hour"), so shorter ones do not count.
    /// Our choices: the year runs April to March (the NHS financial year the hub funds sessions in),
    /// and a missed minimum does not pause (004 pauses only for the qualification).
    /// </summary>
    public static SchemeRequirements PrimaryCareTrainingHub { get; } = new()
    {
        Year = ComplianceYear.StartingIn(4),
        Coaches = HubPractitioners,
        Mentors = HubPractitioners,
        GroupSupervisionCounts = false,
        MinimumSessionHours = 1m,
        PauseAfterDaysOverdue = null,
    };

    /// <summary>
    /// A local authority's internal scheme (000 s.6): coaches and mentors undertake the required
    /// supervision, record their CPD and supervision, and take part in the peer-support group. 000
    /// gives no numbers, so these are ours: 2 supervision sessions (one-to-one or group) and 4
    /// peer-support sessions (one a quarter) a calendar year, for coaches and mentors alike; CPD is
    /// recorded with no minimum; a missed minimum does not pause, because 000 names no sanction.
    /// </summary>
    public static SchemeRequirements LocalAuthority { get; } = new()
    {
        Year = ComplianceYear.CalendarYear,
        Coaches = CouncilPractitioners,
        Mentors = CouncilPractitioners,
        GroupSupervisionCounts = true,
        PauseAfterDaysOverdue = null,
    };

    private static RoleRequirements HubPractitioners => new()
    {
        SupervisionSessions = 4,
        PeerSupportSessions = 4,
        TrainingWorkshops = 1,
        Qualification = new QualificationRequirement(QualificationLevel.Ilm3, 24),
        Caseload = new CaseloadLimits(4, 8),
    };

    private static RoleRequirements CouncilPractitioners => new()
    {
        SupervisionSessions = 2,
        PeerSupportSessions = 4,
        Caseload = new CaseloadLimits(2, 4),
    };
}

/// <summary>The three starting points HR can choose from.</summary>
public enum SchemePreset
{
    LeadershipAcademy = 0,
    PrimaryCareTrainingHub = 1,
    LocalAuthority = 2,
}
