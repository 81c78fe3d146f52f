namespace CoachRegister.Domain.Confidentiality;

/// <summary>The kinds of record whose visibility the register controls.</summary>
public enum RecordKind
{
    /// <summary>A published profile on the register.</summary>
    Profile,
    /// <summary>An application to join the register.</summary>
    CoachApplication,
    /// <summary>A staff member's request for a coach or mentor (reasons, goals for self, team, organisation).</summary>
    MatchRequest,
    /// <summary>What a line manager is asked to support (an application or a request) and their answer.</summary>
    SupportRequest,
    /// <summary>That a coaching relationship exists, with whom, and its status.</summary>
    MatchStatus,
    /// <summary>Session dates, counts and hours: the activity figures HR reports on.</summary>
    ActivityFigures,
    /// <summary>The agreement (contract) and its signatures.</summary>
    Agreement,
    /// <summary>Goals the coachee agreed to share with the line manager.</summary>
    SharedGoal,
    /// <summary>Goals the line manager never sees.</summary>
    PrivateGoal,
    /// <summary>What was discussed: the session record, actions, goal progress.</summary>
    SessionContent,
    /// <summary>The coachee's preparation before a session.</summary>
    MeetingPreparation,
    /// <summary>The coach's own preparation and reflection on a session.</summary>
    CoachReflection,
    /// <summary>The coach's reflective log.</summary>
    ReflectiveLog,
    /// <summary>A mentee's learning and development plan.</summary>
    DevelopmentPlan,
    /// <summary>The coachee's feedback on the coach and the attribute ratings.</summary>
    Feedback,
    /// <summary>The coachee's final evaluation of the programme.</summary>
    FinalEvaluation,
    /// <summary>The practitioner's CPD activities, supervision and peer-support sessions, qualifications and compliance standing.</summary>
    CpdAndSupervision,
    /// <summary>A file attached to a CPD activity as evidence (a certificate, notes).</summary>
    CpdEvidence,
    /// <summary>The supervisor's confirmation that a supervision session took place: only confirmed sessions count.</summary>
    SupervisionConfirmation,
    /// <summary>An extension of a compliance deadline, with HR's reason.</summary>
    ComplianceExtension,
    /// <summary>Which supervisor or lead mentor supports a practitioner.</summary>
    SupervisorAllocation,
    /// <summary>A scheme's settings: its rules and the partner schemes its register is opened to.</summary>
    SchemeSettings,
    /// <summary>Who administers each scheme (the HR admins and partnership leads).</summary>
    SchemeAdministrators,
    /// <summary>Data every scheme's register shares, such as the list of coaching areas.</summary>
    RegisterReferenceData,
    /// <summary>When and where a session takes place: scheduling, moving, cancelling, the calendar invite.</summary>
    SessionSchedule,
    /// <summary>A review of whether the partnership is working (the review point, or cancellations in a row).</summary>
    PartnershipReview,
    /// <summary>Why one side ended the partnership, in their words.</summary>
    EndingReason,
    /// <summary>The line manager's confirmation of the shared goals and the support they will give.</summary>
    ThreeWayConfirmation,
    /// <summary>Who may register for an organisation: its staff's e-mail domains and HR's invitations.</summary>
    OrganisationRegistration,
    /// <summary>A cohort the scheme team matches at once: the requests, the pool of coaches and the planned pairs.</summary>
    CohortPlan,
    /// <summary>An organisation's own wording of the agreement's standing text, every version kept.</summary>
    StandingWording,
    /// <summary>HR's request for a partnership's whole file as a ZIP, its progress and the ZIP: the documents in it are each decided on their own.</summary>
    RelationshipFile,
}

/// <summary>How a person stands towards a record. A person can stand in several relationships at once.</summary>
public enum Relationship
{
    /// <summary>The coach or mentor of the relationship, or the practitioner whose own record it is.</summary>
    Coach,
    /// <summary>The staff member being coached or mentored.</summary>
    Coachee,
    /// <summary>The person who made the application or the request.</summary>
    Applicant,
    /// <summary>The line manager of the coachee or applicant.</summary>
    LineManager,
    /// <summary>The supervisor or lead mentor allocated to the coach.</summary>
    Supervisor,
    /// <summary>An HR admin or scheme lead of the record's scheme (of any scheme, for data all schemes share).</summary>
    HrAdmin,
    /// <summary>A technical administrator: runs accounts and settings, sees no coaching content.</summary>
    SystemAdmin,
    /// <summary>Any other member of staff of a scheme whose register they may browse.</summary>
    OtherStaff,
}

public enum Access
{
    None = 0,
    Read = 1,
    Write = 2,
}

/// <summary>
/// Who may see and change each kind of record. This table is the single source of the confidentiality
/// rules: <see cref="AccessPolicy"/> asks it (narrowed by the record's state and scheme), and
/// docs/confidentiality.md must show exactly the same table (a test compares them). Content of the coaching (sessions, preparation, private goals, feedback)
/// belongs to the coach and coachee; the line manager learns that coaching takes place and what the
/// coachee chooses to share; HR sees activity figures, not content.
/// </summary>
public static class AccessMatrix
{
    private const Access N = Access.None;
    private const Access R = Access.Read;
    private const Access W = Access.Write;

    public static readonly Relationship[] Columns =
    [
        Relationship.Coach, Relationship.Coachee, Relationship.Applicant, Relationship.LineManager,
        Relationship.Supervisor, Relationship.HrAdmin, Relationship.SystemAdmin, Relationship.OtherStaff,
    ];

    private static readonly Dictionary<RecordKind, Access[]> Rows = new()
    {
        //                                   Coach Coachee Applicant LineMgr Supervisor HR  SysAdmin Other
        [RecordKind.Profile] =              [W,    R,      R,        R,      R,         W,  N,       R],
        [RecordKind.CoachApplication] =     [N,    N,      W,        R,      N,         W,  N,       N],
        [RecordKind.MatchRequest] =         [R,    N,      W,        N,      N,         W,  N,       N],
        [RecordKind.SupportRequest] =       [N,    N,      N,        W,      N,         N,  N,       N],
        [RecordKind.MatchStatus] =          [W,    W,      N,        R,      N,         W,  N,       N],
        [RecordKind.ActivityFigures] =      [W,    R,      N,        N,      R,         R,  N,       N],
        [RecordKind.Agreement] =            [W,    W,      N,        N,      N,         N,  N,       N],
        [RecordKind.SharedGoal] =           [W,    W,      N,        R,      N,         N,  N,       N],
        [RecordKind.PrivateGoal] =          [W,    W,      N,        N,      N,         N,  N,       N],
        [RecordKind.SessionContent] =       [W,    R,      N,        N,      N,         N,  N,       N],
        [RecordKind.MeetingPreparation] =   [R,    W,      N,        N,      N,         N,  N,       N],
        [RecordKind.CoachReflection] =      [W,    N,      N,        N,      N,         N,  N,       N],
        [RecordKind.ReflectiveLog] =        [W,    N,      N,        N,      N,         N,  N,       N],
        [RecordKind.DevelopmentPlan] =      [W,    W,      N,        N,      N,         N,  N,       N],
        [RecordKind.Feedback] =             [R,    W,      N,        N,      N,         N,  N,       N],
        [RecordKind.FinalEvaluation] =      [R,    W,      N,        N,      N,         N,  N,       N],
        [RecordKind.CpdAndSupervision] =    [W,    N,      N,        N,      R,         R,  N,       N],
        [RecordKind.CpdEvidence] =          [W,    N,      N,        N,      R,         R,  N,       N],
        [RecordKind.SupervisionConfirmation] = [R, N,      N,        N,      W,         R,  N,       N],
        [RecordKind.ComplianceExtension] =  [R,    N,      N,        N,      R,         W,  N,       N],
        [RecordKind.SupervisorAllocation] = [R,    N,      N,        N,      R,         W,  N,       N],
        [RecordKind.SchemeSettings] =       [N,    N,      N,        N,      N,         W,  R,       N],
        [RecordKind.SchemeAdministrators] = [N,    N,      N,        N,      N,         R,  W,       N],
        [RecordKind.RegisterReferenceData] = [N,   N,      N,        N,      N,         W,  N,       R],
        [RecordKind.SessionSchedule] =      [W,    W,      N,        N,      N,         N,  N,       N],
        [RecordKind.PartnershipReview] =    [W,    W,      N,        N,      N,         R,  N,       N],
        [RecordKind.EndingReason] =         [W,    W,      N,        N,      N,         N,  N,       N],
        [RecordKind.ThreeWayConfirmation] = [R,    R,      N,        W,      N,         N,  N,       N],
        [RecordKind.OrganisationRegistration] = [N, N,     N,        N,      N,         W,  W,       N],
        [RecordKind.CohortPlan] =           [N,    N,      N,        N,      N,         W,  N,       N],
        [RecordKind.StandingWording] =      [N,    N,      N,        N,      N,         W,  N,       N],
        [RecordKind.RelationshipFile] =     [N,    N,      N,        N,      N,         W,  N,       N],
    };

    public static Access For(RecordKind kind, Relationship relationship) =>
        Rows[kind][Array.IndexOf(Columns, relationship)];
}
