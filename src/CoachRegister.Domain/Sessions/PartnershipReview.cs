using CoachRegister.Domain.Common;

namespace CoachRegister.Domain.Sessions;

/// <summary>
/// A review of whether the partnership is working: at the review point, or flagged by cancellations in a row
/// (004). Coach, coachee and HR are told it is due; HR sees only that, and when, never what was said.
/// </summary>
public class PartnershipReview : Entity, IConcurrencyAware
{
    public Guid MatchId { get; set; }
    public ReviewReason Reason { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public Guid? CompletedById { get; set; }
    public ReviewOutcome? Outcome { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public bool IsOpen => CompletedAt is null;

    public static PartnershipReview Raise(Guid matchId, ReviewReason reason, DateTimeOffset at) =>
        new() { MatchId = matchId, Reason = reason, RaisedAt = at };

    public void Complete(Guid byPersonId, ReviewOutcome outcome, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            return;
        }

        CompletedAt = at;
        CompletedById = byPersonId;
        Outcome = outcome;
    }
}

public enum ReviewReason
{
    /// <summary>The review point of the agreement: three sessions or three months.</summary>
    ReviewPoint = 0,
    /// <summary>Sessions were cancelled in a row (the scheme says how many).</summary>
    CancellationsInARow = 1,
}

public enum ReviewOutcome
{
    Continue = 0,
    ChangeTheAgreement = 1,
    End = 2,
}
