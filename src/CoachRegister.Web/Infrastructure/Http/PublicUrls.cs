using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Infrastructure.Http;

/// <summary>
/// Absolute addresses for links that leave the portal (e-mails). They start from Portal:PublicBaseUrl when it
/// is set, as it must be in Production, and from the current request only in development and tests; work
/// outside a request there (a scheduled job) links to the address the server listens on.
/// </summary>
public sealed class PublicUrls(IOptions<PortalOptions> options, IHttpContextAccessor accessor, IServer server)
{
    /// <summary>The absolute URL of <paramref name="pathAndQuery"/>, which starts with "/".</summary>
    public string For(string pathAndQuery)
    {
        if (!pathAndQuery.StartsWith('/'))
        {
            throw new ArgumentException("A path inside the portal starts with /.", nameof(pathAndQuery));
        }

        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }

        if (accessor.HttpContext?.Request is { } request)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Portal:PublicBaseUrl is not set and there is no request or server address to take the address from.");
        var host = new UriBuilder(listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (host.Host is "0.0.0.0" or "[::]" or "::")
        {
            host.Host = "localhost";
        }

        return host.Uri.GetLeftPart(UriPartial.Authority) + pathAndQuery;
    }
}
