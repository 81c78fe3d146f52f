using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
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
    /// <summary>Who ran the activity (a university, a professional body, the scheme).</summary>
    public string? Provider { get; set; }
    /// <summary>The practitioner's reflection: what they learnt and will use.</summary>
    public string? Description { get; set; }
    public string? Evidence { get; set; }
    /// <summary>Whether a <see cref="CpdEvidenceFile"/> is attached: lists never load file details.</summary>
    public bool HasEvidenceFile { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public bool IsTrainingWorkshop => Kind == CpdKind.TrainingWorkshop;

    /// <summary>The parties of a practitioner's development record: the practitioner, their allocated supervisor, the scheme's HR.</summary>
    public static RecordParties Parties(Guid schemeId, Guid coachPersonId, Guid? supervisorPersonId) =>
        new(RecordKind.CpdAndSupervision, schemeId, CoachPersonId: coachPersonId, SupervisorPersonId: supervisorPersonId);

    public static RecordParties EvidenceParties(Guid schemeId, Guid coachPersonId, Guid? supervisorPersonId) =>
        new(RecordKind.CpdEvidence, schemeId, CoachPersonId: coachPersonId, SupervisorPersonId: supervisorPersonId);
}

/// <summary>
/// A file a practitioner attached to a CPD activity. The bytes live on disk outside the web root under
/// <see cref="StoredName"/>, a random name that says nothing about the file or its owner.
/// </summary>
public class CpdEvidenceFile : Entity
{
    public Guid CpdActivityId { get; set; }
    public required string StoredName { get; set; }
    /// <summary>The name the practitioner uploaded, cleaned, for the download only.</summary>
    public required string FileName { get; set; }
    /// <summary>The type found from the file's content, never the type the browser claimed.</summary>
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

public enum CpdKind
{
    Activity = 0,
    TrainingWorkshop = 1,
    Course = 2,
    Reading = 3,
}

/// <summary>
/// A supervision session a coach attended (one-to-one or group, with a named supervisor) or a peer-support
/// session. Supervision counts towards the scheme's minimum only once the supervisor has confirmed it; a
/// confirmed session is evidence, so the coach no longer changes it.
/// </summary>
public class SupervisionSession : Entity, IConcurrencyAware
{
    public Guid CoachProfileId { get; set; }
    /// <summary>The person who gave the session, who confirms it; none for peer support led by no one in particular.</summary>
    public Guid? SupervisorId { get; set; }
    public Person? Supervisor { get; set; }
    public DateOnly Date { get; set; }
    public decimal Hours { get; set; }
    public SupervisionKind Kind { get; set; }
    public string? Notes { get; set; }
    public bool ConfirmedBySupervisor { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public bool IsSupervision => Kind != SupervisionKind.PeerSupport;

    /// <summary>The named supervisor confirms that the session took place.</summary>
    public void Confirm(Guid byPersonId, DateTimeOffset at)
    {
        if (!IsSupervision)
        {
            throw new RuleBrokenException(Rule.PeerSupportNeedsNoConfirmation);
        }

        if (ConfirmedBySupervisor)
        {
            throw new RuleBrokenException(Rule.SupervisionAlreadyConfirmed);
        }

        if (SupervisorId != byPersonId)
        {
            throw new RuleBrokenException(Rule.NotTheSupervisor);
        }

        ConfirmedBySupervisor = true;
        ConfirmedAt = at;
    }

    /// <summary>The coach changes what they recorded; a confirmed session stays as the supervisor confirmed it.</summary>
    public void Change(SupervisionKind kind, Guid? supervisorId, DateOnly date, decimal hours, string? notes)
    {
        if (ConfirmedBySupervisor)
        {
            throw new RuleBrokenException(Rule.SupervisionConfirmedLocked);
        }

        Kind = kind;
        SupervisorId = supervisorId;
        Date = date;
        Hours = hours;
        Notes = notes;
    }

    /// <summary>Who may confirm: the supervisor named on the session; the coach and the scheme's HR see the answer.</summary>
    public RecordParties ConfirmationParties(Guid schemeId, Guid coachPersonId) =>
        new(RecordKind.SupervisionConfirmation, schemeId, CoachPersonId: coachPersonId, SupervisorPersonId: SupervisorId);
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
