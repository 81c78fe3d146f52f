using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CoachRegister.Web.Infrastructure.Pdf;

/// <summary>
/// Prints HTML to PDF with one headless browser for the whole process and a small pool of pages that are reused:
/// a warm page prints a two-page form in about 100 ms, a new page costs about 300 ms and a new browser seconds.
/// The browser starts on the first request, starts again on the next request after it dies, and is closed with
/// the host. At most <see cref="PdfOptions.PoolSize"/> documents print at once; up to
/// <see cref="PdfOptions.QueueLength"/> more wait their turn, and a burst beyond that is refused straight away
/// with <see cref="PdfUnavailableReason.Busy"/> rather than piling up work the server cannot finish.
/// </summary>
public sealed class PdfPrinter : IHostedService, IAsyncDisposable
{
    /// <summary>
    /// Offline and quiet: no sandbox (the portal's own HTML only, and the sandbox needs privileges a service
    /// account lacks), no GPU, no shared-memory file system (small in containers), and nothing that calls home.
    /// </summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly PdfOptions _options;
    private readonly ILogger<PdfPrinter> _logger;
    private readonly SemaphoreSlim _turns;
    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private readonly Stack<IPage> _idlePages = new();
    private readonly Lock _idleLock = new();
    private int _admitted;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;
    private bool _stopped;
    private bool _disposed;

    public PdfPrinter(IOptions<PdfOptions> options, ILogger<PdfPrinter> logger)
    {
        _options = options.Value;
        _logger = logger;
        _turns = new SemaphoreSlim(_options.PoolSize, _options.PoolSize);
    }

    /// <summary>Whether a browser is running now (false before the first document and after it died).</summary>
    public bool IsBrowserRunning => _browser?.IsConnected == true;

    /// <summary>Pages open in the browser: never more than the pool size, whatever happened to earlier documents.</summary>
    public int OpenPages => _browser?.IsConnected == true ? _context?.Pages.Count ?? 0 : 0;

    /// <summary>Documents printing or waiting for a page now.</summary>
    public int Admitted => Volatile.Read(ref _admitted);

    /// <summary>
    /// Prints <paramref name="html"/> (a whole document, with its styles inline: the page loads nothing from the
    /// network) on A4. Throws <see cref="PdfUnavailableException"/> when no browser is installed, when the printer
    /// is busy, when the document takes too long, or when the browser fails.
    /// </summary>
    public Task<byte[]> PrintAsync(string html, PdfPageSetup setup, CancellationToken ct = default) =>
        PrintAsync(page => page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }), setup, ct);

    /// <summary>
    /// Prints whatever <paramref name="load"/> puts on a pooled page, with the same queue, limits and recovery
    /// (the benchmark loads a saved file this way to compare with <see cref="PrintAsync(string, PdfPageSetup, CancellationToken)"/>).
    /// </summary>
    public async Task<byte[]> PrintAsync(Func<IPage, Task> load, PdfPageSetup setup, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_stopped, this);
        if (Interlocked.Increment(ref _admitted) > _options.PoolSize + _options.QueueLength)
        {
            Interlocked.Decrement(ref _admitted);
            throw Busy($"{_options.PoolSize} documents are printing and {_options.QueueLength} are waiting.");
        }

        try
        {
            if (!await _turns.WaitAsync(_options.QueueTimeout, ct))
            {
                throw Busy($"No page was free within {_options.QueueTimeout.TotalSeconds:0.#} s.");
            }

            try
            {
                return await PrintOnAPageAsync(load, setup, ct);
            }
            finally
            {
                _turns.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    private async Task<byte[]> PrintOnAPageAsync(Func<IPage, Task> load, PdfPageSetup setup, CancellationToken ct)
    {
        var pdfOptions = PdfOptionsFor(setup);

        // A page whose browser was killed while the page sat in the pool fails on first use: the browser is started
        // again and the document printed once more, so the person who asked never sees the crash.
        for (var attempt = 1; ; attempt++)
        {
            IPage? page = null;
            var reusable = false;
            try
            {
                // Starting the browser and opening a page have their own limit, so a cold start does not eat
                // into the document's time.
                using (var starting = CancellationTokenSource.CreateLinkedTokenSource(ct))
                {
                    starting.CancelAfter(_options.LaunchTimeout);
                    page = await TakePageAsync(starting.Token);
                }

                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
                deadline.CancelAfter(_options.DocumentTimeout);
                await WithinAsync(load(page), deadline.Token);
                var pdf = await WithinAsync(page.PdfAsync(pdfOptions), deadline.Token);
                reusable = true;
                return pdf;
            }
            catch (Exception e) when (e is OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
            {
                throw new PdfUnavailableException(
                    PdfUnavailableReason.TimedOut,
                    page is null
                        ? $"The browser did not start within {_options.LaunchTimeout.TotalSeconds:0.#} s."
                        : $"The document did not print within {_options.DocumentTimeout.TotalSeconds:0.#} s.",
                    e);
            }
            catch (PlaywrightException e) when (attempt == 1 && page is not null && !IsConnected(page))
            {
                _logger.LogWarning(e, "The PDF browser had gone away; starting it again for this document.");
            }
            catch (PlaywrightException e)
            {
                throw new PdfUnavailableException(PdfUnavailableReason.Failed, "The browser failed to print the document.", e);
            }
            finally
            {
                if (page is not null)
                {
                    if (reusable)
                    {
                        ReturnPage(page);
                    }
                    else
                    {
                        await DiscardPageAsync(page);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Waits for browser work until the deadline. Work left behind fails once its page is closed; that failure
    /// is observed so it is not reported as an unobserved task exception.
    /// </summary>
    private static async Task<T> WithinAsync<T>(Task<T> work, CancellationToken deadline)
    {
        try
        {
            return await work.WaitAsync(deadline);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            Observe(work);
            throw;
        }
    }

    private static async Task WithinAsync(Task work, CancellationToken deadline)
    {
        try
        {
            await work.WaitAsync(deadline);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            Observe(work);
            throw;
        }
    }

    private static void Observe(Task abandoned) =>
        abandoned.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private static PagePdfOptions PdfOptionsFor(PdfPageSetup setup)
    {
        var decorated = setup.HeaderTemplate.Length > 0 || setup.FooterTemplate.Length > 0;
        return new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = decorated,
            // Chromium prints its own date and URL when a template is empty but the other is not.
            HeaderTemplate = decorated ? EmptyIfBlank(setup.HeaderTemplate) : null,
            FooterTemplate = decorated ? EmptyIfBlank(setup.FooterTemplate) : null,
            Margin = new Margin
            {
                Top = setup.MarginTop,
                Bottom = setup.MarginBottom,
                Left = setup.MarginSide,
                Right = setup.MarginSide,
            },
            // A tagged PDF carries the headings, lists and tables for screen readers; the outline is its bookmarks.
            Tagged = true,
            Outline = true,
        };
    }

    private static string EmptyIfBlank(string template) => template.Length > 0 ? template : "<span></span>";

    private static bool IsConnected(IPage page) => page.Context.Browser?.IsConnected == true;

    private async Task<IPage> TakePageAsync(CancellationToken ct)
    {
        var context = await EnsureBrowserAsync(ct);
        lock (_idleLock)
        {
            while (_idlePages.TryPop(out var idle))
            {
                if (!idle.IsClosed && idle.Context == context)
                {
                    return idle;
                }
            }
        }

        return await WithinAsync(context.NewPageAsync(), ct);
    }

    private void ReturnPage(IPage page)
    {
        lock (_idleLock)
        {
            if (!_stopped && !page.IsClosed && page.Context == _context)
            {
                _idlePages.Push(page);
                return;
            }
        }

        _ = DiscardPageAsync(page);
    }

    /// <summary>
    /// Closes a page that timed out or failed: its state is unknown, so it is not reused. A page that will not
    /// close means the browser is stuck, and the browser is closed too, to be started again on the next request.
    /// </summary>
    private async Task DiscardPageAsync(IPage page)
    {
        if (page.IsClosed || !IsConnected(page))
        {
            return;
        }

        try
        {
            await page.CloseAsync().WaitAsync(CloseTimeout);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            _logger.LogWarning(e, "A PDF page would not close; closing the browser.");
            await CloseBrowserAsync(page.Context.Browser);
        }
    }

    private async Task<IBrowserContext> EnsureBrowserAsync(CancellationToken ct)
    {
        if (_browser?.IsConnected == true && _context is { } running)
        {
            return running;
        }

        await _launchLock.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_stopped, this);
            if (_browser?.IsConnected == true && _context is { } started)
            {
                return started;
            }

            await ForgetBrowserAsync();
            var path = BrowserLocator.Find(_options.BrowserPath);
            if (path is null)
            {
                throw new PdfUnavailableException(
                    PdfUnavailableReason.NoBrowser,
                    "No browser to print PDFs with was found. Looked for: "
                    + string.Join(", ", BrowserLocator.Candidates(_options.BrowserPath))
                    + ". Install one (Debian or Ubuntu: apt-get install chromium; Windows: Microsoft Edge or Google Chrome)"
                    + $" or set {PdfOptions.Section}:{nameof(PdfOptions.BrowserPath)}.");
            }

            _browser = await LaunchAsync(path).WaitAsync(ct);
            _browser.Disconnected += OnDisconnected;
            // No script runs in a document (Razor renders everything on the server) and nothing is fetched.
            _context = await _browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
            _logger.LogInformation("Started the PDF browser {BrowserPath}.", path);
            return _context;
        }
        finally
        {
            _launchLock.Release();
        }
    }

    private async Task<IBrowser> LaunchAsync(string path)
    {
        var launch = new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = LaunchArguments,
            Timeout = (float)_options.LaunchTimeout.TotalMilliseconds,
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _playwright ??= await Playwright.CreateAsync();
                return await _playwright.Chromium.LaunchAsync(launch);
            }
            catch (PlaywrightException e) when (attempt == 1 && _playwright is not null)
            {
                // The driver process may have died with the browser: start a new one and try once more.
                _logger.LogWarning(e, "Could not start the PDF browser; restarting the Playwright driver.");
                _playwright.Dispose();
                _playwright = null;
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                throw new PdfUnavailableException(PdfUnavailableReason.Failed, $"The browser {path} would not start.", e);
            }
        }
    }

    private void OnDisconnected(object? sender, IBrowser browser)
    {
        if (!_stopped && ReferenceEquals(browser, _browser))
        {
            _logger.LogWarning("The PDF browser stopped; it will be started again for the next document.");
        }
    }

    /// <summary>Drops a browser that died, with its pages. Called under the launch lock.</summary>
    private async Task ForgetBrowserAsync()
    {
        lock (_idleLock)
        {
            _idlePages.Clear();
        }

        var old = _browser;
        _browser = null;
        _context = null;
        if (old is not null)
        {
            old.Disconnected -= OnDisconnected;
            await CloseBrowserAsync(old);
        }
    }

    private async Task CloseBrowserAsync(IBrowser? browser)
    {
        if (browser is null)
        {
            return;
        }

        try
        {
            await browser.CloseAsync().WaitAsync(CloseTimeout);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            _logger.LogWarning(e, "The PDF browser did not close cleanly.");
        }
    }

    private static PdfUnavailableException Busy(string detail) =>
        new(PdfUnavailableReason.Busy, "The PDF printer is busy: " + detail);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The host may stop the printer after the container has already disposed it (a test host that is
    // disposed synchronously does so); by then there is nothing left to stop.
    public Task StopAsync(CancellationToken cancellationToken) =>
        _disposed ? Task.CompletedTask : StopCoreAsync(cancellationToken);

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        await _launchLock.WaitAsync(cancellationToken);
        try
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            await ForgetBrowserAsync();
            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _launchLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await StopCoreAsync(CancellationToken.None);
        _launchLock.Dispose();
        _turns.Dispose();
    }
}
