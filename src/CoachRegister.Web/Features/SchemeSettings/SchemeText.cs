namespace CoachRegister.Web.Features.SchemeSettings;

/// <summary>Strings of the scheme pages: who administers each scheme, and each scheme's settings.</summary>
public sealed class SchemeText;
