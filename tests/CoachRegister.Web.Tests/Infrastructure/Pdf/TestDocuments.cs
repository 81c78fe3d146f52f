using System.Globalization;
using System.Text;
using CoachRegister.Web.Infrastructure.Pdf;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

/// <summary>HTML to print and printers with the settings a test needs.</summary>
public static class TestDocuments
{
    public const string Small = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Small</title></head><body><p>A small document.</p></body></html>";

    /// <summary>A table of <paramref name="rows"/> rows: about 45 rows a page, and a second or more per 150 pages to print.</summary>
    public static string Table(int rows)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><title>Table</title></head><body><table>");
        for (var i = 0; i < rows; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>Row {i}</td><td>Some text in the second column of row {i}</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    public static PdfPrinter Printer(Action<PdfOptions>? configure = null)
    {
        var options = new PdfOptions();
        configure?.Invoke(options);
        return new PdfPrinter(Options.Create(options), NullLogger<PdfPrinter>.Instance);
    }
}
