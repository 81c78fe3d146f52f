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
}
