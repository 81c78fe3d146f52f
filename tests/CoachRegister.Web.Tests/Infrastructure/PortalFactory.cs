using System.Collections.Concurrent;
using System.Globalization;
using CoachRegister.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>
/// The whole portal through the real HTTP pipeline on its own SQLite file, a copy of the run's migrated
/// <see cref="TemplateDatabase"/>. One factory per test class (IClassFixture); the folder is deleted when
/// the class is done. Test-only additions: a header that signs a request in as an account
/// (<see cref="ClientFor(Guid)"/>), a counter of the SQL commands EF sends, a clock the test can move, the
/// log events in memory, one path that fails (<see cref="FailurePath"/>), and a check on every client that
/// fails the test on a 5xx response.
/// A class that needs other settings derives and overrides <see cref="Settings"/>; a single test can make
/// its own with an object initialiser: <c>new PortalFactory { AddedSettings = smtp.PortalSettings }</c>.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>The request header that signs a request in as the account whose id it holds.</summary>
    public const string UserHeader = "X-Test-User";

    /// <summary>A path that throws after the whole pipeline has run, as a broken page would.</summary>
    public const string FailurePath = "/test/failure";

    public const string FailureMessage = "Secret detail that must never reach the browser";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coachregister-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "portal.db");

    /// <summary>
    /// Settings every test class starts from: admins need not set up two-factor sign-in, the sign-in rate
    /// limit is out of the way, the host does not migrate (its database is a copy of the migrated
    /// template), and no background work runs unless a test starts it. A class that overrides <see cref="Settings"/> keeps these unless it names the same key.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> DefaultSettings = new Dictionary<string, string?>
    {
        ["Accounts:RequireTwoFactorForPrivilegedRoles"] = "false",
        ["Accounts:SignInRateLimit:PermitLimit"] = "10000",
        ["Database:MigrateOnStart"] = "false",
        ["Compliance:NightlyJobEnabled"] = "false",
        ["Coaching:RemindersEnabled"] = "false",
        ["Pdf:RelationshipFileWorkerEnabled"] = "false",
        // The directory's projection is read in the background at times a test does not choose, which would add to
        // the commands the tests count; DirectoryProjectionsTests turn it on.
        ["Directory:ProjectedProfilesLimit"] = "0",
    };

    /// <summary>The e-mail pickup folder: mail "sent" without an SMTP server lands here, never in the source tree.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>The portal's clock unless <see cref="Time"/> is set: real time, moved by its Offset.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>A clock of the test's own instead of <see cref="Clock"/>, such as a FakeTimeProvider that only moves when told.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>The host's environment; "Production" for tests of what Production refuses.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Settings one test adds on top of <see cref="DefaultSettings"/> and <see cref="Settings"/> (an SMTP port, say).</summary>
    public IEnumerable<KeyValuePair<string, string?>> AddedSettings { get; init; } = [];

    /// <summary>The SQL commands EF Core sends, counted from the last Reset (for "no N+1" checks).</summary>
    public SqlCommandCounter Commands { get; } = new();

    /// <summary>Every event the portal logs (Serilog reads sinks from the services).</summary>
    public ConcurrentQueue<LogEvent> LogEvents { get; } = new();

    /// <summary>The logged messages, rendered, one a line.</summary>
    public string LogText => string.Join('\n', LogEvents.Select(e => e.RenderMessage(CultureInfo.InvariantCulture)));

    /// <summary>Extra settings a test class needs (SMTP port, feature switches).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>(DefaultSettings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        if (!File.Exists(DatabasePath))
        {
            TemplateDatabase.CopyTo(DatabasePath);
        }

        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder, "logs", "portal-.log"));
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        foreach (var (key, value) in DefaultSettings.Concat(Settings).Concat(AddedSettings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, FailingPathFilter>();
            services.AddSingleton<ILogEventSink>(new CollectingSink(LogEvents));
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Time ?? Clock);
            services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Commands));
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null)
                .AddPolicyScheme(HeaderAuthenticationHandler.HeaderOrCookie, null, o => o.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(UserHeader) ? HeaderAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = HeaderAuthenticationHandler.HeaderOrCookie;
                o.DefaultAuthenticateScheme = HeaderAuthenticationHandler.HeaderOrCookie;
                o.DefaultChallengeScheme = HeaderAuthenticationHandler.HeaderOrCookie;
            });
        });
    }

    /// <summary>A client with the options of <see cref="WebApplicationFactory{TEntryPoint}.ClientOptions"/> that fails the test on a 5xx.</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <summary>As the framework's CreateClient, with <see cref="ServerErrorCheck"/> outside its redirect and cookie handlers.</summary>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler> { new ServerErrorCheck(LogEvents) };
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    /// <summary>A client (cookies kept, redirects not followed) signed in as <paramref name="userId"/> on every request.</summary>
    public FormClient ClientFor(Guid userId)
    {
        var client = this.CreateFormClient();
        client.Http.DefaultRequestHeaders.Add(UserHeader, userId.ToString());
        return client;
    }

    /// <summary>A client signed in as <paramref name="user"/> on every request.</summary>
    public FormClient ClientFor(TestUser user) => ClientFor(user.UserId);

    /// <summary>Runs work against the portal's database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithServicesAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file can still be held open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    private sealed class CollectingSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }

    private sealed class FailingPathFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // Runs after the portal's own middleware, where no endpoint matched the path.
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == FailurePath ? throw new InvalidOperationException(FailureMessage) : nextMiddleware(context));
        };
    }
}
