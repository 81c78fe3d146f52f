using CoachRegister.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Infrastructure;

/// <summary>
/// One portal and one headless Chromium for an E2E collection. Debian's Chromium is used as it is
/// installed (Playwright's own browser download cannot run here); override with E2E_CHROMIUM.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _signedInState = [];
    private readonly SemaphoreSlim _signInLock = new(1, 1);
    private IPlaywright? _playwright;

    public PortalServer Portal { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("E2E_CHROMIUM") is { Length: > 0 } path ? path : "/usr/lib/chromium/chromium";

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) at the portal's address.</summary>
    public async Task<IPage> NewPageAsync(string? locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A page signed in as <paramref name="email"/>. The first time, it signs in through the real form;
    /// later pages reuse the saved browser state, as a person who stays signed in would.
    /// </summary>
    public async Task<IPage> NewSignedInPageAsync(string email, string? locale = "en-GB", string password = DemoSeeder.Password)
    {
        await _signInLock.WaitAsync();
        try
        {
            if (!_signedInState.TryGetValue(email, out var state))
            {
                state = await SignInThroughTheFormAsync(email, password);
            }

            var context = await NewContextAsync(state, locale);
            if (!await IsSignedInAsync(context))
            {
                // Another test ended the session (a new security stamp signs out every device): sign in again.
                await context.CloseAsync();
                context = await NewContextAsync(await SignInThroughTheFormAsync(email, password), locale);
            }

            return await context.NewPageAsync();
        }
        finally
        {
            _signInLock.Release();
        }
    }

    private async Task<string> SignInThroughTheFormAsync(string email, string password)
    {
        var page = await NewPageAsync();
        await page.SignInAsync(email, password);
        var state = await page.Context.StorageStateAsync();
        _signedInState[email] = state;
        await page.Context.CloseAsync();
        return state;
    }

    private Task<IBrowserContext> NewContextAsync(string state, string? locale) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseUrl,
            Locale = locale,
            StorageState = state,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    private static async Task<bool> IsSignedInAsync(IBrowserContext context)
    {
        var response = await context.APIRequest.GetAsync("/account", new() { MaxRedirects = 0 });
        return response.Ok;
    }

    /// <summary>Fails the collection when any request of its tests got a server error (see <see cref="ServerErrors"/>).</summary>
    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        var errors = Portal.ServerErrors.Seen.ToList();
        await Portal.DisposeAsync();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The portal answered with a server error: " + string.Join("; ", errors));
        }
    }
}

/// <summary>
/// The register, account and shell tests. They run beside <see cref="MatchingPortalCollection"/>, each collection
/// with its own portal, database and browser, so the two halves of the suite use both cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "portal";
}

/// <summary>The matching and relationship journeys, on a portal of their own (see <see cref="PortalCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class MatchingPortalCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "matching portal";
}
