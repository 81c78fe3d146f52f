using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Configuration;

public static class BrandingExtensions
{
    public const string BrandStylesPath = "/brand.css";

    public static IServiceCollection AddPortalBranding(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<PortalOptions>()
            .Bind(configuration.GetSection(PortalOptions.Section))
            .ValidateDataAnnotations()
            .Validate(
                o => !environment.IsProduction() || !string.IsNullOrWhiteSpace(o.PublicBaseUrl),
                "Portal:PublicBaseUrl must be set in Production: e-mail links are built from it.")
            .ValidateOnStart();
        services.AddSingleton<BrandStyles>();
        services.AddScoped<Infrastructure.Http.PublicUrls>();
        return services;
    }

    /// <summary>
    /// The organisation's colour as a style sheet, so the Content-Security-Policy needs no inline styles. Its URL
    /// carries a hash of the content, so browsers may keep it for a year. Anonymous: the sign-in page needs it too.
    /// </summary>
    public static IEndpointRouteBuilder MapBrandStyles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(BrandStylesPath, (HttpContext context, BrandStyles styles) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            context.Response.Headers.ETag = $"\"{styles.Version}\"";
            return Results.Text(styles.Css, "text/css; charset=utf-8");
        }).AllowAnonymous();
        return endpoints;
    }
}

/// <summary>The brand style sheet, built once from <see cref="PortalOptions"/>.</summary>
public sealed class BrandStyles
{
    public BrandStyles(IOptions<PortalOptions> options)
    {
        // BrandColour is validated as #rrggbb on start, so it cannot break out of the declaration.
        var colour = options.Value.BrandColour;
        Css = $$"""
            .govuk-generic-header{background-color:{{colour}}}
            .govuk-service-navigation{border-bottom-color:{{colour}}}
            .govuk-footer{border-top-color:{{colour}}}
            """;
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))[..12];
    }

    public string Css { get; }

    public string Version { get; }

    public string Url => $"{BrandingExtensions.BrandStylesPath}?v={Version}";
}
