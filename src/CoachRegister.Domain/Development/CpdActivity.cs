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

/// <summary>
/// An item of a mentee's learning and development plan (004 Appendix 6), with a red/amber/green status, or a
/// "review and reflect" entry. Both sides edit it; each change keeps what it replaced.
/// </summary>
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
    public Guid? UpdatedById { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public List<DevelopmentPlanRevision> History { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    public PlanItemText Text => new(Date, Topic, Outcome, Actions, CompleteBy, Rag, IsReviewEntry);

    public static DevelopmentPlanItem Add(Guid matchId, PlanItemText text, Guid byPersonId, DateTimeOffset at)
    {
        var item = new DevelopmentPlanItem { MatchId = matchId, Topic = text.Topic };
        item.Apply(text, byPersonId, at);
        return item;
    }

    /// <summary>Changes the item and keeps the text it had, with who wrote it and when.</summary>
    public void Update(PlanItemText text, Guid byPersonId, DateTimeOffset at)
    {
        if (text == Text)
        {
            return;
        }

        History.Add(new DevelopmentPlanRevision
        {
            DevelopmentPlanItemId = Id,
            Date = Date,
            Topic = Topic,
            Outcome = Outcome,
            Actions = Actions,
            CompleteBy = CompleteBy,
            Rag = Rag,
            WrittenById = UpdatedById,
            WrittenAt = UpdatedAt,
            ReplacedAt = at,
        });
        Apply(text, byPersonId, at);
    }

    private void Apply(PlanItemText text, Guid byPersonId, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text.Topic))
        {
            throw new RuleBrokenException(Rule.GoalIncomplete);
        }

        Date = text.Date;
        Topic = text.Topic.Trim();
        Outcome = text.Outcome;
        Actions = text.Actions;
        CompleteBy = text.CompleteBy;
        Rag = text.Rag;
        IsReviewEntry = text.IsReviewEntry;
        UpdatedById = byPersonId;
        UpdatedAt = at;
    }
}

public sealed record PlanItemText(DateOnly Date, string Topic, string? Outcome, string? Actions, DateOnly? CompleteBy, RagStatus Rag, bool IsReviewEntry);

/// <summary>What a plan item said before a change.</summary>
public class DevelopmentPlanRevision : Entity
{
    public Guid DevelopmentPlanItemId { get; set; }
    public DateOnly Date { get; set; }
    public required string Topic { get; set; }
    public string? Outcome { get; set; }
    public string? Actions { get; set; }
    public DateOnly? CompleteBy { get; set; }
    public RagStatus Rag { get; set; }
    public Guid? WrittenById { get; set; }
    public DateTimeOffset? WrittenAt { get; set; }
    public DateTimeOffset ReplacedAt { get; set; }
}

public enum RagStatus
{
    Red = 0,
    Amber = 1,
    Green = 2,
}
