using CoachRegister.Domain.Common;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Register;

/// <summary>A request to join the register as a coach or mentor, from draft to the scheme lead's decision.</summary>
public class CoachApplication : Entity, IConcurrencyAware
{
    public Guid ApplicantId { get; set; }
    public Person? Applicant { get; set; }
    public Guid SchemeId { get; set; }
    public Scheme? Scheme { get; set; }
    public ApplicationStatus Status { get; set; }
    public OfferType Offers { get; set; }
    public string? ExperienceAndSkills { get; set; }
    public string? Motivation { get; set; }
    public string? RecentSupportOfOthers { get; set; }
    public string? PreviousExperienceAndOutcomes { get; set; }
    public bool HoldsAccreditation { get; set; }
    public AccreditationBody Accreditation { get; set; }
    public List<CoachingArea> Areas { get; set; } = [];
    public List<ApplicationQualification> Qualifications { get; set; } = [];
    /// <summary>The applicant has answered the qualifications page (holding none is a valid answer for a mentor).</summary>
    public bool QualificationsAnswered { get; set; }
    public List<ProfessionalReference> References { get; set; } = [];
    public PracticeDetails? Practice { get; set; }
    public DateOnly? ProposedStartDate { get; set; }
    public bool AgreesToExpectations { get; set; }
    public bool ConfirmsCodeOfEthics { get; set; }
    public bool ConfirmsSupervisionAndCpd { get; set; }
    public bool ConfirmsLineManagerRelease { get; set; }
    public bool ConfirmsDataProcessing { get; set; }
    public bool IsSelfEmployed { get; set; }
    public bool? SlaSigned { get; set; }
    public bool? HasLiabilityInsurance { get; set; }
    public string? DeclarationOfInterest { get; set; }

    public Guid? LineManagerId { get; set; }
    public Person? LineManager { get; set; }
    public LineManagerSupport LineManagerSupport { get; set; }
    public string? LineManagerComment { get; set; }
    public DateTimeOffset? LineManagerRespondedAt { get; set; }

    public InterviewOutcome InterviewOutcome { get; set; }
    public DateOnly? InterviewDate { get; set; }
    public string? InterviewNotes { get; set; }

    public Guid? DecidedById { get; set; }
    public Person? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DeclineReason { get; set; }
    public DateOnly? ExpectedStartDate { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

public class ApplicationQualification : Entity
{
    public Guid CoachApplicationId { get; set; }
    public QualificationLevel Level { get; set; }
    public string? Title { get; set; }
    public QualificationStatus Status { get; set; }
}

public class ProfessionalReference : Entity
{
    public Guid CoachApplicationId { get; set; }
    public required string Name { get; set; }
    public string? JobTitle { get; set; }
    public string? Email { get; set; }
    public string? Telephone { get; set; }
    public string? Relationship { get; set; }
}

/// <summary>Practice details asked for by primary-care schemes that pay the practice or the individual.</summary>
public class PracticeDetails
{
    public PaymentRecipient ClaimAs { get; set; }
    public string? PracticeName { get; set; }
    public string? PracticeAddress { get; set; }
    public string? PracticeCode { get; set; }
    public string? PracticeTelephone { get; set; }
    public string? PracticeManagerName { get; set; }
    public string? PracticeManagerEmail { get; set; }
    public string? PracticeManagerTelephone { get; set; }
}

public enum PaymentRecipient
{
    Individual = 0,
    Practice = 1,
}
