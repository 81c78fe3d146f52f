using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Register;

/// <summary>
/// A request to join the register as a coach or mentor, from draft to the scheme lead's decision. Its life
/// is changed only through the methods below, which check the step and keep the history; the answers of a
/// draft are set section by section while it is editable.
/// </summary>
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
    /// <summary>The accrediting body's name when <see cref="Accreditation"/> is <see cref="AccreditationBody.Other"/>.</summary>
    public string? AccreditationOther { get; set; }
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

    /// <summary>
    /// What the line manager saw when they answered (the application as it was sent), kept so that they go on
    /// seeing what they answered, not the applicant's later edits of a returned draft. Written by the portal.
    /// </summary>
    public string? LineManagerAnswerSnapshot { get; set; }

    /// <summary>
    /// The applicant named someone other than the line manager on their record (set when it is sent): anyone can
    /// type an address they control, so the scheme team confirms the person is the manager before accepting.
    /// </summary>
    public bool LineManagerNeedsConfirmation { get; set; }
    public Guid? LineManagerConfirmedById { get; set; }
    public DateTimeOffset? LineManagerConfirmedAt { get; set; }

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
    public List<ApplicationStatusChange> History { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>A new draft for <paramref name="applicantId"/>, naming their recorded line manager to begin with.</summary>
    public static CoachApplication Start(Guid applicantId, Guid schemeId, Guid? lineManagerId, DateTimeOffset at) => new()
    {
        ApplicantId = applicantId,
        SchemeId = schemeId,
        Status = ApplicationStatus.Draft,
        LineManagerId = lineManagerId,
        CreatedAt = at,
    };

    /// <summary>Only a draft is edited: once sent, the line manager and HR read what was sent.</summary>
    public bool IsEditable => Status == ApplicationStatus.Draft;

    public bool IsInProgress => ApplicationRules.IsInProgress(Status);

    /// <summary>Throws unless the application is still a draft; every change of an answer calls it first.</summary>
    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new RuleBrokenException(Rule.ApplicationNotEditable);
        }
    }

    /// <summary>Names the line manager who is to support the application (only while it is a draft, and never the applicant).</summary>
    public void NameLineManager(Guid lineManagerId)
    {
        EnsureEditable();
        if (lineManagerId == ApplicantId)
        {
            throw new RuleBrokenException(Rule.OwnLineManager);
        }

        if (lineManagerId != LineManagerId)
        {
            // A different manager has not answered anything yet, and the last one's answer is not theirs to see.
            LineManagerSupport = LineManagerSupport.Pending;
            LineManagerComment = null;
            LineManagerRespondedAt = null;
            LineManagerAnswerSnapshot = null;
        }

        LineManagerId = lineManagerId;
    }

    /// <summary>
    /// Sends a complete draft to the named line manager. <paramref name="recordedLineManagerId"/> is the line
    /// manager on the applicant's record: naming anyone else needs the scheme team's confirmation before acceptance.
    /// </summary>
    public void Submit(Scheme scheme, Guid? recordedLineManagerId, DateTimeOffset at)
    {
        EnsureEditable();
        if (ApplicationRules.MissingSections(this, scheme).Count > 0)
        {
            throw new RuleBrokenException(Rule.ApplicationIncomplete);
        }

        SubmittedAt = at;
        LineManagerSupport = LineManagerSupport.Pending;
        LineManagerComment = null;
        LineManagerRespondedAt = null;
        LineManagerAnswerSnapshot = null;
        LineManagerNeedsConfirmation = LineManagerId != recordedLineManagerId;
        LineManagerConfirmedById = null;
        LineManagerConfirmedAt = null;
        ChangeStatus(ApplicationStatus.AwaitingLineManager, ApplicantId, at);
    }

    /// <summary>Whether the line manager who supports it still waits for the scheme team's confirmation.</summary>
    public bool AwaitsLineManagerConfirmation => LineManagerNeedsConfirmation && LineManagerConfirmedAt is null;

    /// <summary>
    /// The scheme team confirms that the person the applicant named is their line manager (the person is not the
    /// one on the applicant's record), before or after that person answers. Kept in the history.
    /// </summary>
    public void ConfirmLineManager(Guid byPersonId, DateTimeOffset at)
    {
        EnsureNotOwn(byPersonId);
        if (Status is not (ApplicationStatus.AwaitingLineManager or ApplicationStatus.AwaitingDecision))
        {
            throw new RuleBrokenException(Rule.ApplicationClosed);
        }

        if (!AwaitsLineManagerConfirmation)
        {
            throw new RuleBrokenException(Rule.LineManagerNeedsNoConfirmation);
        }

        LineManagerConfirmedById = byPersonId;
        LineManagerConfirmedAt = at;
        History.Add(new ApplicationStatusChange
        {
            CoachApplicationId = Id,
            Kind = ApplicationChangeKind.LineManagerConfirmed,
            From = Status,
            To = Status,
            ChangedAt = at,
            ChangedById = byPersonId,
        });
    }

    /// <summary>
    /// The named line manager's answer. Not supporting it sends it back to the applicant as a draft: the usual
    /// next step is a conversation and a changed application, which a final "declined" would rule out.
    /// </summary>
    /// <remarks><paramref name="snapshot"/> is the application as the line manager read it (see <see cref="LineManagerAnswerSnapshot"/>).</remarks>
    public void RespondAsLineManager(Guid byPersonId, bool supports, string? comment, string snapshot, DateTimeOffset at)
    {
        if (Status != ApplicationStatus.AwaitingLineManager)
        {
            throw new RuleBrokenException(Rule.NotAwaitingLineManager);
        }

        if (byPersonId != LineManagerId)
        {
            throw new RuleBrokenException(Rule.NotTheNamedLineManager);
        }

        LineManagerSupport = supports ? LineManagerSupport.Supported : LineManagerSupport.NotSupported;
        LineManagerComment = comment;
        LineManagerRespondedAt = at;
        LineManagerAnswerSnapshot = snapshot;
        ChangeStatus(supports ? ApplicationStatus.AwaitingDecision : ApplicationStatus.Draft, byPersonId, at, comment);
    }

    /// <summary>Records the competency-based interview, where the scheme uses one, at any stage before the decision.</summary>
    public void RecordInterview(Scheme scheme, Guid byPersonId, InterviewOutcome outcome, DateOnly? heldOn, string? notes)
    {
        if (!scheme.AllowsCompetencyInterview)
        {
            throw new RuleBrokenException(Rule.InterviewNotUsed);
        }

        EnsureNotOwn(byPersonId);
        if (Status is not (ApplicationStatus.AwaitingLineManager or ApplicationStatus.AwaitingDecision))
        {
            throw new RuleBrokenException(Rule.ApplicationClosed);
        }

        InterviewOutcome = outcome;
        InterviewDate = heldOn;
        InterviewNotes = notes;
    }

    /// <summary>Whether the answers make the applicant eligible for what they offer (003 s.3.2).</summary>
    public bool MayOfferWhatIsAsked(Scheme scheme) =>
        CoachEligibility.MayOffer(Offers, scheme, Qualifications.Select(q => (q.Level, q.Status)), InterviewOutcome);

    /// <summary>Accepts a supported application from an eligible applicant; the profile is made by <see cref="CoachProfile.CreateFrom"/>.</summary>
    public void Accept(Scheme scheme, Guid byPersonId, DateOnly? expectedStart, DateTimeOffset at)
    {
        EnsureDecidable(byPersonId);
        if (!MayOfferWhatIsAsked(scheme))
        {
            throw new RuleBrokenException(Rule.CoachQualificationNeeded);
        }

        if (AwaitsLineManagerConfirmation)
        {
            throw new RuleBrokenException(Rule.LineManagerNotConfirmed);
        }

        ExpectedStartDate = expectedStart;
        Decided(byPersonId, at);
        ChangeStatus(ApplicationStatus.Accepted, byPersonId, at);
    }

    /// <summary>
    /// Declines a supported application. An unconfirmed line manager does not stop it: declining gives the
    /// applicant nothing, and it is how the scheme team answers when the person named is not the manager.
    /// </summary>
    public void Decline(Guid byPersonId, string reason, DateTimeOffset at)
    {
        EnsureDecidable(byPersonId);
        DeclineReason = reason;
        Decided(byPersonId, at);
        ChangeStatus(ApplicationStatus.Declined, byPersonId, at, reason);
    }

    /// <summary>The applicant takes back an application that is not yet decided.</summary>
    public void Withdraw(Guid byPersonId, DateTimeOffset at)
    {
        if (byPersonId != ApplicantId)
        {
            throw new RuleBrokenException(Rule.NotTheApplicant);
        }

        if (!IsInProgress)
        {
            throw new RuleBrokenException(Rule.ApplicationClosed);
        }

        ChangeStatus(ApplicationStatus.Withdrawn, byPersonId, at);
    }

    /// <summary>Where the application stands for the access policy.</summary>
    public RecordState AccessState => Status switch
    {
        ApplicationStatus.Draft when LineManagerSupport == LineManagerSupport.NotSupported => RecordState.Returned,
        ApplicationStatus.Draft => RecordState.Draft,
        // A draft its author took back was never anyone else's to read.
        ApplicationStatus.Withdrawn when SubmittedAt is null => RecordState.Draft,
        ApplicationStatus.AwaitingLineManager => RecordState.AwaitingLineManager,
        ApplicationStatus.AwaitingDecision => RecordState.AwaitingScheme,
        _ => RecordState.Closed,
    };

    public RecordParties AccessParties() =>
        Parties(SchemeId, AccessState, ApplicantId, LineManagerId);

    /// <summary>The line manager's side of it: what they were asked to support, and their answer.</summary>
    public RecordParties SupportRequestParties() =>
        new(RecordKind.SupportRequest, SchemeId, AccessState, ApplicantPersonId: ApplicantId, LineManagerPersonId: LineManagerId);

    /// <summary>The parties from columns a query projected, so a list or a page need not load the whole record.</summary>
    public static RecordParties Parties(Guid schemeId, RecordState state, Guid applicantId, Guid? lineManagerId) =>
        new(RecordKind.CoachApplication, schemeId, state, ApplicantPersonId: applicantId, LineManagerPersonId: lineManagerId);

    private void EnsureNotOwn(Guid byPersonId)
    {
        if (byPersonId == ApplicantId)
        {
            throw new RuleBrokenException(Rule.OwnApplication);
        }
    }

    private void EnsureDecidable(Guid byPersonId)
    {
        EnsureNotOwn(byPersonId);
        if (Status != ApplicationStatus.AwaitingDecision)
        {
            throw new RuleBrokenException(Rule.NotAwaitingDecision);
        }
    }

    private void Decided(Guid byPersonId, DateTimeOffset at)
    {
        DecidedById = byPersonId;
        DecidedAt = at;
    }

    private void ChangeStatus(ApplicationStatus to, Guid? byPersonId, DateTimeOffset at, string? note = null)
    {
        History.Add(new ApplicationStatusChange
        {
            CoachApplicationId = Id,
            From = Status,
            To = to,
            ChangedAt = at,
            ChangedById = byPersonId,
            Note = note,
        });
        Status = to;
    }
}

/// <summary>One step in an application's life, kept for HR and the audit trail.</summary>
public class ApplicationStatusChange : Entity
{
    public Guid CoachApplicationId { get; set; }
    /// <summary>A change of status, or a step that keeps the status (From equals To), such as a confirmation.</summary>
    public ApplicationChangeKind Kind { get; set; }
    public ApplicationStatus From { get; set; }
    public ApplicationStatus To { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedById { get; set; }
    public string? Note { get; set; }
}

public enum ApplicationChangeKind
{
    Status = 0,
    /// <summary>The scheme team confirmed the person named as line manager.</summary>
    LineManagerConfirmed = 1,
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
