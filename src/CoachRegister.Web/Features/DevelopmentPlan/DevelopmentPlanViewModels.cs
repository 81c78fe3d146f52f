using CoachRegister.Domain.Development;
using CoachRegister.Web.Features.Relationships;

namespace CoachRegister.Web.Features.DevelopmentPlan;

public sealed class PlanItemInput
{
    public const int MaxText = 4000;
    public const int MaxTopic = 400;

    public Guid? Stamp { get; set; }
    public DateOnly? Date { get; set; }
    public string? Topic { get; set; }
    public string? Outcome { get; set; }
    public string? Actions { get; set; }
    public DateOnly? CompleteBy { get; set; }
    public RagStatus? Rag { get; set; }
    public bool IsReviewEntry { get; set; }
}

public sealed class PlanViewModel
{
    public required Partnership Partnership { get; init; }
    public required IReadOnlyList<DevelopmentPlanItem> Items { get; init; }
    public required IReadOnlyDictionary<Guid, string> Names { get; init; }
    public required PlanItemInput Input { get; init; }
    public DevelopmentPlanItem? Editing { get; init; }
    /// <summary>Set when someone else saved the item while this person was editing it.</summary>
    public PlanItemText? Saved { get; init; }
    public bool MayChange { get; init; }
}
