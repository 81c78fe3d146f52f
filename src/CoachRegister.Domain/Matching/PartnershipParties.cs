using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Confidentiality;

namespace CoachRegister.Domain.Matching;

/// <summary>
/// The people of one partnership as the access policy sees them, for every kind of record the partnership
/// holds: the coach, the coachee, the coachee's line manager, the coach's supporting mentor, the scheme.
/// Once the partnership has ended its records are closed: readable by whoever could read them, changed by nobody.
/// </summary>
public sealed record PartnershipParties(
    Guid SchemeId,
    MatchStatus Status,
    Guid CoachPersonId,
    Guid CoacheePersonId,
    Guid? LineManagerPersonId,
    Guid? SupervisorPersonId)
{
    public RecordState State => Status is MatchStatus.Ended or MatchStatus.Declined ? RecordState.Closed : RecordState.Current;

    public RecordParties For(RecordKind kind) =>
        new(kind, SchemeId, State, CoachPersonId, CoacheePersonId, LineManagerPersonId: LineManagerPersonId, SupervisorPersonId: SupervisorPersonId);

    public RecordParties ForGoal(GoalVisibility visibility) =>
        For(visibility == GoalVisibility.SharedWithLineManager ? RecordKind.SharedGoal : RecordKind.PrivateGoal);

    /// <summary>Whether the partnership is under way: sessions, goals and the plan change only then.</summary>
    public bool IsOpen => Status is MatchStatus.Contracting or MatchStatus.Active or MatchStatus.OnHold;
}
