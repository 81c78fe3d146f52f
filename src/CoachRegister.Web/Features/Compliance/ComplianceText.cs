namespace CoachRegister.Web.Features.Compliance;

/// <summary>
/// Strings of CPD, supervision and compliance (the coach's pages, the supervisor's, HR's and the e-mails).
/// English text is the key; Welsh lives in Resources/Features/Compliance/ComplianceText.cy.resx.
/// </summary>
public sealed class ComplianceText;
