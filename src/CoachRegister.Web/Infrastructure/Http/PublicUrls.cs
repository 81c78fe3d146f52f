using CoachRegister.Web.Configuration;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Infrastructure.Http;

/// <summary>
/// Absolute addresses for links that leave the portal (e-mails). They start from Portal:PublicBaseUrl when it
/// is set, as it must be in Production, and from the current request only in development and tests.
/// </summary>
public sealed class PublicUrls(IOptions<PortalOptions> options, IHttpContextAccessor accessor)
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

        var request = accessor.HttpContext?.Request
            ?? throw new InvalidOperationException("Portal:PublicBaseUrl is not set and there is no request to take the address from.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
    }
}
