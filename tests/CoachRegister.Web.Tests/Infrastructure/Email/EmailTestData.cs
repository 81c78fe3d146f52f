using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Data.Outbox;
using CoachRegister.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Email;

public static class EmailTestData
{
    public static readonly CultureInfo English = new("en-GB");
    public static readonly CultureInfo Welsh = new("cy-GB");

    public static NotificationEmail Notification(string subject) => new(
        subject,
        "Your coaching match",
        ["You have been matched with a coach.", "Please arrange your first session."],
        "Open the register",
        "https://register.example/matches/42");

    /// <summary>Queues a notification and saves it, as a feature would after its own change.</summary>
    public static async Task QueueAndSaveAsync(this PortalFactory factory, string to, string subject, CultureInfo? culture = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
        await outbox.QueueAsync(to, NotificationEmail.Template, Notification(subject), culture ?? English);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    public static Task<OutboxMessage?> FindMessageAsync(this PortalFactory factory, string subject) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Subject == subject));

    public static string UniqueSubject(string what) => $"{what} {Guid.NewGuid():N}";
}
