namespace CoachRegister.Web.Features.Relationships;

/// <summary>
/// Strings of the coaching features (relationships, agreements, sessions, feedback, plan, reflective log,
/// caseload) and their e-mails and invites. English text is the key; Welsh lives in
/// Resources/Features/Relationships/CoachingText.cy.resx.
/// </summary>
public sealed class CoachingText;
