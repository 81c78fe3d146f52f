using CoachRegister.Web.Infrastructure.Pdf;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Infrastructure.Documents;

/// <summary>
/// The print style sheet and the organisation's logo, read once. Both go inline into each document (the style
/// sheet in the page, the logo as a data URI in the header template): the printing page loads nothing, and
/// Chromium's header template cannot load files at all.
/// </summary>
public sealed class PrintAssets
{
    public const string StyleSheetPath = "print/document.css";

    public const int MaxLogoBytes = 256 * 1024;

    private static readonly Dictionary<string, string> LogoTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".svg"] = "image/svg+xml",
    };

    private readonly Lazy<string> _css;
    private readonly Lazy<string?> _logo;

    public PrintAssets(IWebHostEnvironment environment, IOptions<PdfOptions> options)
    {
        _css = new Lazy<string>(() => ReadStyleSheet(environment));
        _logo = new Lazy<string?>(() => ReadLogo(environment.ContentRootPath, options.Value.LogoPath));
    }

    public string Css => _css.Value;

    /// <summary>The logo as a data URI, or null when none is configured.</summary>
    public string? LogoDataUri => _logo.Value;

    /// <summary>Why the configured logo cannot be used, or null when it can (checked on start).</summary>
    public static string? ProblemWithLogo(string contentRoot, string? logoPath)
    {
        if (string.IsNullOrWhiteSpace(logoPath))
        {
            return null;
        }

        var path = Path.Combine(contentRoot, logoPath);
        if (!LogoTypes.ContainsKey(Path.GetExtension(path)))
        {
            return $"{PdfOptions.Section}:{nameof(PdfOptions.LogoPath)} must be a .png, .jpg or .svg file: {logoPath}.";
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return $"{PdfOptions.Section}:{nameof(PdfOptions.LogoPath)} names a file that does not exist: {path}.";
        }

        return file.Length > MaxLogoBytes
            ? $"{PdfOptions.Section}:{nameof(PdfOptions.LogoPath)} is {file.Length / 1024} KB; at most {MaxLogoBytes / 1024} KB, as it goes into every page."
            : null;
    }

    private static string ReadStyleSheet(IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(StyleSheetPath);
        if (!file.Exists)
        {
            throw new InvalidOperationException($"The print style sheet wwwroot/{StyleSheetPath} is missing from {environment.WebRootPath}.");
        }

        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }

    private static string? ReadLogo(string contentRoot, string? logoPath)
    {
        if (string.IsNullOrWhiteSpace(logoPath))
        {
            return null;
        }

        var path = Path.Combine(contentRoot, logoPath);
        return $"data:{LogoTypes[Path.GetExtension(path)]};base64,{Convert.ToBase64String(File.ReadAllBytes(path))}";
    }
}
