using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

/// <summary>What a test reads back out of a PDF: the text of each page, and the title, language and tags.</summary>
public sealed record PdfContent(IReadOnlyList<string> Pages, string? Title, string? Language, bool IsTagged, IReadOnlyList<string> Bookmarks)
{
    public string Text => string.Join(" ", Pages);

    public static PdfContent Read(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && Encoding.ASCII.GetString(pdf, 0, 4) == "%PDF", "Not a PDF.");
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages()
            .Select(p => Normalise(string.Join(" ", p.GetWords().Select(w => w.Text))))
            .ToList();
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var language = catalog.Data.TryGetValue("Lang", out var lang) ? Resolve(document, lang) as StringToken : null;
        var markInfo = catalog.Data.TryGetValue("MarkInfo", out var mark) ? Resolve(document, mark) as DictionaryToken : null;
        var marked = markInfo?.Data.TryGetValue("Marked", out var flag) == true && flag is BooleanToken { Data: true };
        var bookmarks = document.TryGetBookmarks(out var outline)
            ? outline.GetNodes().Select(n => Normalise(n.Title)).ToList()
            : [];
        return new PdfContent(pages, document.Information.Title, language?.Data, marked && catalog.Data.ContainsKey("StructTreeRoot"), bookmarks);
    }

    /// <summary>Ligatures back to letters and runs of white space to one space, so phrases compare as written.</summary>
    public static string Normalise(string text) =>
        string.Join(" ", text.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public int PageOf(string word)
    {
        var found = Pages.Select((text, index) => (text, index)).Where(p => p.text.Contains(word, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"{word} is on {found.Count} pages.");
        return found[0].index + 1;
    }

    private static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
