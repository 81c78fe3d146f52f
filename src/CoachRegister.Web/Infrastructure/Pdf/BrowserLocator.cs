namespace CoachRegister.Web.Infrastructure.Pdf;

/// <summary>
/// Finds the browser that prints documents: the configured program file, or else the first of the usual install
/// paths that exists. Debian's headless shell (package chromium-headless-shell) comes first: it has no browser
/// window machinery and prints a document in about half the time of the full Chromium (docs/PERFORMANCE.md).
/// Debian's own binaries come before their /usr/bin wrapper scripts, which print a shell warning on every start.
/// </summary>
public static class BrowserLocator
{
    public static IReadOnlyList<string> LinuxCandidates { get; } =
    [
        "/usr/lib/chromium/chromium-headless-shell",
        "/usr/lib/chromium/chromium",
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome-stable",
        "/usr/bin/google-chrome",
        "/opt/google/chrome/chrome",
        "/usr/bin/microsoft-edge-stable",
        "/usr/bin/microsoft-edge",
    ];

    public static IReadOnlyList<string> WindowsCandidates()
    {
        var programFiles = Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles);
        var programFilesX86 = Environment.GetFolderPath(Environment.SpecialFolder.ProgramFilesX86);
        var localAppData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return
        [
            Path.Combine(programFilesX86, "Microsoft", "Edge", "Application", "msedge.exe"),
            Path.Combine(programFiles, "Microsoft", "Edge", "Application", "msedge.exe"),
            Path.Combine(programFiles, "Google", "Chrome", "Application", "chrome.exe"),
            Path.Combine(programFilesX86, "Google", "Chrome", "Application", "chrome.exe"),
            Path.Combine(localAppData, "Google", "Chrome", "Application", "chrome.exe"),
        ];
    }

    /// <summary>The paths looked at, in order, for this operating system.</summary>
    public static IReadOnlyList<string> Candidates(string? configuredPath) =>
        !string.IsNullOrWhiteSpace(configuredPath) ? [configuredPath]
        : OperatingSystem.IsWindows() ? WindowsCandidates()
        : LinuxCandidates;

    /// <summary>
    /// The browser's program file, or null when none of <see cref="Candidates"/> exists. A configured path is
    /// the only one tried: a wrong setting should fail loudly, not print with some other browser.
    /// </summary>
    public static string? Find(string? configuredPath) => Candidates(configuredPath).FirstOrDefault(File.Exists);
}
