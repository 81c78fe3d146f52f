using System.ComponentModel.DataAnnotations;

namespace CoachRegister.Web.Infrastructure.Pdf;

/// <summary>The "Pdf" section of configuration: the browser that prints documents and how much work it may take on.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>
    /// The browser's program file (Chromium, Chrome or Edge). Empty: the usual install paths of Debian, Ubuntu and
    /// Windows are tried (<see cref="BrowserLocator"/>).
    /// </summary>
    public string? BrowserPath { get; set; }

    /// <summary>Pages kept open and reused. Each prints one document at a time; a new page costs about 300 ms.</summary>
    [Range(1, 16)]
    public int PoolSize { get; set; } = 2;

    /// <summary>Requests that may wait for a page while every page is busy; one more is told to try again later.</summary>
    [Range(0, 1000)]
    public int QueueLength { get; set; } = 20;

    /// <summary>How long a request waits for a page before it is told to try again later.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one document may take to load and print once it has a page.</summary>
    public TimeSpan DocumentTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the browser may take to start.</summary>
    public TimeSpan LaunchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The organisation's logo for the header of every document (PNG, JPEG or SVG, at most 256 KB), relative to
    /// the content root. Empty: the organisation's name alone.
    /// </summary>
    public string? LogoPath { get; set; }

    /// <summary>Whether this server makes HR's relationship files (ZIPs) in the background.</summary>
    public bool RelationshipFileWorkerEnabled { get; set; } = true;

    /// <summary>How often the relationship file worker looks for a file to make while none is waiting.</summary>
    public TimeSpan RelationshipFilePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
