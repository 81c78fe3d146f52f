namespace CoachRegister.Web.Features.Home;

/// <summary>Strings of the home page; Welsh in Resources/Features/Home/HomeText.cy.resx.</summary>
public sealed class HomeText;
