namespace CoachRegister.Web.Features.Pages;

/// <summary>Strings of the cookies and accessibility pages; Welsh in Resources/Features/Pages/PagesText.cy.resx.</summary>
public sealed class PagesText;
