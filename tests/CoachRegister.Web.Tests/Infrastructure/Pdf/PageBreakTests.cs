using System.Globalization;
using System.Text;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

/// <summary>
/// The print style sheet keeps a signature block and a table row on one page. Blocks and rows of many heights at
/// many places down the pages are printed with it, and once without its rule, to show that the same document
/// would otherwise be cut.
/// </summary>
[Collection(PdfCollection.Name)]
public sealed class PageBreakTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Blocks = 24;

    private const string WithoutTheRule = ".signature-block,tr{break-inside:auto;page-break-inside:auto}";

    [Fact]
    public async Task No_signature_block_is_split_across_pages()
    {
        var kept = PdfContent.Read(await PrintAsync(SignatureBlocks(), extraCss: ""));
        var cut = PdfContent.Read(await PrintAsync(SignatureBlocks(), WithoutTheRule));

        Assert.True(kept.Pages.Count > 2);
        for (var i = 0; i < Blocks; i++)
        {
            Assert.Equal(kept.PageOf(Marker("S", i, "A")), kept.PageOf(Marker("S", i, "Z")));
        }

        Assert.Contains(Enumerable.Range(0, Blocks), i => cut.PageOf(Marker("S", i, "A")) != cut.PageOf(Marker("S", i, "Z")));
    }

    [Fact]
    public async Task No_table_row_is_split_across_pages()
    {
        var kept = PdfContent.Read(await PrintAsync(TallRows(), extraCss: ""));
        var cut = PdfContent.Read(await PrintAsync(TallRows(), WithoutTheRule));

        for (var i = 0; i < Blocks; i++)
        {
            Assert.Equal(kept.PageOf(Marker("R", i, "A")), kept.PageOf(Marker("R", i, "Z")));
        }

        Assert.Contains(Enumerable.Range(0, Blocks), i => cut.PageOf(Marker("R", i, "A")) != cut.PageOf(Marker("R", i, "Z")));
    }

    private static string Marker(string kind, int i, string end) => string.Create(CultureInfo.InvariantCulture, $"{kind}{i:00}{end}");

    private static string SignatureBlocks()
    {
        var html = new StringBuilder();
        for (var i = 0; i < Blocks; i++)
        {
            // 1 to 7 lines of text before each block moves it down the page by a different amount each time.
            html.Append("<p>").AppendJoin("<br>", Enumerable.Repeat("Some agreed text before the signatures.", 1 + (i % 7))).Append("</p>");
            html.Append(CultureInfo.InvariantCulture, $"""
                <div class="signature-block">
                  <div class="signature-block__row">
                    <div class="signature-block__field">{Marker("S", i, "A")} Coach's signature</div>
                    <div class="signature-block__field">Date</div>
                  </div>
                  <div class="signature-block__row">
                    <div class="signature-block__field">Coachee's signature</div>
                    <div class="signature-block__field">Date {Marker("S", i, "Z")}</div>
                  </div>
                </div>
                """);
        }

        return html.ToString();
    }

    private static string TallRows()
    {
        var html = new StringBuilder("<table><thead><tr><th>Goal</th><th>Progress</th></tr></thead><tbody>");
        for (var i = 0; i < Blocks; i++)
        {
            var lines = string.Join("<br>", Enumerable.Repeat("A line of the goal's progress.", 4 + (i % 9)));
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Marker("R", i, "A")}</td><td>{lines} {Marker("R", i, "Z")}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private async Task<byte[]> PrintAsync(string body, string extraCss)
    {
        var css = factory.Services.GetRequiredService<PrintAssets>().Css;
        var html = $"<!DOCTYPE html><html lang=\"en-GB\"><head><title>Breaks</title><style>{css}{extraCss}</style></head><body>{body}</body></html>";
        return await factory.Services.GetRequiredService<PdfPrinter>().PrintAsync(html, PrintTemplates.For("Organisation", null, "Official", "Page {0} of {1}"));
    }
}
