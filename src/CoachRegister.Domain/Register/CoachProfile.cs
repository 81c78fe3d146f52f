using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Register;

/// <summary>
/// What the register shows about a coach or mentor, and the capacity the matching respects. Publishing,
/// pausing, un-pausing and confirming go through the methods below, which check the step and keep the history.
/// </summary>
public class CoachProfile : Entity, IConcurrencyAware, IDirectoryListing
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
    /// <summary>Whether a <see cref="CoachProfilePhoto"/> exists: pages that list profiles never load image bytes.</summary>
    public bool HasPhoto { get; set; }
    /// <summary>The lead mentor allocated to support a developing mentor.</summary>
    public Guid? SupportingMentorId { get; set; }
    public CoachProfile? SupportingMentor { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<CoachingArea> Areas { get; set; } = [];
    public List<Qualification> Qualifications { get; set; } = [];
    public List<ProfileStatusChange> History { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>
    /// Matches holding one of the practitioner's places (<see cref="Matching.Match.HoldsPlace"/>), kept by
    /// <see cref="CountPlaces"/> whenever a match of this profile is added, removed or changes status, so that the
    /// directory filters and sorts on a column instead of counting matches for every profile.
    /// </summary>
    public int PlacesUsed { get; private set; }

    /// <summary><see cref="CoachCapacity.HasPlacesNow"/> for this profile, kept with every change of its inputs.</summary>
    public bool HasPlacesNow { get; private set; }

    /// <summary>The practitioner's family name, copied from the person so the directory's order is an index read.</summary>
    public string SortFamilyName { get; private set; } = "";

    /// <summary>The practitioner's given name, copied with <see cref="SortFamilyName"/>.</summary>
    public string SortGivenName { get; private set; } = "";

    /// <summary>
    /// The draft profile an accepted application makes: the coach completes and publishes it, so nothing
    /// reaches staff before the coach has checked what it says.
    /// </summary>
    public static CoachProfile CreateFrom(CoachApplication application, Scheme scheme, DateTimeOffset at)
    {
        var inTraining = application.Qualifications.Any(q => q.Status == QualificationStatus.InTraining);
        var profile = new CoachProfile
        {
            PersonId = application.ApplicantId,
            SchemeId = application.SchemeId,
            Offers = application.Offers,
            Status = ProfileStatus.Draft,
            Experience = application.ExperienceAndSkills,
            Accreditation = application.HoldsAccreditation ? application.Accreditation : AccreditationBody.None,
            AccreditationOther = application.HoldsAccreditation && application.Accreditation == AccreditationBody.Other ? application.AccreditationOther : null,
            CompetencyInterviewPassed = application.InterviewOutcome == InterviewOutcome.Passed,
            DeclarationOfInterest = application.DeclarationOfInterest,
            Capacity = Math.Min(2, CoachCapacity.MaximumFor(scheme, inTraining)),
            AcceptingNewCoachees = true,
            Formats = DeliveryFormat.None,
            CreatedAt = at,
            UpdatedAt = at,
            Areas = application.Areas.ToList(),
        };
        profile.Qualifications.AddRange(application.Qualifications.Select(q => new Qualification
        {
            CoachProfileId = profile.Id,
            Level = q.Level,
            Title = q.Title,
            Status = q.Status,
        }));
        return profile;
    }

    /// <summary>A person already on the register who is accepted for another offer keeps the profile they have.</summary>
    public void AddOffers(OfferType offers, DateTimeOffset at)
    {
        Offers |= offers;
        UpdatedAt = at;
    }

    public bool AnyQualificationInTraining => Qualifications.Any(q => q.Status == QualificationStatus.InTraining);

    /// <summary>What a profile needs before staff can see it: something about the coach, their areas and formats.</summary>
    public bool IsReadyToPublish =>
        !string.IsNullOrWhiteSpace(Bio) && Formats != DeliveryFormat.None && Areas.Count > 0;

    /// <summary>Throws unless <paramref name="capacity"/> is within the scheme's bounds for this practitioner.</summary>
    public void SetCapacity(int capacity, Scheme scheme, bool anyQualificationInTraining)
    {
        if (!CoachCapacity.IsWithinBounds(capacity, scheme, anyQualificationInTraining))
        {
            throw new RuleBrokenException(Rule.CapacityOutOfBounds);
        }

        Capacity = capacity;
        RefreshPlaces();
    }

    /// <summary>Whether the practitioner takes anyone new; a profile not taking anyone has no places now.</summary>
    public void SetAvailability(bool acceptingNewCoachees)
    {
        AcceptingNewCoachees = acceptingNewCoachees;
        RefreshPlaces();
    }

    /// <summary>Records how many matches hold a place now; called whenever this profile's matches change.</summary>
    public void CountPlaces(int placesUsed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(placesUsed);
        PlacesUsed = placesUsed;
        RefreshPlaces();
    }

    /// <summary>
    /// Works out <see cref="HasPlacesNow"/> again from status, availability, capacity and places used; the data
    /// layer calls it for every profile saved with one of those changed, however they were set.
    /// </summary>
    public void RefreshPlaces() =>
        HasPlacesNow = CoachCapacity.HasPlacesNow(Status, AcceptingNewCoachees, Capacity, PlacesUsed);

    /// <summary>Copies the practitioner's name for the directory's order.</summary>
    public void NameForSorting(string familyName, string givenName)
    {
        SortFamilyName = familyName;
        SortGivenName = givenName;
    }

    /// <summary>Whether the qualifications and interview make the practitioner eligible for what the profile offers (003 s.3.2).</summary>
    public bool MayOfferWhatIsAsked(Scheme scheme) =>
        CoachEligibility.MayOffer(
            Offers,
            scheme,
            Qualifications.Select(q => (q.Level, q.Status)),
            CompetencyInterviewPassed ? InterviewOutcome.Passed : InterviewOutcome.NotHeld);

    /// <summary>Puts a complete draft on the register of <paramref name="scheme"/> (the profile's scheme), if the practitioner is eligible.</summary>
    public void Publish(Scheme scheme, Guid? byPersonId, DateTimeOffset at)
    {
        if (Status != ProfileStatus.Draft)
        {
            throw new RuleBrokenException(Rule.ProfileNotDraft);
        }

        if (!IsReadyToPublish)
        {
            throw new RuleBrokenException(Rule.ProfileNotReady);
        }

        // A draft's qualifications can still be edited, so eligibility is checked again here, not only on acceptance.
        if (!MayOfferWhatIsAsked(scheme))
        {
            throw new RuleBrokenException(Rule.CoachQualificationNeeded);
        }

        LastConfirmedOn = DateOnly.FromDateTime(at.UtcDateTime);
        ChangeStatus(ProfileStatus.Published, byPersonId, at);
    }

    /// <summary>
    /// Profiles must be kept up to date (003 s.4.1); confirming is one click, for a profile staff can see.
    /// Confirming again on the same day changes nothing (false), so a repeated click has nothing to save.
    /// </summary>
    public bool ConfirmCurrent(DateTimeOffset at)
    {
        if (Status != ProfileStatus.Published)
        {
            throw new RuleBrokenException(Rule.ProfileNotPublished);
        }

        var today = DateOnly.FromDateTime(at.UtcDateTime);
        if (LastConfirmedOn == today)
        {
            return false;
        }

        LastConfirmedOn = today;
        UpdatedAt = at;
        return true;
    }

    /// <summary>Takes the practitioner off the register for good: hidden from staff, kept with its history.</summary>
    public void Withdraw(Guid? byPersonId, DateTimeOffset at)
    {
        if (Status == ProfileStatus.Withdrawn)
        {
            throw new RuleBrokenException(Rule.ProfileWithdrawn);
        }

        StatusBeforePause = null;
        PausedReason = null;
        PausedAt = null;
        ChangeStatus(ProfileStatus.Withdrawn, byPersonId, at);
    }

    /// <summary>Hides the profile from staff; pausing a paused profile only changes the reason.</summary>
    public void Pause(string reason, Guid? byPersonId, DateTimeOffset at)
    {
        if (Status == ProfileStatus.Withdrawn)
        {
            throw new RuleBrokenException(Rule.ProfileWithdrawn);
        }

        PausedReason = reason;
        PausedAt = at;
        if (Status == ProfileStatus.Paused)
        {
            UpdatedAt = at;
            return;
        }

        // A paused draft must stay unpublishable until the pause is lifted; un-pausing returns it to what it was.
        StatusBeforePause = Status;
        ChangeStatus(ProfileStatus.Paused, byPersonId, at, reason);
    }

    public void Unpause(Guid? byPersonId, DateTimeOffset at)
    {
        if (Status != ProfileStatus.Paused)
        {
            throw new RuleBrokenException(Rule.ProfileNotPaused);
        }

        // Profiles paused before the previous status was kept go back to published only if they could be published.
        var to = StatusBeforePause ?? (IsReadyToPublish ? ProfileStatus.Published : ProfileStatus.Draft);
        ChangeStatus(to, byPersonId, at, PausedReason);
        StatusBeforePause = null;
        PausedReason = null;
        PausedAt = null;
    }

    /// <summary>HR allocates (or removes) the supervisor or lead mentor who supports this practitioner (004 Appendix 1).</summary>
    public void AllocateSupportingMentor(CoachProfile? supervisor)
    {
        if (supervisor is not null && (supervisor.Id == Id || supervisor.SchemeId != SchemeId))
        {
            throw new RuleBrokenException(Rule.SupervisorNotAllowed);
        }

        SupportingMentorId = supervisor?.Id;
    }

    /// <summary>The parties of the allocation: HR changes it; the practitioner and the allocated supervisor read it.</summary>
    public RecordParties AllocationParties(Guid? supervisorPersonId) =>
        new(RecordKind.SupervisorAllocation, SchemeId, CoachPersonId: PersonId, SupervisorPersonId: supervisorPersonId);

    /// <summary>Where the profile stands for the access policy.</summary>
    public RecordState AccessState => StateOf(Status);

    public RecordParties AccessParties() => Parties(SchemeId, Status, PersonId);

    public static RecordState StateOf(ProfileStatus status) => status switch
    {
        ProfileStatus.Published => RecordState.Published,
        ProfileStatus.Paused => RecordState.Paused,
        ProfileStatus.Withdrawn => RecordState.Withdrawn,
        _ => RecordState.Draft,
    };

    /// <summary>The parties from columns a query projected.</summary>
    public static RecordParties Parties(Guid schemeId, ProfileStatus status, Guid ownerPersonId) =>
        new(RecordKind.Profile, schemeId, StateOf(status), CoachPersonId: ownerPersonId);

    private void ChangeStatus(ProfileStatus to, Guid? byPersonId, DateTimeOffset at, string? note = null)
    {
        History.Add(new ProfileStatusChange
        {
            CoachProfileId = Id,
            From = Status,
            To = to,
            ChangedAt = at,
            ChangedById = byPersonId,
            Note = note,
        });
        Status = to;
        UpdatedAt = at;
        RefreshPlaces();
    }
}

/// <summary>One step in a profile's life: published, paused, un-paused.</summary>
public class ProfileStatusChange : Entity
{
    public Guid CoachProfileId { get; set; }
    public ProfileStatus From { get; set; }
    public ProfileStatus To { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedById { get; set; }
    public string? Note { get; set; }
}

/// <summary>A profile's photo, in a table of its own so that lists and imports of profiles never load image bytes.</summary>
public class CoachProfilePhoto : IConcurrencyAware
{
    public Guid CoachProfileId { get; set; }
    public required byte[] Content { get; set; }
    public required string ContentType { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
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

    /// <summary>The practitioner records where a qualification stands: the clock's start and, once achieved, the date.</summary>
    public void RecordProgress(QualificationStatus status, DateOnly? firstAssignmentSubmittedOn, DateOnly? achievedOn)
    {
        if ((achievedOn is not null && status != QualificationStatus.Achieved)
            || (achievedOn is { } achieved && firstAssignmentSubmittedOn is { } first && achieved < first))
        {
            throw new RuleBrokenException(Rule.QualificationDatesInconsistent);
        }

        Status = status;
        FirstAssignmentSubmittedOn = firstAssignmentSubmittedOn;
        AchievedOn = achievedOn;
    }
}
