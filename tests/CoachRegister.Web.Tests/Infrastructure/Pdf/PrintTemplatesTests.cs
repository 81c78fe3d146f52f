using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Pdf;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

/// <summary>The header and footer round every page, and the logo setting that feeds the header.</summary>
[Collection(PdfCollection.Name)]
public sealed class PrintTemplatesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // The smallest PNG: one pixel.
    private const string Pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    [Fact]
    public async Task The_header_carries_the_logo_and_the_organisation_as_text_not_markup()
    {
        var setup = PrintTemplates.For("Coleg <Cymru> & Co", Pixel, "Official", "Page {0} of {1}");

        var pdf = await factory.Services.GetRequiredService<PdfPrinter>().PrintAsync(TestDocuments.Table(120), setup);

        var content = PdfContent.Read(pdf);
        Assert.True(content.Pages.Count > 1);
        Assert.All(content.Pages, page => Assert.Contains("Coleg <Cymru> & Co", page, StringComparison.Ordinal));
        Assert.Contains($"OFFICIAL Page 2 of {content.Pages.Count}", content.Pages[1], StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), page => Assert.NotEmpty(page.GetImages()));
    }

    [Fact]
    public async Task Without_a_logo_the_header_has_no_image()
    {
        var pdf = await factory.Services.GetRequiredService<PdfPrinter>()
            .PrintAsync(TestDocuments.Small, PrintTemplates.For("Organisation", null, "Official", "Page {0} of {1}"));

        using var document = PdfDocument.Open(pdf);
        Assert.Empty(document.GetPage(1).GetImages());
    }

    [Fact]
    public void A_logo_must_be_a_small_image_file_that_exists()
    {
        var folder = Directory.CreateTempSubdirectory("coachregister-logo-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "logo.png"), new byte[1024]);
            File.WriteAllBytes(Path.Combine(folder, "huge.png"), new byte[PrintAssets.MaxLogoBytes + 1]);
            File.WriteAllText(Path.Combine(folder, "logo.gif"), "GIF89a");

            Assert.Null(PrintAssets.ProblemWithLogo(folder, null));
            Assert.Null(PrintAssets.ProblemWithLogo(folder, "logo.png"));
            Assert.Contains("does not exist", PrintAssets.ProblemWithLogo(folder, "missing.svg"), StringComparison.Ordinal);
            Assert.Contains("at most 256 KB", PrintAssets.ProblemWithLogo(folder, "huge.png"), StringComparison.Ordinal);
            Assert.Contains(".png, .jpg or .svg", PrintAssets.ProblemWithLogo(folder, "logo.gif"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
