using System.Globalization;

namespace CoachRegister.Web.Features.Register;

/// <summary>Models of the register's e-mail templates (Infrastructure/Email/Templates/Register*.cshtml).</summary>
public sealed record SupportRequestEmail(string LineManagerName, string ApplicantName, string Url)
{
    public const string Template = "RegisterSupportRequest";
}

public sealed record LineManagerResponseEmail(string ApplicantName, string LineManagerName, bool Supported, string? Comment, string Url)
{
    public const string Template = "RegisterLineManagerResponse";
}

public sealed record DecisionEmail(string ApplicantName, bool Accepted, DateOnly? ExpectedStartDate, string? Reason, string Url)
{
    public const string Template = "RegisterDecision";
}

public static class RecipientCulture
{
    /// <summary>The culture a person's e-mail is written in, from their preferred language.</summary>
    public static CultureInfo For(string? preferredLanguage) =>
        preferredLanguage?.StartsWith("cy", StringComparison.OrdinalIgnoreCase) == true ? new CultureInfo("cy-GB") : new CultureInfo("en-GB");
}
