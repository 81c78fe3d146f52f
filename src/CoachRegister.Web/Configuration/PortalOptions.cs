using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace CoachRegister.Web.Configuration;

/// <summary>How the portal presents the organisation that runs it (section "Portal").</summary>
public class PortalOptions : IValidatableObject
{
    public const string Section = "Portal";

    /// <summary>Shown in the header and the accessibility statement.</summary>
    [Required]
    [MaxLength(100)]
    public string OrganisationName { get; set; } = "Your organisation";

    /// <summary>The organisation's name in Welsh, if it has one; the English name is used otherwise.</summary>
    [MaxLength(100)]
    public string? OrganisationNameWelsh { get; set; }

    /// <summary>
    /// The header's background, as #rrggbb. White text sits on it, so it must be dark enough for a contrast of
    /// at least 4.5:1 (WCAG 2.2 AA); the portal refuses to start otherwise.
    /// </summary>
    [Required]
    [RegularExpression("^#[0-9a-fA-F]{6}$")]
    public string BrandColour { get; set; } = "#0b0c0c";

    /// <summary>Where people ask for another format or report an accessibility problem (accessibility statement).</summary>
    [EmailAddress]
    [MaxLength(254)]
    public string? AccessibilityContactEmail { get; set; }

    /// <summary>A telephone number for the same, shown beside the e-mail address (accessibility statement).</summary>
    [MaxLength(40)]
    public string? AccessibilityContactTelephone { get; set; }

    /// <summary>
    /// The address people reach the portal at, e.g. https://coaching.example.org. Links in e-mails are built
    /// from it, never from the request's Host header (which a client can forge to plant a password-reset
    /// token on its own site). Required in Production; elsewhere the request's own address is used.
    /// </summary>
    [Url]
    [MaxLength(200)]
    public string? PublicBaseUrl { get; set; }

    public string OrganisationNameFor(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "cy" && !string.IsNullOrWhiteSpace(OrganisationNameWelsh)
            ? OrganisationNameWelsh
            : OrganisationName;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BrandColour is { Length: 7 } && BrandColour[0] == '#'
            && int.TryParse(BrandColour.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            && ContrastWithWhite(rgb) < 4.5)
        {
            yield return new ValidationResult(
                $"Portal:BrandColour {BrandColour} is too light for white text (contrast {ContrastWithWhite(rgb):0.0}:1, at least 4.5:1 needed).",
                [nameof(BrandColour)]);
        }
    }

    private static double ContrastWithWhite(int rgb)
    {
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel((rgb >> 16) & 0xff)) + (0.7152 * Channel((rgb >> 8) & 0xff)) + (0.0722 * Channel(rgb & 0xff));
        return 1.05 / (luminance + 0.05);
    }
}
