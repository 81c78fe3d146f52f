namespace CoachRegister.Web.Features.Account;

/// <summary>Marker for the account screens' strings; Welsh in Resources/Features/Account/AccountText.cy.resx.</summary>
public sealed class AccountText;
