using System.Diagnostics;
using System.Globalization;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Documents.Forms;
using CoachRegister.Web.Infrastructure.Pdf;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CoachRegister.Benchmarks;

/// <summary>
/// Documents per second through the portal's PDF pipeline with a warm pool, beside Chromium printing the same
/// HTML from a saved file on the same pool. A plain timed run rather than BenchmarkDotNet: the figure wanted is
/// throughput with several documents in flight, and one browser shared by the whole run.
/// </summary>
public static class PdfThroughput
{
    private static readonly MeetingPreparationForm Form = new("Rhiannon Wyn", "Gareth Price", new DateOnly(2026, 12, 3), 2);

    /// <summary>`pdf [SECONDS] [POOL]`: each measurement runs for SECONDS (10) with POOL pages (2) and twice as many documents in flight.</summary>
    public static async Task RunAsync(int seconds, int poolSize)
    {
        await using var app = await StartAsync(poolSize);
        var printer = app.Services.GetRequiredService<PdfPrinter>();
        var english = CultureInfo.GetCultureInfo("en-GB");
        var page = await RenderHtmlAsync(app, english);
        var file = Path.Combine(Path.GetTempPath(), $"coachregister-bench-{Environment.ProcessId}.html");
        await File.WriteAllTextAsync(file, page.Html);
        var fileUrl = new Uri(file).AbsoluteUri;
        var inFlight = poolSize * 2;
        try
        {
            Console.WriteLine($"Pool {poolSize} pages, {inFlight} documents in flight, {seconds} s a measurement, {Environment.ProcessorCount} cores.");
            Console.WriteLine($"Browser: {BrowserLocator.Find(app.Services.GetRequiredService<IOptions<PdfOptions>>().Value.BrowserPath)}.");
            Console.WriteLine($"Document: meeting preparation form, {page.Html.Length / 1024.0:0.0} KB of HTML, {await PageCountAsync(printer, page)} pages of A4.");

            // Warm: the browser, the pages, Razor's compiled views and the JIT.
            await MeasureAsync("warm-up", 3, inFlight, () => RenderAndPrintAsync(app, english));

            var razor = await MeasureAsync("Razor render only (no print)", seconds, inFlight, async () => await RenderHtmlAsync(app, english));
            var razorAndPrint = await MeasureAsync("Razor render + print (SetContentAsync)", seconds, inFlight, () => RenderAndPrintAsync(app, english));
            var html = await MeasureAsync("print of the rendered HTML (SetContentAsync)", seconds, inFlight, () => printer.PrintAsync(page.Html, page.Setup));
            var fromFile = await MeasureAsync("print of the same HTML as a file (GotoAsync file://)", seconds, inFlight, () =>
                printer.PrintAsync(p => p.GotoAsync(fileUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load }), page.Setup));

            Console.WriteLine();
            Console.WriteLine($"Razor + print is {fromFile / razorAndPrint:0.00}x the time of the static file's print (goal: at most 1.2x).");
            Console.WriteLine($"Razor + print: {razorAndPrint * 60 / Environment.ProcessorCount:0} documents a minute per core (goal: 1,000).");
            Console.WriteLine($"Razor alone: {razor:0}/s; Razor + print is {html / razorAndPrint:0.00}x the time of printing the rendered HTML.");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>`pdf-sample DIR`: the meeting preparation form, blank, in English and Welsh, for the docs.</summary>
    public static async Task WriteSamplesAsync(string folder)
    {
        await using var app = await StartAsync(poolSize: 2);
        Directory.CreateDirectory(folder);
        foreach (var culture in new[] { "en-GB", "cy-GB" })
        {
            await using var scope = app.Services.CreateAsyncScope();
            var document = await scope.ServiceProvider.GetRequiredService<DocumentRenderer>()
                .RenderAsync(MeetingPreparationForm.ViewPath, new MeetingPreparationForm(), CultureInfo.GetCultureInfo(culture));
            var path = Path.Combine(folder, $"{culture}-{document.FileName}");
            await File.WriteAllBytesAsync(path, document.Pdf);
            Console.WriteLine($"{path}: {document.Pdf.Length / 1024.0:0.0} KB");
        }
    }

    private static async Task<byte[]> RenderAndPrintAsync(WebApplication app, CultureInfo culture)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<DocumentRenderer>()
            .RenderAsync(MeetingPreparationForm.ViewPath, Form, culture);
        return document.Pdf;
    }

    private static async Task<DocumentPage> RenderHtmlAsync(WebApplication app, CultureInfo culture)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentRenderer>()
            .RenderHtmlAsync(MeetingPreparationForm.ViewPath, Form, culture);
    }

    private static async Task<int> PageCountAsync(PdfPrinter printer, DocumentPage page)
    {
        var pdf = await printer.PrintAsync(page.Html, page.Setup);
        return System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b");
    }

    /// <summary>Runs <paramref name="inFlight"/> loops of <paramref name="work"/> for the time given; prints and returns documents a second.</summary>
    private static async Task<double> MeasureAsync<T>(string name, int seconds, int inFlight, Func<Task<T>> work)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * (double)Stopwatch.Frequency);
        var latencies = new List<double>();
        var started = Stopwatch.GetTimestamp();
        var loops = Enumerable.Range(0, inFlight).Select(async _ =>
        {
            var mine = new List<double>();
            while (Stopwatch.GetTimestamp() < until)
            {
                var one = Stopwatch.GetTimestamp();
                await work();
                mine.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
            }

            return mine;
        });
        foreach (var mine in await Task.WhenAll(loops))
        {
            latencies.AddRange(mine);
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        latencies.Sort();
        var perSecond = latencies.Count / elapsed;
        Console.WriteLine(
            $"{name,-55} {latencies.Count,6} docs in {elapsed,5:0.0} s = {perSecond,7:0.0}/s"
            + $"  p50 {latencies[latencies.Count / 2],6:0.0} ms  p95 {latencies[(int)(latencies.Count * 0.95)],6:0.0} ms");
        return perSecond;
    }

    /// <summary>The portal's MVC, branding and PDF services on the Web project's content root, without its database or HTTP pipeline.</summary>
    private static async Task<WebApplication> StartAsync(int poolSize)
    {
        var web = Path.Combine(RepositoryRoot(), "src", "CoachRegister.Web");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = web,
            WebRootPath = Path.Combine(web, "wwwroot"),
            EnvironmentName = "Benchmark",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration[$"{PdfOptions.Section}:{nameof(PdfOptions.PoolSize)}"] = poolSize.ToString(CultureInfo.InvariantCulture);
        builder.Configuration[$"{PdfOptions.Section}:{nameof(PdfOptions.QueueLength)}"] = "1000";
        // No database here, so no relationship files to make.
        builder.Configuration[$"{PdfOptions.Section}:{nameof(PdfOptions.RelationshipFileWorkerEnabled)}"] = "false";
        builder.Services.AddPortalBranding(builder.Configuration, builder.Environment);
        builder.Services.AddPortalMvc();
        builder.Services.AddControllersWithViews().AddApplicationPart(typeof(PdfExtensions).Assembly);
        builder.Services.AddPdfDocuments(builder.Configuration, builder.Environment);
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CoachRegister.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from its build output inside the repository.");
    }
}
