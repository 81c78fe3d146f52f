using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
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
    /// <summary>The member of the scheme team who proposed the match.</summary>
    public Guid? ProposedById { get; set; }
    /// <summary>The coach answers the proposal by then, or it lapses (the scheme's days to answer, 14 by default).</summary>
    public DateTimeOffset? RespondBy { get; set; }
    public DateTimeOffset? FirstReminderDue { get; set; }
    public DateTimeOffset? FirstReminderSentAt { get; set; }
    public DateTimeOffset? SecondReminderDue { get; set; }
    public DateTimeOffset? SecondReminderSentAt { get; set; }
    public DateOnly? ChemistryMeetingOn { get; set; }
    public DeliveryFormat ChemistryMeetingFormat { get; set; }
    public Guid? ChemistryArrangedById { get; set; }
    /// <summary>The coach's answer after the chemistry meeting; the coachee never learns it if it was no.</summary>
    public bool? CoachWantsToGoOn { get; set; }
    public bool? CoacheeWantsToGoOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    /// <summary>Why it ended or was declined; the coach's reason for declining a proposal is for the scheme team.</summary>
    public string? EndReason { get; set; }
    public List<MatchStatusChange> History { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Statuses in which the match uses one of the practitioner's places.</summary>
    public static readonly MatchStatus[] HoldsPlace =
        [MatchStatus.Proposed, MatchStatus.ChemistryMeeting, MatchStatus.Contracting, MatchStatus.Active, MatchStatus.OnHold];

    /// <summary>Statuses after which nothing changes any more.</summary>
    public static readonly MatchStatus[] Closed = [MatchStatus.Declined, MatchStatus.Ended, MatchStatus.Expired, MatchStatus.Withdrawn];

    /// <summary>Statuses of an open proposal: the coach has yet to answer it, or its chemistry meeting is under way.</summary>
    public static readonly MatchStatus[] OpenProposal = [MatchStatus.Proposed, MatchStatus.ChemistryMeeting];

    public static bool IsOpenProposal(MatchStatus status) => OpenProposal.Contains(status);

    /// <summary>
    /// Statuses of a relationship: from contracting on, to its end. A proposal that was declined, expired or withdrawn
    /// never became one.
    /// </summary>
    public static readonly MatchStatus[] InRelationship = [MatchStatus.Contracting, MatchStatus.Active, MatchStatus.OnHold, MatchStatus.Ended];

    /// <summary>The proposed coach takes the request on; next comes the chemistry meeting.</summary>
    public void Accept(Guid byPersonId, DateTimeOffset at)
    {
        EnsureProposalOpen(byPersonId, at);
        ChangeStatus(MatchStatus.ChemistryMeeting, byPersonId, at);
    }

    /// <summary>The proposed coach cannot take it on; the request goes back to the scheme team with the reason.</summary>
    public void DeclineProposal(Guid byPersonId, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureProposalOpen(byPersonId, at);
        ChangeStatus(MatchStatus.Declined, byPersonId, at, reason.Trim());
        MatchRequest?.ReturnToScheme(byPersonId, at, note: null);
    }

    /// <summary>Lapses a proposal whose time to answer has passed; false (and nothing changes) when it is not due.</summary>
    public bool Expire(DateTimeOffset at)
    {
        if (Status != MatchStatus.Proposed || RespondBy is not { } deadline || at < deadline)
        {
            return false;
        }

        ChangeStatus(MatchStatus.Expired, byPersonId: null, at);
        MatchRequest?.ReturnToScheme(null, at, note: null);
        return true;
    }

    /// <summary>The reminder (1 or 2) due at <paramref name="at"/> and not yet sent, or null.</summary>
    public int? ReminderDue(DateTimeOffset at)
    {
        if (Status != MatchStatus.Proposed || RespondBy is { } deadline && at >= deadline)
        {
            return null;
        }

        if (SecondReminderSentAt is null && SecondReminderDue is { } second && at >= second)
        {
            return 2;
        }

        return FirstReminderSentAt is null && FirstReminderDue is { } first && at >= first ? 1 : null;
    }

    /// <summary>
    /// Records that reminder <paramref name="which"/> went out. A second reminder also stands for the first, so a
    /// proposal found late (the job was stopped) gets one reminder, not two at once.
    /// </summary>
    public void ReminderSent(int which, DateTimeOffset at)
    {
        if (which == 2)
        {
            SecondReminderSentAt = at;
        }

        FirstReminderSentAt ??= at;
    }

    /// <summary>Either side records when and how the chemistry meeting takes place; arranging it again moves it.</summary>
    public void ArrangeChemistry(Guid byPersonId, DateOnly on, DeliveryFormat format, DateTimeOffset at)
    {
        EnsureChemistryOpen(byPersonId);
        if (format is not (DeliveryFormat.FaceToFace or DeliveryFormat.Telephone or DeliveryFormat.Video))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "A meeting takes place in one format.");
        }

        ChemistryMeetingOn = on;
        ChemistryMeetingFormat = format;
        ChemistryArrangedById = byPersonId;
    }

    /// <summary>
    /// One side's answer after the meeting. A no ends the match at once and sends the request back to the scheme
    /// team (the other side is told only that it did not lead to a match); two yeses make the match active.
    /// </summary>
    public void AnswerChemistry(Guid byPersonId, bool goOn, DateTimeOffset at)
    {
        var side = EnsureChemistryOpen(byPersonId);
        if (ChemistryMeetingOn is not { } on || on > DateOnly.FromDateTime(at.UtcDateTime))
        {
            throw new RuleBrokenException(Rule.ChemistryNotHeldYet);
        }

        if ((side == Relationship.Coach ? CoachWantsToGoOn : CoacheeWantsToGoOn) is not null)
        {
            throw new RuleBrokenException(Rule.ChemistryAlreadyAnswered);
        }

        if (side == Relationship.Coach)
        {
            CoachWantsToGoOn = goOn;
        }
        else
        {
            CoacheeWantsToGoOn = goOn;
        }

        if (!goOn)
        {
            ChangeStatus(MatchStatus.Declined, byPersonId, at);
            MatchRequest?.ReturnToScheme(byPersonId, at, note: null);
        }
        else if (CoachWantsToGoOn == true && CoacheeWantsToGoOn == true)
        {
            ChangeStatus(MatchStatus.Active, byPersonId, at);
            MatchRequest?.Matched(byPersonId, at);
        }
    }

    /// <summary>The request was withdrawn while this proposal or chemistry meeting was in progress.</summary>
    internal void EndBecauseWithdrawn(Guid byPersonId, DateTimeOffset at) =>
        ChangeStatus(MatchStatus.Withdrawn, byPersonId, at);

    /// <summary>Where the match stands for the access policy.</summary>
    public RecordState AccessState => StateOf(Status);

    public static RecordState StateOf(MatchStatus status) => status switch
    {
        MatchStatus.Proposed => RecordState.Proposed,
        MatchStatus.Declined or MatchStatus.Ended or MatchStatus.Expired or MatchStatus.Withdrawn => RecordState.Closed,
        _ => RecordState.Current,
    };

    /// <summary>
    /// That the relationship exists and where it stands, from columns a query projected: the scheme is the
    /// request's (whose team made the match), the line manager the coachee's on the request.
    /// </summary>
    public static RecordParties Parties(Guid? schemeId, MatchStatus status, Guid coachPersonId, Guid coacheeId, Guid? lineManagerId) =>
        new(RecordKind.MatchStatus, schemeId, StateOf(status), CoachPersonId: coachPersonId, CoacheePersonId: coacheeId, LineManagerPersonId: lineManagerId);

    private Guid CoachPersonId => Coach?.PersonId ?? throw new InvalidOperationException("Load the match's coach profile before changing it.");

    private void EnsureProposalOpen(Guid byPersonId, DateTimeOffset at)
    {
        if (Status != MatchStatus.Proposed)
        {
            throw new RuleBrokenException(Rule.ProposalNotOpen);
        }

        if (byPersonId != CoachPersonId)
        {
            throw new RuleBrokenException(Rule.NotTheProposedCoach);
        }

        if (RespondBy is { } deadline && at >= deadline)
        {
            throw new RuleBrokenException(Rule.ProposalExpired);
        }
    }

    private Relationship EnsureChemistryOpen(Guid byPersonId)
    {
        if (Status != MatchStatus.ChemistryMeeting)
        {
            throw new RuleBrokenException(Rule.ChemistryNotOpen);
        }

        return byPersonId == CoachPersonId ? Relationship.Coach
            : byPersonId == CoacheeId ? Relationship.Coachee
            : throw new RuleBrokenException(Rule.NotInThisMatch);
    }

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

        if (Closed.Contains(to))
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
    /// <summary>The proposed coach did not answer in time.</summary>
    Expired = 7,
    /// <summary>The request was withdrawn during the proposal or the chemistry meeting.</summary>
    Withdrawn = 8,
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

/// <summary>
/// The life of a match: the coach accepts, declines or lets a proposal lapse; after the chemistry meeting either
/// side may decline, and two yeses make it active (the agreement is drafted while it is active, or in the
/// contracting step where a scheme still uses it); either side may end it at any time.
/// </summary>
public static class MatchTransitions
{
    private static readonly Dictionary<MatchStatus, MatchStatus[]> Allowed = new()
    {
        [MatchStatus.Proposed] = [MatchStatus.ChemistryMeeting, MatchStatus.Declined, MatchStatus.Contracting, MatchStatus.Expired, MatchStatus.Withdrawn],
        [MatchStatus.ChemistryMeeting] = [MatchStatus.Contracting, MatchStatus.Active, MatchStatus.Declined, MatchStatus.Withdrawn],
        [MatchStatus.Contracting] = [MatchStatus.Active, MatchStatus.Ended],
        [MatchStatus.Active] = [MatchStatus.OnHold, MatchStatus.Ended],
        [MatchStatus.OnHold] = [MatchStatus.Active, MatchStatus.Ended],
        [MatchStatus.Declined] = [],
        [MatchStatus.Ended] = [],
        [MatchStatus.Expired] = [],
        [MatchStatus.Withdrawn] = [],
    };

    public static bool IsAllowed(MatchStatus from, MatchStatus to) =>
        Allowed.TryGetValue(from, out var next) && next.Contains(to);
}
