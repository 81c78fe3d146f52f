using CoachRegister.Domain.Common;

namespace CoachRegister.Domain.Matching;

/// <summary>
/// How a partnership ended. Either side may end it at any time (001). The reason they write is theirs alone;
/// HR counts only the category, and HR and the line manager are told only that it ended.
/// </summary>
public class PartnershipEnding : Entity
{
    public Guid MatchId { get; set; }
    public Guid EndedById { get; set; }
    public PartnershipSide EndedBy { get; set; }
    public EndingCategory Category { get; set; }
    public string? PrivateReason { get; set; }
    public DateTimeOffset EndedAt { get; set; }

    /// <summary>Ends the match (its history records the step with no reason) and returns the private record of why.</summary>
    public static PartnershipEnding End(Match match, Guid byPersonId, PartnershipSide side, EndingCategory category, string? privateReason, DateTimeOffset at)
    {
        if (!MatchTransitions.IsAllowed(match.Status, MatchStatus.Ended))
        {
            throw new RuleBrokenException(Rule.PartnershipNotOpen);
        }

        match.ChangeStatus(MatchStatus.Ended, byPersonId, at);
        return new PartnershipEnding
        {
            MatchId = match.Id,
            EndedById = byPersonId,
            EndedBy = side,
            Category = category,
            PrivateReason = string.IsNullOrWhiteSpace(privateReason) ? null : privateReason.Trim(),
            EndedAt = at,
        };
    }
}

public enum PartnershipSide
{
    Coach = 0,
    Coachee = 1,
}

/// <summary>Why a partnership ended, in categories HR may count.</summary>
public enum EndingCategory
{
    GoalsAchieved = 0,
    ProgrammeCompleted = 1,
    NotWorking = 2,
    CircumstancesChanged = 3,
    Other = 4,
}
