namespace CoachRegister.Web.Features.Register;

/// <summary>
/// Strings of the register features (directory, joining, profiles, HR register tools). English text is the
/// key; Welsh lives in Resources/Features/Register/RegisterText.cy.resx.
/// </summary>
public sealed class RegisterText;
