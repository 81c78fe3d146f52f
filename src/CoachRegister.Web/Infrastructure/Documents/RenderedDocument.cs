using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Infrastructure.Documents;

/// <summary>A printed document: the PDF, its title (also the PDF's title) and the file name it downloads as.</summary>
public sealed record RenderedDocument(string Title, string FileName, byte[] Pdf)
{
    public const string ContentType = "application/pdf";

    /// <summary>
    /// The PDF as a download for a controller to return: application/pdf, an attachment with the file name, and
    /// never stored by a browser or proxy (documents carry personal and confidential content).
    /// </summary>
    public FileContentResult ToFileResult() => new PdfFileResult(Pdf) { FileDownloadName = FileName };
}

/// <summary>A PDF download that no cache may keep.</summary>
public sealed class PdfFileResult(byte[] pdf) : FileContentResult(pdf, RenderedDocument.ContentType)
{
    public override Task ExecuteResultAsync(ActionContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        return base.ExecuteResultAsync(context);
    }
}
