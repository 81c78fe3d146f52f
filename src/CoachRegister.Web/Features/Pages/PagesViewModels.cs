namespace CoachRegister.Web.Features.Pages;

/// <summary>One cookie the portal sets. Purpose and Expires are English keys of <see cref="PagesText"/>.</summary>
public sealed record CookieRow(string Name, string Purpose, string Expires);

public sealed record CookiesViewModel(IReadOnlyList<CookieRow> Cookies);

public sealed record AccessibilityViewModel(string OrganisationName, string? ContactEmail, string? ContactTelephone);
