using System.Text.Encodings.Web;
using CoachRegister.Web.Infrastructure.Pdf;

namespace CoachRegister.Web.Infrastructure.Documents;

/// <summary>
/// Chromium's header and footer templates for a document. They are drawn in the page margins, apart from the
/// page's own style sheet, so every style is inline and sizes are absolute (the default there is a 0 font size).
/// </summary>
public static class PrintTemplates
{
    private const string Font = "font-family:Arial,'Liberation Sans','DejaVu Sans',sans-serif;font-size:8.5pt;color:#0b0c0c;";

    private const string Row = "box-sizing:border-box;width:100%;padding:0 18mm;display:flex;align-items:center;justify-content:space-between;gap:6mm;";

    /// <param name="organisationName">Shown on the left of every page's header, after the logo.</param>
    /// <param name="logoDataUri">The organisation's logo as a data URI, or null.</param>
    /// <param name="classification">"Confidential" or "Official" in the reader's language.</param>
    /// <param name="pageOfPages">"Page {0} of {1}" in the reader's language.</param>
    public static PdfPageSetup For(string organisationName, string? logoDataUri, string classification, string pageOfPages)
    {
        var encoder = HtmlEncoder.Default;
        var logo = logoDataUri is null
            ? string.Empty
            : $"""<img src="{encoder.Encode(logoDataUri)}" alt="" style="height:9mm;width:auto;">""";
        var header = $"""
            <div style="{Font}{Row}padding-bottom:2mm;">
              <span style="display:flex;align-items:center;gap:3mm;font-weight:bold;">{logo}<span>{encoder.Encode(organisationName)}</span></span>
              <span class="title" style="text-align:right;"></span>
            </div>
            """;
        var pages = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            encoder.Encode(pageOfPages),
            """<span class="pageNumber"></span>""",
            """<span class="totalPages"></span>""");
        var footer = $"""
            <div style="{Font}{Row}">
              <span style="font-weight:bold;text-transform:uppercase;letter-spacing:0.04em;">{encoder.Encode(classification)}</span>
              <span>{pages}</span>
            </div>
            """;
        return new PdfPageSetup(header, footer);
    }
}
