using System.Globalization;
using CoachRegister.Web.Infrastructure.Concurrency;
using CoachRegister.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CoachRegister.Web.Configuration;

public static class MvcExtensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("en-GB"), new("cy-GB")];

    public static IServiceCollection AddPortalMvc(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add<FluentValidationFilter>();
                o.Filters.Add<ConflictFilter>();
                o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.Configure<RazorViewEngineOptions>(o =>
        {
            // Feature folders: Features/<Feature>/Views/<Action>.cshtml beside the controller.
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/Views/{0}.cshtml");
            o.ViewLocationFormats.Add("/Views/Shared/{0}.cshtml");
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en-GB");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            // The language the person chose with the switch wins over the browser's; no culture in the query
            // string, so one URL is one page.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        // Validators that hold nothing of a request are built once; the others (async rules on the database) per request.
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, r => IsStateless(r.ValidatorType));
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, r => !IsStateless(r.ValidatorType));
        services.AddScoped<Features.Home.HomeDashboardService>();
        return services;
    }

    private static bool IsStateless(Type validator) =>
        validator.IsDefined(typeof(StatelessValidatorAttribute), inherit: false);

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseCorrelationId();
        app.UsePortalRequestLogging();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseNoStoreForDynamicResponses();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAccounts();
        app.UseAuthorization();
        // Files put into the web root after the build (none in a deployment; the load test's static copies of
        // pages) are served after the same middleware as a page, never in front of it.
        app.UseStaticFiles();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapBrandStyles();
        // The built CSS, JS and images: compressed at build time (gzip and Brotli), fingerprinted and cached as
        // immutable; the layout's asp-append-version links name the fingerprinted files.
        app.MapStaticAssets();
        // Closed by default: a controller action needs a signed-in user unless it says [AllowAnonymous].
        // Applied to the controllers rather than as a fallback policy so an unknown address is a plain 404.
        app.MapControllers().RequireAuthorization().WithStaticAssets();
        return app;
    }
}
