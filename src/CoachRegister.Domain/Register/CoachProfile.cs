using CoachRegister.Domain.Common;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Register;

/// <summary>What the register shows about a coach or mentor, and the capacity the matching respects.</summary>
public class CoachProfile : Entity, IConcurrencyAware
{
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Guid SchemeId { get; set; }
    public Scheme? Scheme { get; set; }
    public OfferType Offers { get; set; }
    public ProfileStatus Status { get; set; }
    public string? Bio { get; set; }
    public string? Experience { get; set; }
    public string? Location { get; set; }
    public DeliveryFormat Formats { get; set; }
    public AccreditationBody Accreditation { get; set; }
    public string? AccreditationOther { get; set; }
    public bool CompetencyInterviewPassed { get; set; }
    public bool IsTrainedSupervisor { get; set; }
    public bool ChargesFees { get; set; }
    public string? FeesDetails { get; set; }
    public int Capacity { get; set; } = 2;
    public bool AcceptingNewCoachees { get; set; } = true;
    public string? DeclarationOfInterest { get; set; }
    public string? PausedReason { get; set; }
    public DateTimeOffset? PausedAt { get; set; }
    /// <summary>What un-pausing returns the profile to: a paused draft must not come back published.</summary>
    public ProfileStatus? StatusBeforePause { get; set; }
    public DateOnly? LastConfirmedOn { get; set; }
    public byte[]? Photo { get; set; }
    public string? PhotoContentType { get; set; }
    /// <summary>The lead mentor allocated to support a developing mentor.</summary>
    public Guid? SupportingMentorId { get; set; }
    public CoachProfile? SupportingMentor { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<CoachingArea> Areas { get; set; } = [];
    public List<Qualification> Qualifications { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }
}

public class Qualification : Entity
{
    public Guid CoachProfileId { get; set; }
    public QualificationLevel Level { get; set; }
    public string? Title { get; set; }
    public QualificationStatus Status { get; set; }
    public DateOnly? AchievedOn { get; set; }
    /// <summary>Start of the qualification clock: schemes pause mentoring if it is not achieved in time.</summary>
    public DateOnly? FirstAssignmentSubmittedOn { get; set; }
}
