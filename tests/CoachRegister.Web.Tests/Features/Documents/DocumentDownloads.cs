using System.Net;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Pdf;

namespace CoachRegister.Web.Tests.Features.Documents;

/// <summary>Downloads a document through the real pipeline and reads it back.</summary>
public static class DocumentDownloads
{
    public static async Task<PdfContent> PdfAsync(this FormClient client, string url)
    {
        using var response = await client.Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Keep(url, pdf);
        return PdfContent.Read(pdf);
    }

    /// <summary>
    /// Saves each PDF a test downloads when COACHREGISTER_KEEP_PDFS names a folder, so the documents can be looked
    /// at (docs/screenshots are made from them with pdftoppm).
    /// </summary>
    private static void Keep(string url, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("COACHREGISTER_KEEP_PDFS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var name = string.Concat(url.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
        File.WriteAllBytes(Path.Combine(folder, name[..Math.Min(name.Length, 120)] + ".pdf"), pdf);
    }

    /// <summary>The answer to someone who may not see the record: 404, and no PDF.</summary>
    public static async Task AssertRefusedAsync(this FormClient client, string url)
    {
        using var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.False(body.Length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F', $"{url} sent a PDF.");
    }

    public static async Task InWelshAsync(this FormClient client)
    {
        var switched = await client.FollowLinkAsync("/", ".govuk-language-navigation a[hreflang=cy]");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
    }

    /// <summary>"Page n of N" (or its Welsh) on every page, in order.</summary>
    public static void AssertNumbered(this PdfContent pdf, string pageOfPages = "Page {0} of {1}")
    {
        for (var page = 1; page <= pdf.Pages.Count; page++)
        {
            Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, pageOfPages, page, pdf.Pages.Count), pdf.Pages[page - 1], StringComparison.Ordinal);
        }
    }
}
