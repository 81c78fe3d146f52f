namespace CoachRegister.Web.Resources;

/// <summary>
/// Marker for strings used across the portal (layout, common buttons, errors). English text is the key;
/// Welsh lives in SharedText.cy.resx. Each feature has its own marker beside its controller.
/// </summary>
public sealed class SharedText;
