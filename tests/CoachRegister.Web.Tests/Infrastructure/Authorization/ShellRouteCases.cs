using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>The pages every visitor shares, the error pages, and the system admins' mail pages.</summary>
internal static class ShellRouteCases
{
    [RouteCases]
    public static IEnumerable<RouteCase> Shell() =>
    [
        Get("/", "/"),
        Get("/cookies", "/cookies"),
        Get("/accessibility", "/accessibility"),
        Get("/brand.css", "/brand.css"),
        Get("/health", "/health"),
        Get("/language", "/language?culture=cy-GB&returnUrl=%2Fcookies"),
        new("GET /error", "-", _ => Task.FromResult(new RouteRequest("/error") { ExpectsServerError = true })),
        Get("/error/{statusCode:int}", "/error/404"),
        Get("/admin/mail", "/admin/mail"),
        Get("/admin/mail/{name}", "a message in the pickup folder", async w =>
        {
            var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
            Directory.CreateDirectory(w.Factory.MailFolder);
            await File.WriteAllTextAsync(Path.Combine(w.Factory.MailFolder, name),
                "From: portal@example.test\r\nTo: someone@example.test\r\nSubject: Your application\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\nContent-Type: text/plain\r\n\r\nHello\r\n");
            return $"/admin/mail/{name}";
        }),
    ];

    /// <summary>The account pages: who may open them does not depend on any record, so each has one case.</summary>
    [RouteCases]
    public static IEnumerable<RouteCase> Account()
    {
        foreach (var page in new[]
                 {
                     "", "access-denied", "register", "register/check-your-email", "forgot-password", "forgot-password/check-your-email",
                     "reset-password", "change-password", "sign-in", "sign-in/two-factor", "sign-in/recovery-code", "re-authenticate",
                     "two-factor", "two-factor/set-up", "two-factor/recovery-codes", "two-factor/recovery-codes/new", "two-factor/disable",
                     "two-factor/reset-authenticator", "confirm-email", "resend-confirmation", "change-email", "confirm-email-change",
                 })
        {
            var path = page.Length == 0 ? "/account" : $"/account/{page}";
            yield return Get(path, path);
        }

        foreach (var page in new[]
                 {
                     "register", "forgot-password", "reset-password", "change-password", "sign-in", "sign-in/two-factor", "sign-in/recovery-code",
                     "sign-out", "sign-out-everywhere", "re-authenticate", "two-factor/set-up", "two-factor/recovery-codes/new", "two-factor/disable",
                     "two-factor/reset-authenticator", "confirm-email", "resend-confirmation", "change-email", "confirm-email-change",
                 })
        {
            yield return Post($"/account/{page}", $"/account/{page}");
        }
    }
}
