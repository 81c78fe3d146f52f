using System.Globalization;
using CoachRegister.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>
/// Renders an e-mail template (a Razor view under Infrastructure/Email/Templates) to a subject, an HTML body
/// and a plain-text body. It needs no HTTP request, so background jobs can queue mail as well as controllers.
/// </summary>
public sealed class EmailTemplateRenderer(
    IRazorViewEngine viewEngine,
    ITempDataProvider tempDataProvider,
    IModelMetadataProvider metadataProvider,
    IServiceProvider services)
{
    public const string TemplateFolder = "/Infrastructure/Email/Templates";

    public async Task<RenderedEmail> RenderAsync(string templateName, object model, CultureInfo culture, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var path = $"{TemplateFolder}/{templateName}.cshtml";
        var found = viewEngine.GetView(executingFilePath: null, viewPath: path, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"The e-mail template '{templateName}' was not found at {path}.");
        }

        var httpContext = new DefaultHttpContext { RequestServices = services };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
        var viewData = new ViewDataDictionary(metadataProvider, new ModelStateDictionary()) { Model = model };

        return await UiCulture.ForReaderAsync(culture, async () =>
        {
            await using var writer = new StringWriter(CultureInfo.InvariantCulture);
            var viewContext = new ViewContext(
                actionContext,
                found.View,
                viewData,
                new TempDataDictionary(httpContext, tempDataProvider),
                writer,
                new HtmlHelperOptions());
            await found.View.RenderAsync(viewContext);

            if (viewContext.ViewData["Subject"] is not string subject || string.IsNullOrWhiteSpace(subject))
            {
                throw new InvalidOperationException($"The e-mail template '{templateName}' must set ViewData[\"Subject\"].");
            }

            var html = writer.ToString();
            return new RenderedEmail(subject.Trim(), html, PlainText.FromHtml(html));
        });
    }
}
