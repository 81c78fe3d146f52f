namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>Marker for the strings of e-mail templates; Welsh lives in Resources/Infrastructure/Email/EmailText.cy.resx.</summary>
public sealed class EmailText;
