using CoachRegister.Domain.Common;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Matching;

/// <summary>
/// The coaching or mentoring relationship between one practitioner and one coachee, from the proposed
/// match through the chemistry meeting and contracting to its end. Every change of status is kept.
/// </summary>
public class Match : Entity, IConcurrencyAware
{
    public Guid? MatchRequestId { get; set; }
    public MatchRequest? MatchRequest { get; set; }
    public Guid CoachProfileId { get; set; }
    public CoachProfile? Coach { get; set; }
    public Guid CoacheeId { get; set; }
    public Person? Coachee { get; set; }
    public OfferType Kind { get; set; }
    public MatchStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateOnly? ChemistryMeetingOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? EndReason { get; set; }
    public List<MatchStatusChange> History { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Statuses in which the match uses one of the practitioner's places.</summary>
    public static readonly MatchStatus[] HoldsPlace =
        [MatchStatus.Proposed, MatchStatus.ChemistryMeeting, MatchStatus.Contracting, MatchStatus.Active, MatchStatus.OnHold];

    public void ChangeStatus(MatchStatus to, Guid? byPersonId, DateTimeOffset at, string? reason = null)
    {
        if (!MatchTransitions.IsAllowed(Status, to))
        {
            throw new InvalidOperationException($"A match cannot go from {Status} to {to}.");
        }

        History.Add(new MatchStatusChange
        {
            MatchId = Id,
            From = Status,
            To = to,
            ChangedAt = at,
            ChangedById = byPersonId,
            Reason = reason,
        });
        Status = to;
        if (to == MatchStatus.Active && StartedOn is null)
        {
            StartedOn = DateOnly.FromDateTime(at.UtcDateTime);
        }

        if (to is MatchStatus.Ended or MatchStatus.Declined)
        {
            EndedOn = DateOnly.FromDateTime(at.UtcDateTime);
            EndReason = reason;
        }
    }
}

public enum MatchStatus
{
    Proposed = 0,
    ChemistryMeeting = 1,
    Declined = 2,
    Contracting = 3,
    Active = 4,
    OnHold = 5,
    Ended = 6,
}

public class MatchStatusChange : Entity
{
    public Guid MatchId { get; set; }
    public MatchStatus From { get; set; }
    public MatchStatus To { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedById { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The life of a match: either side may decline after the chemistry meeting or end at any time.</summary>
public static class MatchTransitions
{
    private static readonly Dictionary<MatchStatus, MatchStatus[]> Allowed = new()
    {
        [MatchStatus.Proposed] = [MatchStatus.ChemistryMeeting, MatchStatus.Declined, MatchStatus.Contracting],
        [MatchStatus.ChemistryMeeting] = [MatchStatus.Contracting, MatchStatus.Declined],
        [MatchStatus.Contracting] = [MatchStatus.Active, MatchStatus.Ended],
        [MatchStatus.Active] = [MatchStatus.OnHold, MatchStatus.Ended],
        [MatchStatus.OnHold] = [MatchStatus.Active, MatchStatus.Ended],
        [MatchStatus.Declined] = [],
        [MatchStatus.Ended] = [],
    };

    public static bool IsAllowed(MatchStatus from, MatchStatus to) =>
        Allowed.TryGetValue(from, out var next) && next.Contains(to);
}
