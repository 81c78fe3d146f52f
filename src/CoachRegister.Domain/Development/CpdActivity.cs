using CoachRegister.Domain.Common;
using CoachRegister.Domain.People;

namespace CoachRegister.Domain.Development;

/// <summary>A continuing professional development activity, evidenced, that counts towards staying on the register.</summary>
public class CpdActivity : Entity, IConcurrencyAware
{
    public Guid CoachProfileId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Hours { get; set; }
    public CpdKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? Evidence { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

public enum CpdKind
{
    Activity = 0,
    TrainingWorkshop = 1,
    Course = 2,
    Reading = 3,
}

/// <summary>A supervision session a coach attended: one-to-one with a supervisor, or a peer-support group.</summary>
public class SupervisionSession : Entity, IConcurrencyAware
{
    public Guid CoachProfileId { get; set; }
    public Guid? SupervisorId { get; set; }
    public Person? Supervisor { get; set; }
    public DateOnly Date { get; set; }
    public decimal Hours { get; set; }
    public SupervisionKind Kind { get; set; }
    public string? Notes { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

public enum SupervisionKind
{
    OneToOne = 0,
    PeerSupport = 1,
    Group = 2,
}

/// <summary>An item of a mentee's learning and development plan, with a red/amber/green status.</summary>
public class DevelopmentPlanItem : Entity, IConcurrencyAware
{
    public Guid MatchId { get; set; }
    public DateOnly Date { get; set; }
    public required string Topic { get; set; }
    public string? Outcome { get; set; }
    public string? Actions { get; set; }
    public DateOnly? CompleteBy { get; set; }
    public RagStatus Rag { get; set; }
    public bool IsReviewEntry { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

public enum RagStatus
{
    Red = 0,
    Amber = 1,
    Green = 2,
}
