using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>Everything the one page of a partnership shows to one of its two sides.</summary>
public sealed record RelationshipPage(
    Partnership Partnership,
    PartnershipSide Side,
    AgreementSummary? Agreement,
    IReadOnlyList<SessionRow> Sessions,
    IReadOnlyList<GoalRow> Goals,
    IReadOnlyList<PlanRow> Plan,
    ReviewPrompt? Review,
    bool RatingGiven,
    bool EvaluationGiven,
    ThreeWayState? ThreeWay,
    EndingRow? Ending,
    RelationshipPermissions May,
    DateOnly Today)
{
    public SessionRow? NextSession => Sessions.Where(s => s.Status == SessionStatus.Planned && s.Date >= Today).MinBy(s => (s.Date, s.Start));

    public SessionRow? LastHeld => Sessions.Where(s => s.Status == SessionStatus.Held).MaxBy(s => s.Number);

    public int SessionsHeld => Sessions.Count(s => s.Status == SessionStatus.Held);

    public decimal HoursHeld => Sessions.Where(s => s.Status == SessionStatus.Held).Sum(s => s.Hours);

    public GoalProgressChart Chart => GoalProgressChart.For(Goals, Sessions.Where(s => s.Status == SessionStatus.Held).OrderBy(s => s.Number).ToList());
}

public sealed record AgreementSummary(int Version, AgreementStatus Status, DateOnly? AgreedOn, bool SignedByMe, bool SignedByOther, int? InForceVersion);

public sealed record SessionRow(
    Guid Id,
    int Number,
    DateOnly Date,
    TimeOnly? Start,
    TimeOnly? End,
    SessionStatus Status,
    CancelledBy? CancelledBy,
    int? NoticeHours,
    string? ActionsIdentified,
    bool Prepared,
    bool FeedbackGiven)
{
    public decimal Hours => Status == SessionStatus.Held ? SessionHours.Between(Start, End) : 0m;
}

public sealed record GoalRow(Guid Id, string Description, GoalVisibility Visibility, int? Baseline, IReadOnlyDictionary<Guid, int> ScoreBySession)
{
    public int? Latest(IReadOnlyList<SessionRow> heldInOrder) =>
        heldInOrder.Select(s => ScoreBySession.TryGetValue(s.Id, out var v) ? (int?)v : null).LastOrDefault(v => v is not null) ?? Baseline;
}

public sealed record PlanRow(Guid Id, DateOnly Date, string Topic, string? Outcome, string? Actions, DateOnly? CompleteBy, RagStatus Rag, bool IsReviewEntry);

/// <summary>A review that is due: the review point reached, or cancellations in a row.</summary>
public sealed record ReviewPrompt(DateOnly? ReviewPointDue, bool ReviewPointReached, int CancelledInARow, bool FlaggedByCancellations);

public sealed record EndingRow(PartnershipSide EndedBy, EndingCategory Category, string? PrivateReason, DateTimeOffset EndedAt);

public sealed record ThreeWayState(bool Invited, DateTimeOffset? ConfirmedAt, string? SupportOffered);

public sealed record RelationshipPermissions(
    bool EditAgreement,
    bool Schedule,
    bool Record,
    bool EditGoals,
    bool EditPlan,
    bool Review,
    bool End,
    bool GiveFeedback,
    bool ReadFeedback,
    bool Reflect,
    bool Prepare);
