namespace CoachRegister.Web.Features.Matching;

/// <summary>
/// Strings of asking for a coach or mentor and of matching (requests, the line manager's support, the scheme
/// team's matching, proposals and chemistry meetings, their e-mails). English text is the key; Welsh lives in
/// Resources/Features/Matching/MatchingText.cy.resx.
/// </summary>
public sealed class MatchingText;
