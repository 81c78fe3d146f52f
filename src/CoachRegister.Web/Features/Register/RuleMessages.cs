using CoachRegister.Domain.Common;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Register;

/// <summary>What the person is told when a change they asked for would break one of the domain's rules.</summary>
public static class RuleMessages
{
    public static string For(Rule rule, IStringLocalizer<RegisterText> t) => rule switch
    {
        Rule.ApplicationNotEditable => t["Your application has been sent, so it can no longer be changed"],
        Rule.ApplicationIncomplete => t["Complete every section before you send your application"],
        Rule.NotAwaitingLineManager => t["This application is no longer waiting for your answer"],
        Rule.NotTheNamedLineManager => t["Only the line manager named on the application can answer for it"],
        Rule.OwnApplication => t["You cannot record an interview or decide on your own application"],
        Rule.InterviewNotUsed => t["This scheme does not use competency interviews"],
        Rule.ApplicationClosed => t["This application has already been decided"],
        Rule.NotAwaitingDecision => t["Only an application the line manager has supported can be decided"],
        Rule.CoachQualificationNeeded => t["A coach needs ILM Level 5 or above, or a passed competency interview where the scheme allows one"],
        Rule.NotTheApplicant => t["Only the person who applied can withdraw the application"],
        Rule.ProfileNotDraft => t["Your profile is already on the register"],
        Rule.ProfileNotReady => t["Before you publish, write something about yourself, choose your areas and the formats you offer"],
        Rule.ProfileNotPublished => t["Only a profile on the register can be confirmed as still current"],
        Rule.ProfileNotPaused => t["This profile is not paused"],
        Rule.CapacityOutOfBounds => t["The number of people you support at once is outside what the scheme allows"],
        Rule.RegisterOpenedToItself => t["A scheme's register is always open to its own staff"],
        Rule.OwnLineManager => t["You cannot name yourself as the line manager who supports your application"],
        Rule.LineManagerNotConfirmed => t["Confirm the line manager the applicant named before you accept the application"],
        Rule.LineManagerNeedsNoConfirmation => t["The line manager on this application does not need confirming"],
        Rule.ProfileWithdrawn => t["This profile has been withdrawn from the register"],
        Rule.EmailDomainNotValid => t["Enter a domain name, like example.org"],
        Rule.EmailDomainAlreadyAllowed => t["The organisation already accepts addresses in this domain"],
        Rule.InvitationNotOpen => t["This invitation has been used or has expired. Ask your HR team for a new one."],
        Rule.NotTheSupervisor => t["Only the supervisor named on the session can confirm it"],
        Rule.SupervisionAlreadyConfirmed => t["This session is already confirmed"],
        Rule.PeerSupportNeedsNoConfirmation => t["Peer-support sessions count without a supervisor's confirmation"],
        Rule.SupervisionConfirmedLocked => t["Your supervisor has confirmed this session, so it can no longer be changed"],
        Rule.ExtensionNotLater => t["An extension must move the deadline later and give a reason"],
        Rule.SupervisorNotAllowed => t["Choose a supervisor from the same scheme, other than the practitioner"],
        Rule.QualificationDatesInconsistent => t["The achieved date must be on or after the first assignment, and only an achieved qualification has one"],
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "A rule without a message."),
    };
}
