using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoachRegister.Web.Tests.Infrastructure.Email.EmailTestData;

namespace CoachRegister.Web.Tests.Infrastructure.Email;

public class EmailOutboxTests(OutboxPortalFactory factory) : IClassFixture<OutboxPortalFactory>
{
    [Fact]
    public async Task A_queued_message_is_saved_with_the_change_when_the_transaction_commits()
    {
        var subject = UniqueSubject("Committed");
        var code = await QueueWithSchemeInTransactionAsync(subject, commit: true);

        var message = await factory.FindMessageAsync(subject);
        Assert.NotNull(message);
        Assert.Equal("coach@example.org", message.To);
        Assert.Null(message.SentAt);
        Assert.Equal(0, message.Attempts);
        Assert.Contains("You have been matched with a coach.", message.TextBody);
        Assert.Contains("<h1", message.HtmlBody);
        Assert.True(await factory.WithDbAsync(db => db.Schemes.AnyAsync(s => s.Code == code)));
    }

    [Fact]
    public async Task Neither_the_message_nor_the_change_is_saved_when_the_transaction_rolls_back()
    {
        var subject = UniqueSubject("Rolled back");
        var code = await QueueWithSchemeInTransactionAsync(subject, commit: false);

        Assert.Null(await factory.FindMessageAsync(subject));
        Assert.False(await factory.WithDbAsync(db => db.Schemes.AnyAsync(s => s.Code == code)));
    }

    [Fact]
    public async Task Queueing_alone_saves_nothing_until_the_caller_saves()
    {
        var subject = UniqueSubject("Not saved");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
            await outbox.QueueAsync("coach@example.org", NotificationEmail.Template, Notification(subject), English);
        }

        Assert.Null(await factory.FindMessageAsync(subject));
    }

    [Fact]
    public async Task A_welsh_recipient_gets_the_welsh_frame_and_the_thread_keeps_its_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        await using var scope = factory.Services.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<EmailTemplateRenderer>();

        var welsh = await renderer.RenderAsync(NotificationEmail.Template, Notification("Eich paru"), Welsh);
        var english = await renderer.RenderAsync(NotificationEmail.Template, Notification("Your match"), English);

        Assert.Equal("Eich paru", welsh.Subject);
        Assert.Contains("lang=\"cy\"", welsh.HtmlBody);
        Assert.Contains("Cofrestr Hyfforddi a Mentora", welsh.TextBody);
        Assert.Contains("peidiwch ag ymateb iddi", welsh.TextBody);
        Assert.Contains("lang=\"en\"", english.HtmlBody);
        Assert.Contains("Coaching and Mentoring Register", english.TextBody);
        Assert.DoesNotContain("Cofrestr", english.TextBody);
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public async Task The_text_body_keeps_paragraphs_and_the_button_address()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<EmailTemplateRenderer>();

        var email = await renderer.RenderAsync(NotificationEmail.Template, Notification("Your match"), English);

        Assert.Contains("Your coaching match\n\nYou have been matched with a coach.\n\nPlease arrange your first session.", email.TextBody);
        Assert.Contains("Open the register (https://register.example/matches/42)", email.TextBody);
        Assert.DoesNotContain("<", email.TextBody);
    }

    [Fact]
    public async Task Model_text_is_html_encoded_in_the_html_body()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<EmailTemplateRenderer>();
        var model = new NotificationEmail("Hello", "<script>alert(1)</script>", ["Tom & Jerry"]);

        var email = await renderer.RenderAsync(NotificationEmail.Template, model, English);

        Assert.DoesNotContain("<script>", email.HtmlBody);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", email.HtmlBody);
        Assert.Contains("<script>alert(1)</script>", email.TextBody);
        Assert.Contains("Tom & Jerry", email.TextBody);
    }

    [Fact]
    public async Task An_unknown_template_is_refused()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => outbox.QueueAsync("coach@example.org", "NoSuchTemplate", new object(), English));

        Assert.Contains("NoSuchTemplate", error.Message);
    }

    private async Task<string> QueueWithSchemeInTransactionAsync(string subject, bool commit)
    {
        var code = Guid.NewGuid().ToString("N")[..10];
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Schemes.Add(new Scheme { Name = $"Scheme {code}", Code = code });
        await outbox.QueueAsync("coach@example.org", NotificationEmail.Template, Notification(subject), English);
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return code;
    }
}
