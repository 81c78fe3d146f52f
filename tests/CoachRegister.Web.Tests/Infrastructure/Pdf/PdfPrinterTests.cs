using CoachRegister.Web.Infrastructure.Pdf;

namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

/// <summary>The printer on real Chromium: the pool, the queue, timeouts, a missing or dying browser.</summary>
[Collection(PdfCollection.Name)]
public sealed class PdfPrinterTests
{
    [Fact]
    public async Task A_request_while_every_page_is_busy_waits_its_turn_on_the_same_page()
    {
        await using var printer = TestDocuments.Printer(o => o.PoolSize = 1);
        await printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain);
        var processes = ChromiumProcesses.Owned().Count;

        var first = PrintTimedAsync(printer, TestDocuments.Table(400));
        var second = PrintTimedAsync(printer, TestDocuments.Small);
        Assert.Equal(2, printer.Admitted);
        var mostPages = 0;
        while (!second.IsCompleted)
        {
            mostPages = Math.Max(mostPages, printer.OpenPages);
            await Task.Delay(10);
        }

        var (firstPdf, firstDone) = await first;
        var (secondPdf, secondDone) = await second;
        Assert.True(PdfContent.Read(firstPdf).Pages.Count > 1);
        Assert.Contains("A small document.", PdfContent.Read(secondPdf).Text, StringComparison.Ordinal);
        Assert.True(secondDone >= firstDone, "The second document should have waited for the first.");
        Assert.Equal(1, mostPages);
        Assert.Equal(1, printer.OpenPages);
        Assert.Equal(0, printer.Admitted);
        await ChromiumProcesses.AssertNoMoreThanAsync(processes);
    }

    [Fact]
    public async Task A_burst_beyond_the_queue_is_told_at_once_to_try_again()
    {
        await using var printer = TestDocuments.Printer(o =>
        {
            o.PoolSize = 1;
            o.QueueLength = 1;
        });

        var printing = printer.PrintAsync(TestDocuments.Table(200), PdfPageSetup.Plain);
        var waiting = printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain);
        var refused = await Assert.ThrowsAsync<PdfUnavailableException>(() => printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain));

        Assert.Equal(PdfUnavailableReason.Busy, refused.Reason);
        Assert.False(waiting.IsCompleted, "The refusal should not have waited for the queue.");
        Assert.NotEmpty(await printing);
        Assert.NotEmpty(await waiting);
        Assert.Equal(1, printer.OpenPages);
    }

    [Fact]
    public async Task A_request_that_waits_too_long_for_a_page_is_told_to_try_again()
    {
        await using var printer = TestDocuments.Printer(o =>
        {
            o.PoolSize = 1;
            o.QueueTimeout = TimeSpan.FromMilliseconds(200);
        });

        // The first request starts the browser, which alone takes far longer than the queue's 200 ms.
        var printing = printer.PrintAsync(TestDocuments.Table(200), PdfPageSetup.Plain);
        var refused = await Assert.ThrowsAsync<PdfUnavailableException>(() => printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain));

        Assert.Equal(PdfUnavailableReason.Busy, refused.Reason);
        Assert.Contains("No page was free within 0.2 s", refused.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await printing);
    }

    [Fact]
    public async Task A_document_that_takes_too_long_fails_clearly_and_leaves_no_page_or_process_behind()
    {
        await using var printer = TestDocuments.Printer(o =>
        {
            o.PoolSize = 1;
            o.DocumentTimeout = TimeSpan.FromSeconds(2);
        });
        await printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain);
        var processes = ChromiumProcesses.Owned().Count;

        // About 180 pages: well over ten seconds to print on this machine.
        var timedOut = await Assert.ThrowsAsync<PdfUnavailableException>(() => printer.PrintAsync(TestDocuments.Table(8000), PdfPageSetup.Plain));

        Assert.Equal(PdfUnavailableReason.TimedOut, timedOut.Reason);
        Assert.Contains("did not print within 2 s", timedOut.Message, StringComparison.Ordinal);
        Assert.Equal(0, printer.OpenPages);
        Assert.Equal(0, printer.Admitted);
        Assert.Contains("A small document.", PdfContent.Read(await printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain)).Text, StringComparison.Ordinal);
        Assert.Equal(1, printer.OpenPages);

        await ChromiumProcesses.AssertNoMoreThanAsync(processes);
    }

    [Fact]
    public async Task With_no_browser_installed_the_error_says_how_to_install_one()
    {
        var processes = ChromiumProcesses.Owned().Count;
        await using var printer = TestDocuments.Printer(o => o.BrowserPath = "/nowhere/chromium");

        var missing = await Assert.ThrowsAsync<PdfUnavailableException>(() => printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain));

        Assert.Equal(PdfUnavailableReason.NoBrowser, missing.Reason);
        Assert.Contains("/nowhere/chromium", missing.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", missing.Message, StringComparison.Ordinal);
        Assert.Contains("Pdf:BrowserPath", missing.Message, StringComparison.Ordinal);
        Assert.False(printer.IsBrowserRunning);
        Assert.Equal(processes, ChromiumProcesses.Owned().Count);
    }

    [Fact]
    public async Task A_browser_killed_mid_life_is_started_again_on_the_next_request()
    {
        var before = ChromiumProcesses.Browsers().Select(b => b.Id).ToHashSet();
        await using var printer = TestDocuments.Printer();
        await printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain);
        var processes = ChromiumProcesses.Owned().Count;
        var browser = Assert.Single(ChromiumProcesses.Browsers(), b => !before.Contains(b.Id));

        using (var process = System.Diagnostics.Process.GetProcessById(browser.Id))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var pdf = await printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain);

        Assert.Contains("A small document.", PdfContent.Read(pdf).Text, StringComparison.Ordinal);
        Assert.True(printer.IsBrowserRunning);
        var relaunched = Assert.Single(ChromiumProcesses.Browsers(), b => !before.Contains(b.Id));
        Assert.NotEqual(browser.Id, relaunched.Id);
        await ChromiumProcesses.AssertNoMoreThanAsync(processes);
    }

    [Fact]
    public async Task A_document_caught_in_a_browser_crash_is_printed_again_on_a_new_browser()
    {
        var before = ChromiumProcesses.Browsers().Select(b => b.Id).ToHashSet();
        await using var printer = TestDocuments.Printer(o => o.PoolSize = 1);
        await printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain);
        var browser = Assert.Single(ChromiumProcesses.Browsers(), b => !before.Contains(b.Id));

        // About 45 pages: seconds to print, so the browser dies in the middle of it.
        var printing = printer.PrintAsync(TestDocuments.Table(2000), PdfPageSetup.Plain);
        await Task.Delay(300);
        Assert.False(printing.IsCompleted, "The document should still be printing when the browser is killed.");
        using (var process = System.Diagnostics.Process.GetProcessById(browser.Id))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var pdf = PdfContent.Read(await printing);

        Assert.Contains("Row 1999", pdf.Pages[^1], StringComparison.Ordinal);
        Assert.NotEqual(browser.Id, Assert.Single(ChromiumProcesses.Browsers(), b => !before.Contains(b.Id)).Id);
        Assert.Equal(1, printer.OpenPages);
    }

    [Fact]
    public async Task Stopping_the_host_closes_the_browser()
    {
        var processes = ChromiumProcesses.Owned().Count;
        var printer = TestDocuments.Printer(o => o.PoolSize = 2);
        await Task.WhenAll(
            printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain),
            printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain));
        Assert.True(ChromiumProcesses.Owned().Count > processes);
        Assert.Equal(2, printer.OpenPages);

        await printer.StopAsync(CancellationToken.None);

        Assert.False(printer.IsBrowserRunning);
        Assert.Equal(processes, await ChromiumProcesses.SettleAtAsync(processes));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => printer.PrintAsync(TestDocuments.Small, PdfPageSetup.Plain));
        await printer.DisposeAsync();
    }

    private static async Task<(byte[] Pdf, long Done)> PrintTimedAsync(PdfPrinter printer, string html)
    {
        var pdf = await printer.PrintAsync(html, PdfPageSetup.Plain);
        return (pdf, System.Diagnostics.Stopwatch.GetTimestamp());
    }
}
