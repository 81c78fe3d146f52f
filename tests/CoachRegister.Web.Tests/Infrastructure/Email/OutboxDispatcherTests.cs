using System.Diagnostics;
using CoachRegister.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CoachRegister.Web.Tests.Infrastructure.Email.EmailTestData;

namespace CoachRegister.Web.Tests.Infrastructure.Email;

/// <summary>The dispatcher against a real SMTP server on loopback.</summary>
public class OutboxDispatcherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_background_dispatcher_delivers_a_queued_message_with_text_and_html_parts_in_welsh()
    {
        using var smtp = new SmtpServerFixture();
        await smtp.StartAsync();
        var settings = new Dictionary<string, string?>(smtp.PortalSettings)
        {
            ["Email:FromAddress"] = "register@example.org",
            // Far longer than the test waits: delivery in time shows that saving the message wakes the dispatcher.
            ["Email:PollInterval"] = "00:10:00",
        };
        using var factory = new PortalFactory { AddedSettings = settings };
        var subject = UniqueSubject("Eich paru");

        await factory.QueueAndSaveAsync("hyfforddai@example.org", subject, Welsh);

        var delivered = await smtp.WaitForMessageAsync(m => m.Subject == subject, Patience);
        Assert.Equal("hyfforddai@example.org", Assert.Single(delivered.To.Mailboxes).Address);
        Assert.Equal("register@example.org", Assert.Single(delivered.From.Mailboxes).Address);
        Assert.Contains("Cofrestr Hyfforddi a Mentora", delivered.TextBody);
        Assert.Contains("You have been matched with a coach.", delivered.TextBody);
        Assert.Contains("lang=\"cy\"", delivered.HtmlBody);
        Assert.Contains("href=\"https://register.example/matches/42\"", delivered.HtmlBody);

        var sent = await WaitUntilAsync(async () => await factory.FindMessageAsync(subject) is { SentAt: not null } m ? m : null);
        Assert.Equal(0, sent.Attempts);
        Assert.Null(sent.ClaimedBy);
        Assert.StartsWith(sent.Id.ToString("N"), delivered.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_queued_while_the_server_is_down_is_retried_with_backoff_and_delivered_once_it_is_back()
    {
        using var smtp = new SmtpServerFixture();
        // Whole seconds: the SQLite mapping keeps milliseconds only, and the test compares stored times exactly.
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        var settings = new Dictionary<string, string?>(smtp.PortalSettings)
        {
            ["Email:DispatcherEnabled"] = "false",
            ["Email:RetryBaseDelay"] = "00:01:00",
            ["Email:RetryMaxDelay"] = "00:10:00",
        };
        using var factory = new PortalFactory { AddedSettings = settings, Time = clock };
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        var subject = UniqueSubject("Retried");
        await factory.QueueAndSaveAsync("coach@example.org", subject);

        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        var first = await factory.FindMessageAsync(subject);
        Assert.NotNull(first);
        Assert.Equal(1, first.Attempts);
        Assert.Null(first.SentAt);
        Assert.False(string.IsNullOrWhiteSpace(first.LastError));
        Assert.InRange(first.NextAttemptAt, clock.GetUtcNow().AddSeconds(48), clock.GetUtcNow().AddSeconds(60));

        Assert.Equal(0, await dispatcher.DispatchBatchAsync(CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        var second = await factory.FindMessageAsync(subject);
        Assert.Equal(2, second!.Attempts);
        Assert.InRange(second.NextAttemptAt, clock.GetUtcNow().AddSeconds(96), clock.GetUtcNow().AddSeconds(120));

        await smtp.StartAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));

        var delivered = await smtp.WaitForMessageAsync(m => m.Subject == subject, Patience);
        Assert.Contains("Please arrange your first session.", delivered.TextBody);
        var sent = await factory.FindMessageAsync(subject);
        Assert.Equal(clock.GetUtcNow(), sent!.SentAt);
        Assert.Null(sent.LastError);
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        Assert.Equal(1, smtp.MessageCount);
    }

    [Fact]
    public async Task A_server_that_goes_down_and_comes_back_on_the_same_port_receives_later_mail()
    {
        using var smtp = new SmtpServerFixture();
        await smtp.StartAsync();
        var settings = new Dictionary<string, string?>(smtp.PortalSettings) { ["Email:DispatcherEnabled"] = "false" };
        using var factory = new PortalFactory { AddedSettings = settings };
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();

        await factory.QueueAndSaveAsync("coach@example.org", UniqueSubject("Before"));
        await dispatcher.DispatchBatchAsync(CancellationToken.None);
        smtp.Stop();
        await smtp.StartAsync();
        await factory.QueueAndSaveAsync("coach@example.org", UniqueSubject("After"));
        await dispatcher.DispatchBatchAsync(CancellationToken.None);

        Assert.Equal(2, smtp.MessageCount);
    }

    [Fact]
    public async Task Several_dispatchers_at_once_deliver_each_message_exactly_once()
    {
        using var smtp = new SmtpServerFixture();
        await smtp.StartAsync();
        var settings = new Dictionary<string, string?>(smtp.PortalSettings)
        {
            ["Email:DispatcherEnabled"] = "false",
            ["Email:BatchSize"] = "3",
        };
        using var factory = new PortalFactory { AddedSettings = settings };
        var subjects = Enumerable.Range(1, 24).Select(i => UniqueSubject($"Message {i}")).ToList();
        foreach (var subject in subjects)
        {
            await factory.QueueAndSaveAsync("coach@example.org", subject);
        }

        // Four dispatchers, as four servers would run, all starting on the same due messages at once.
        var dispatchers = Enumerable.Range(0, 4).Select(_ => ActivatorUtilities.CreateInstance<OutboxDispatcher>(factory.Services)).ToList();
        await Task.WhenAll(dispatchers.Select(d => Task.Run(() => DrainAsync(d))));

        var delivered = smtp.Messages().Select(m => m.Subject).ToList();
        Assert.Equal(subjects.Order(), delivered.Order());
        var unsent = await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null));
        Assert.Equal(0, unsent);
    }

    [Fact]
    public async Task A_message_claimed_by_another_dispatcher_is_left_alone_until_the_claim_runs_out()
    {
        using var smtp = new SmtpServerFixture();
        await smtp.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        var settings = new Dictionary<string, string?>(smtp.PortalSettings) { ["Email:DispatcherEnabled"] = "false" };
        using var factory = new PortalFactory { AddedSettings = settings, Time = clock };
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        var subject = UniqueSubject("Claimed elsewhere");
        await factory.QueueAndSaveAsync("coach@example.org", subject);
        var otherDispatcher = Guid.NewGuid();
        await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject == subject).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ClaimedBy, otherDispatcher)
            .SetProperty(m => m.ClaimedUntil, clock.GetUtcNow().AddMinutes(5))));

        Assert.Equal(0, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        Assert.Equal(0, smtp.MessageCount);

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        await smtp.WaitForMessageAsync(m => m.Subject == subject, Patience);
        var sent = await factory.FindMessageAsync(subject);
        Assert.NotNull(sent!.SentAt);
        Assert.Null(sent.ClaimedBy);
    }

    [Fact]
    public async Task Without_an_smtp_host_messages_are_written_to_the_pickup_folder_as_eml_files()
    {
        using var factory = new PortalFactory { AddedSettings = new Dictionary<string, string?> { ["Email:DispatcherEnabled"] = "false" } };
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        var subject = UniqueSubject("Picked up");
        await factory.QueueAndSaveAsync("coach@example.org", subject, Welsh);

        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));

        var file = Assert.Single(Directory.GetFiles(factory.MailFolder, "*.eml"));
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal(subject, message.Subject);
        Assert.Contains("Cofrestr Hyfforddi a Mentora", message.TextBody);
        Assert.NotNull((await factory.FindMessageAsync(subject))!.SentAt);
        var listed = await factory.Services.GetRequiredService<PickupMailbox>().ListAsync(1, 20, CancellationToken.None);
        Assert.Equal(subject, Assert.Single(listed.Messages).Subject);
    }

    private static async Task DrainAsync(OutboxDispatcher dispatcher)
    {
        while (await dispatcher.DispatchBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    private static async Task<T> WaitUntilAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The condition was not met within {Patience.TotalSeconds} s.");
    }
}
