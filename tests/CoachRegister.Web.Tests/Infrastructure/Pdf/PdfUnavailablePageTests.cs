using System.Globalization;
using System.Text;
using CoachRegister.Web.Infrastructure.Pdf;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

/// <summary>What a person sees when their PDF cannot be made: the filter's page, rendered by the portal's MVC.</summary>
[Collection(PdfCollection.Name)]
public sealed class PdfUnavailablePageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task With_no_browser_the_page_says_how_to_install_one_in_English()
    {
        var (status, headers, body) = await ShowAsync(await NoBrowserAsync(), "en-GB");

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.Contains("<h1 class=\"govuk-heading-l\">The PDF cannot be made on this server</h1>", body, StringComparison.Ordinal);
        Assert.Contains("<code>sudo apt-get install chromium</code>", body, StringComparison.Ordinal);
        Assert.Contains("on Windows, install Microsoft Edge or Google Chrome", body, StringComparison.Ordinal);
        Assert.Contains("set Pdf:BrowserPath to the full path", body, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", body, StringComparison.Ordinal);
        Assert.False(headers.ContainsKey("Retry-After"));
        Assert.DoesNotContain("/nowhere", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_browser_the_page_says_how_to_install_one_in_Welsh()
    {
        var (_, _, body) = await ShowAsync(await NoBrowserAsync(), "cy-GB");

        Assert.Contains("Ni ellir creu’r PDF ar y gweinydd hwn", Decode(body), StringComparison.Ordinal);
        Assert.Contains("<code>sudo apt-get install chromium</code>", body, StringComparison.Ordinal);
        Assert.Contains("ar Windows, gosodwch Microsoft Edge neu Google Chrome", Decode(body), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"cy\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_printer_says_when_to_try_again()
    {
        var (status, headers, body) = await ShowAsync(new PdfUnavailableException(PdfUnavailableReason.Busy, "busy"), "en-GB");

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.Equal("30", headers.RetryAfter.ToString());
        Assert.Contains("The register is busy making other documents", body, StringComparison.Ordinal);
        Assert.Contains("Try again in a minute.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_took_too_long_says_so()
    {
        var (status, _, body) = await ShowAsync(new PdfUnavailableException(PdfUnavailableReason.TimedOut, "slow"), "cy-GB");

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.Contains("Cymerodd y ddogfen ormod o amser i’w chreu", Decode(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_errors_are_left_to_the_portal_error_page()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var context = ExceptionContextFor(new InvalidOperationException("not a PDF problem"), scope.ServiceProvider);

        scope.ServiceProvider.GetRequiredService<PdfUnavailableFilter>().OnException(context);

        Assert.False(context.ExceptionHandled);
        Assert.Null(context.Result);
    }

    private static async Task<PdfUnavailableException> NoBrowserAsync()
    {
        await using var printer = TestDocuments.Printer(o => o.BrowserPath = "/nowhere/chromium");
        return await Assert.ThrowsAsync<PdfUnavailableException>(() => printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain));
    }

    private async Task<(int Status, IHeaderDictionary Headers, string Body)> ShowAsync(PdfUnavailableException exception, string culture)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var context = ExceptionContextFor(exception, scope.ServiceProvider);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            scope.ServiceProvider.GetRequiredService<PdfUnavailableFilter>().OnException(context);
            Assert.True(context.ExceptionHandled);
            await Assert.IsType<ViewResult>(context.Result).ExecuteResultAsync(context);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }

        var response = context.HttpContext.Response;
        return (response.StatusCode, response.Headers, Encoding.UTF8.GetString(((MemoryStream)response.Body).ToArray()));
    }

    private static ExceptionContext ExceptionContextFor(Exception exception, IServiceProvider services)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("localhost");
        http.Request.Path = "/documents/meeting-preparation";
        http.Response.Body = new MemoryStream();
        // As in a request that reached a controller: links in the layout are made by endpoint routing.
        http.SetEndpoint(new Endpoint(null, EndpointMetadataCollection.Empty, "PDF download"));
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        return new ExceptionContext(action, []) { Exception = exception };
    }

    private static string Decode(string html) => System.Net.WebUtility.HtmlDecode(html);
}
