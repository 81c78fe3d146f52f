namespace CoachRegister.Domain.Common;

/// <summary>
/// A domain rule a requested change would break. The portal shows the person a message for the rule (in
/// their language), so each rule is a code here, not a sentence.
/// </summary>
public sealed class RuleBrokenException(Rule rule)
    : InvalidOperationException($"The change breaks the rule {rule}.")
{
    public Rule Rule { get; } = rule;
}

/// <summary>The rules the register's records keep when they change.</summary>
public enum Rule
{
    /// <summary>Only a draft application can be edited or sent.</summary>
    ApplicationNotEditable,
    /// <summary>Every section must be complete before the application is sent.</summary>
    ApplicationIncomplete,
    /// <summary>The line manager answers only while the application waits for them.</summary>
    NotAwaitingLineManager,
    /// <summary>Only the line manager named on the application can answer for it.</summary>
    NotTheNamedLineManager,
    /// <summary>Nobody interviews or decides on their own application.</summary>
    OwnApplication,
    /// <summary>The scheme does not use competency interviews.</summary>
    InterviewNotUsed,
    /// <summary>The application has already been decided or withdrawn.</summary>
    ApplicationClosed,
    /// <summary>Only an application the line manager supported can be decided.</summary>
    NotAwaitingDecision,
    /// <summary>A coach needs ILM Level 5 or above, or a passed competency interview where the scheme allows one.</summary>
    CoachQualificationNeeded,
    /// <summary>Only the applicant withdraws their application.</summary>
    NotTheApplicant,
    /// <summary>Only a draft profile can be published.</summary>
    ProfileNotDraft,
    /// <summary>A profile needs something about the coach, their areas and formats before it is published.</summary>
    ProfileNotReady,
    /// <summary>Only a published profile is confirmed as still current.</summary>
    ProfileNotPublished,
    /// <summary>Only a paused profile can be un-paused.</summary>
    ProfileNotPaused,
    /// <summary>The number of people supported at once is outside what the scheme allows.</summary>
    CapacityOutOfBounds,
    /// <summary>A scheme cannot open its register to itself.</summary>
    RegisterOpenedToItself,
    /// <summary>A superseded version of the agreement is kept as it was.</summary>
    AgreementSuperseded,
    /// <summary>This side has already signed this version, or both have.</summary>
    AgreementAlreadySigned,
    /// <summary>A signature is confirmed by typing one's own name.</summary>
    SignatureNameMismatch,
    /// <summary>The scheme asks each side to declare their interests when they sign.</summary>
    DeclarationOfInterestNeeded,
    /// <summary>An agreement needs its objectives, and sensible numbers, before anyone signs it.</summary>
    AgreementIncomplete,
    /// <summary>A goal needs a description.</summary>
    GoalIncomplete,
    /// <summary>Only the coachee decides to share a goal with their line manager.</summary>
    OnlyCoacheeSharesGoals,
    /// <summary>Progress is marked from 0 to 10.</summary>
    ProgressOutOfRange,
    /// <summary>A progress mark belongs to a goal of the same partnership.</summary>
    GoalNotInPartnership,
    /// <summary>Only a planned session can be moved or cancelled.</summary>
    SessionNotPlanned,
    /// <summary>A cancelled session cannot be recorded or prepared for.</summary>
    SessionCancelled,
    /// <summary>A session ends after it starts.</summary>
    SessionEndsBeforeStart,
    /// <summary>A session is recorded on or after the day it takes place.</summary>
    SessionNotYetHeld,
    /// <summary>Sessions, reviews and the agreement change only while the partnership is open.</summary>
    PartnershipNotOpen,
    /// <summary>Feedback needs at least one answer.</summary>
    FeedbackEmpty,
    /// <summary>Every one of the fifteen attributes is rated from 1 to 10.</summary>
    RatingIncomplete,
    /// <summary>The rating and the final evaluation are given once, after at least one session.</summary>
    AlreadyGiven,
    /// <summary>The line manager confirms the shared goals once.</summary>
    AlreadyConfirmed,
    /// <summary>Feedback and evaluation follow a held session.</summary>
    NoSessionHeldYet,
    /// <summary>Nobody names themselves as the line manager who supports their own application.</summary>
    OwnLineManager,
    /// <summary>A line manager who is not the one on the applicant's record is confirmed by the scheme team before acceptance.</summary>
    LineManagerNotConfirmed,
    /// <summary>Only a line manager who is not the one on the applicant's record, and not yet confirmed, is confirmed.</summary>
    LineManagerNeedsNoConfirmation,
    /// <summary>A withdrawn profile stays withdrawn.</summary>
    ProfileWithdrawn,
    /// <summary>An organisation's e-mail domain must be a domain name, like example.org.</summary>
    EmailDomainNotValid,
    /// <summary>The organisation already accepts addresses in the domain.</summary>
    EmailDomainAlreadyAllowed,
    /// <summary>The invitation has been used, has expired, or is for another address.</summary>
    InvitationNotOpen,
    /// <summary>Only a draft request for a coach or mentor can be edited or sent.</summary>
    RequestNotEditable,
    /// <summary>Every section of a request must be complete before it is sent.</summary>
    RequestIncomplete,
    /// <summary>A request is sent to the requester's line manager, so the requester needs one on their record.</summary>
    RequestNeedsLineManager,
    /// <summary>A request names at most three preferred coaches or mentors, each once.</summary>
    TooManyPreferences,
    /// <summary>A preferred practitioner must offer what the request asks for (coaching or mentoring).</summary>
    PreferenceDoesNotOfferKind,
    /// <summary>The line manager answers a request only while it waits for them.</summary>
    RequestNotAwaitingLineManager,
    /// <summary>Only the line manager named on a request answers for it.</summary>
    NotTheRequestsLineManager,
    /// <summary>Only the requester withdraws a request or answers for the coachee's side.</summary>
    NotTheRequester,
    /// <summary>A request that is matched or withdrawn is closed.</summary>
    RequestClosed,
    /// <summary>The scheme team matches or waitlists a request only while it waits for a match.</summary>
    RequestNotAwaitingMatch,
    /// <summary>Nobody matches their own request.</summary>
    OwnRequest,
    /// <summary>The coach is not eligible for the request under the scheme's rules: the rules are never relaxed.</summary>
    CoachNotEligible,
    /// <summary>Only a proposal still waiting for the coach's answer can be accepted or declined.</summary>
    ProposalNotOpen,
    /// <summary>Only the proposed coach or mentor answers a proposal.</summary>
    NotTheProposedCoach,
    /// <summary>The time to answer the proposal has passed.</summary>
    ProposalExpired,
    /// <summary>The chemistry meeting is arranged and answered only at that stage of the match.</summary>
    ChemistryNotOpen,
    /// <summary>Only the coach and the coachee of the match take part in its chemistry meeting.</summary>
    NotInThisMatch,
    /// <summary>A chemistry meeting is answered only after it has been arranged and held.</summary>
    ChemistryNotHeldYet,
    /// <summary>Each side answers the chemistry meeting once.</summary>
    ChemistryAlreadyAnswered,
    /// <summary>A matching setting is outside its bounds (weights, days to answer, reminder days).</summary>
    MatchingSettingsOutOfBounds,
    /// <summary>Only a cohort that has not been released or discarded can be changed.</summary>
    CohortNotDraft,
    /// <summary>Only the supervisor named on a supervision session confirms it.</summary>
    NotTheSupervisor,
    /// <summary>The supervision session is already confirmed.</summary>
    SupervisionAlreadyConfirmed,
    /// <summary>Peer-support sessions count without a supervisor's confirmation.</summary>
    PeerSupportNeedsNoConfirmation,
    /// <summary>A session the supervisor has confirmed is evidence and is no longer changed by the coach.</summary>
    SupervisionConfirmedLocked,
    /// <summary>An extension moves a deadline later, with a reason.</summary>
    ExtensionNotLater,
    /// <summary>Nobody supervises themselves, and a supervisor works in the practitioner's scheme.</summary>
    SupervisorNotAllowed,
    /// <summary>A qualification is achieved on or after its first assignment, and only an achieved one has an achieved date.</summary>
    QualificationDatesInconsistent,
    /// <summary>Standing wording has some text, and no more than its limit.</summary>
    WordingIncomplete,
    /// <summary>A wording edit starts from the latest version: someone else saved one meanwhile.</summary>
    WordingChangedMeanwhile,
}
