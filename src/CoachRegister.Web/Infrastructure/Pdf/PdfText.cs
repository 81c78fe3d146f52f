namespace CoachRegister.Web.Infrastructure.Pdf;

/// <summary>Marker for the strings of the PDF error page; Welsh lives in Resources/Infrastructure/Pdf/PdfText.cy.resx.</summary>
public sealed class PdfText;
