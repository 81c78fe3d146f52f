using System.Data.Common;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Tests.Register;

/// <summary>
/// The portal with two test-only additions: a header that signs a request in as a given account (so the
/// register's tests do not depend on the sign-in screens), and a counter of the SQL commands EF sends.
/// </summary>
public class RegisterPortalFactory : PortalFactory
{
    public const string UserHeader = "X-Test-User";

    public SqlCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Commands));
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null)
                .AddPolicyScheme("HeaderOrCookie", null, o => o.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(UserHeader) ? HeaderAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = "HeaderOrCookie";
                o.DefaultAuthenticateScheme = "HeaderOrCookie";
                o.DefaultChallengeScheme = "HeaderOrCookie";
            });
        });
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A client that is signed in as <paramref name="userId"/> on every request.</summary>
    public FormClient ClientFor(Guid userId)
    {
        var client = this.CreateFormClient();
        client.Http.DefaultRequestHeaders.Add(UserHeader, userId.ToString());
        return client;
    }
}

public sealed class HeaderAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestHeader";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var id = Request.Headers[RegisterPortalFactory.UserHeader].ToString();
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AuthenticateResult.Fail("Unknown test user.");
        }

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

/// <summary>Counts the commands EF Core executes, optionally only those whose SQL mentions a table.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly List<string> _commands = [];
    private readonly Lock _gate = new();

    public void Reset()
    {
        lock (_gate)
        {
            _commands.Clear();
        }
    }

    public List<string> Mentioning(string table)
    {
        lock (_gate)
        {
            return _commands.Where(c => c.Contains($"\"{table}\"", StringComparison.Ordinal)).ToList();
        }
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        lock (_gate)
        {
            _commands.Add(result.CommandText);
        }

        return result;
    }
}
