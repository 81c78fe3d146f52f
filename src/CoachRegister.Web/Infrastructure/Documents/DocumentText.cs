namespace CoachRegister.Web.Infrastructure.Documents;

/// <summary>Marker for the strings of printed documents; Welsh lives in Resources/Infrastructure/Documents/DocumentText.cy.resx.</summary>
public sealed class DocumentText;
