using CoachRegister.Web.Features.Documents;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Pdf;
using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Configuration;

public static class PdfExtensions
{
    /// <summary>
    /// Documents as PDFs (ADR 1, docs/pdf.md): the printer (one headless browser for the process, started on the
    /// first document and closed with the host), the renderer of document views, the partnership's documents and HR's relationship files made in the background, and the page shown when a PDF
    /// cannot be made.
    /// </summary>
    public static IServiceCollection AddPdfDocuments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<PdfOptions>()
            .Bind(configuration.GetSection(PdfOptions.Section))
            .ValidateDataAnnotations()
            .Validate(
                o => o.DocumentTimeout > TimeSpan.Zero && o.QueueTimeout >= TimeSpan.Zero && o.LaunchTimeout > TimeSpan.Zero,
                "Pdf:DocumentTimeout and Pdf:LaunchTimeout must be positive, Pdf:QueueTimeout not negative.")
            .Validate(
                o => PrintAssets.ProblemWithLogo(environment.ContentRootPath, o.LogoPath) is null,
                "Pdf:LogoPath must name a .png, .jpg or .svg file of at most 256 KB under the content root.")
            .ValidateOnStart();
        services.AddSingleton<PdfPrinter>();
        services.AddHostedService(sp => sp.GetRequiredService<PdfPrinter>());
        services.AddSingleton<PrintAssets>();
        services.AddScoped<DocumentRenderer>();
        services.AddScoped<PartnershipDocuments>();
        services.AddScoped<RelationshipFileBuilder>();
        services.AddSingleton<RelationshipFileWorker>();
        if (configuration.GetSection(PdfOptions.Section).GetValue(nameof(PdfOptions.RelationshipFileWorkerEnabled), defaultValue: true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<RelationshipFileWorker>());
        }

        services.AddSingleton<PdfUnavailableFilter>();
        services.Configure<MvcOptions>(o => o.Filters.AddService<PdfUnavailableFilter>());
        return services;
    }
}
