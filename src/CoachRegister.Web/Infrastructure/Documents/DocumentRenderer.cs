using System.Globalization;
using System.Text;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Infrastructure.Localisation;
using CoachRegister.Web.Infrastructure.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Infrastructure.Documents;

/// <summary>
/// Turns a Razor view and its model into a PDF: the view renders to HTML in the reader's language through
/// Views/Shared/_PrintLayout.cshtml, and <see cref="PdfPrinter"/> prints it on A4 with the organisation in the
/// header and the page number and classification in the footer. It needs no HTTP request, so a background job
/// can make documents as well as a controller.
/// </summary>
/// <remarks>
/// A document view sets <c>ViewData["Title"]</c> (the PDF's title and file name) and
/// <c>ViewData["Classification"]</c> (a <see cref="DocumentClassification"/>): the document, not its caller,
/// knows whether it holds coaching content.
/// </remarks>
public sealed class DocumentRenderer(
    IRazorViewEngine viewEngine,
    ITempDataProvider tempDataProvider,
    IModelMetadataProvider metadataProvider,
    IServiceProvider services,
    PdfPrinter printer,
    PrintAssets assets,
    IOptions<PortalOptions> portal,
    IStringLocalizer<DocumentText> text)
{
    public const string LayoutMarker = "PrintLayout";

    /// <summary>Renders <paramref name="viewPath"/> with <paramref name="model"/> and prints it.</summary>
    /// <param name="culture">The reader's language; the current UI culture (the request's) when null.</param>
    public async Task<RenderedDocument> RenderAsync(string viewPath, object model, CultureInfo? culture = null, CancellationToken ct = default)
    {
        var page = await RenderHtmlAsync(viewPath, model, culture, ct);
        var pdf = await printer.PrintAsync(page.Html, page.Setup, ct);
        return new RenderedDocument(page.Title, page.FileName, pdf);
    }

    /// <summary>The HTML a document prints from, and the page setup it prints with, without printing it.</summary>
    public async Task<DocumentPage> RenderHtmlAsync(string viewPath, object model, CultureInfo? culture = null, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var found = viewEngine.GetView(executingFilePath: null, viewPath: viewPath, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"The document view {viewPath} was not found.");
        }

        var readerCulture = SupportedCulture(culture ?? CultureInfo.CurrentUICulture);
        var httpContext = new DefaultHttpContext { RequestServices = services };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
        var viewData = new ViewDataDictionary(metadataProvider, new ModelStateDictionary()) { Model = model };

        return await UiCulture.ForReaderAsync(readerCulture, async () =>
        {
            await using var writer = new StringWriter(new StringBuilder(16 * 1024), CultureInfo.InvariantCulture);
            var viewContext = new ViewContext(
                actionContext,
                found.View,
                viewData,
                new TempDataDictionary(httpContext, tempDataProvider),
                writer,
                new HtmlHelperOptions());
            await found.View.RenderAsync(viewContext);

            if (viewContext.ViewData["Title"] is not string title || string.IsNullOrWhiteSpace(title))
            {
                throw new InvalidOperationException($"The document view {viewPath} must set ViewData[\"Title\"].");
            }

            if (viewContext.ViewData["Classification"] is not DocumentClassification classification)
            {
                throw new InvalidOperationException($"The document view {viewPath} must set ViewData[\"Classification\"] to a DocumentClassification.");
            }

            if (viewContext.ViewData[LayoutMarker] is not true)
            {
                throw new InvalidOperationException($"The document view {viewPath} must use the layout /Views/Shared/_PrintLayout.cshtml.");
            }

            var setup = PrintTemplates.For(
                portal.Value.OrganisationNameFor(readerCulture),
                assets.LogoDataUri,
                classification == DocumentClassification.Confidential ? text["Confidential"] : text["Official"],
                text["Page {0} of {1}"]);
            return new DocumentPage(title.Trim(), FileNameFor(title), writer.ToString(), setup, classification);
        });
    }

    /// <summary>en-GB or cy-GB: any Welsh culture reads Welsh, anything else English.</summary>
    public static CultureInfo SupportedCulture(CultureInfo culture) =>
        MvcExtensions.SupportedCultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == culture.TwoLetterISOLanguageName)
        ?? MvcExtensions.SupportedCultures[0];

    /// <summary>The title as a file name: lower case ASCII words joined by hyphens ("ffurflen-paratoi.pdf").</summary>
    public static string FileNameFor(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var stem = name.ToString().Trim('-');
        return (stem.Length > 0 ? stem[..Math.Min(stem.Length, 80)].TrimEnd('-') : "document") + ".pdf";
    }
}

/// <summary>A document rendered to HTML, ready to print.</summary>
public sealed record DocumentPage(string Title, string FileName, string Html, PdfPageSetup Setup, DocumentClassification Classification);
