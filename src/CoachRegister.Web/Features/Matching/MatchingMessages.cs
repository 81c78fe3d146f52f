using CoachRegister.Domain.Common;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Matching;

/// <summary>What the person is told when a change they asked for would break one of the matching rules.</summary>
public static class MatchingMessages
{
    public static string For(Rule rule, IStringLocalizer<MatchingText> t) => rule switch
    {
        Rule.RequestNotEditable => t["Your request has been sent, so it can no longer be changed"],
        Rule.RequestIncomplete => t["Complete every section before you send your request"],
        Rule.RequestNeedsLineManager => t["Your record does not name a line manager. Ask the scheme team to add one before you send your request"],
        Rule.TooManyPreferences => t["You can name up to 3 coaches or mentors. Remove one before you add another"],
        Rule.PreferenceDoesNotOfferKind => t["This person does not offer what your request asks for"],
        Rule.RequestNotAwaitingLineManager => t["This request is no longer waiting for your answer"],
        Rule.NotTheRequestsLineManager => t["Only the line manager named on the request can answer for it"],
        Rule.NotTheRequester => t["Only the person who made the request can do this"],
        Rule.RequestClosed => t["This request is already matched or withdrawn"],
        Rule.RequestNotAwaitingMatch => t["This request is no longer waiting for a match. Someone may have matched it a moment ago"],
        Rule.OwnRequest => t["You cannot match your own request"],
        Rule.CoachNotEligible => t["That coach cannot be matched with this request under the scheme's rules"],
        Rule.ProposalNotOpen => t["This proposal has already been answered or has lapsed"],
        Rule.NotTheProposedCoach => t["Only the proposed coach or mentor can answer this proposal"],
        Rule.ProposalExpired => t["The time to answer this proposal has passed"],
        Rule.ChemistryNotOpen => t["The chemistry meeting has already been answered"],
        Rule.NotInThisMatch => t["Only the coach and the coachee take part in the chemistry meeting"],
        Rule.ChemistryNotHeldYet => t["You can answer once the chemistry meeting has taken place"],
        Rule.ChemistryAlreadyAnswered => t["You have already answered"],
        Rule.MatchingSettingsOutOfBounds => t["Check the settings: the reminders must come on different days before the time to answer ends"],
        Rule.CohortNotDraft => t["This cohort has already been released or discarded"],
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "A matching rule without a message."),
    };
}
