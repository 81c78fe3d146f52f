namespace CoachRegister.Web.Infrastructure.Pdf;

/// <summary>
/// What goes round the content of every printed page: A4, the margins, and Chromium's header and footer templates
/// (HTML with inline styles; elements with the classes <c>pageNumber</c>, <c>totalPages</c> and <c>title</c> are
/// filled in by the browser). Empty templates print no header or footer.
/// </summary>
public sealed record PdfPageSetup(
    string HeaderTemplate,
    string FooterTemplate,
    string MarginTop = "25mm",
    string MarginBottom = "20mm",
    string MarginSide = "18mm")
{
    public static PdfPageSetup Plain { get; } = new(string.Empty, string.Empty, "18mm", "18mm");
}
