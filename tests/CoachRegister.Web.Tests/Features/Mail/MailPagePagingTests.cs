using CoachRegister.Data.Identity;
using CoachRegister.Web.Infrastructure.Email;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CoachRegister.Web.Tests.Infrastructure.Email.EmailTestData;

namespace CoachRegister.Web.Tests.Features.Mail;

public class MailPagePagingTests
{
    [Fact]
    public async Task Picked_up_messages_are_listed_newest_first_twenty_to_a_page()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = new PortalFactory { AddedSettings = new Dictionary<string, string?> { ["Email:DispatcherEnabled"] = "false" }, Time = clock };
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        var subjects = new List<string>();
        for (var i = 1; i <= 21; i++)
        {
            subjects.Add($"Message {i:00}");
            await factory.QueueAndSaveAsync("coach@example.org", subjects[^1]);
            await dispatcher.DispatchBatchAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var client = factory.ClientFor(await factory.CreateUserAsync(Roles.SystemAdmin));

        var first = await client.GetPageAsync("/admin/mail");
        var firstSubjects = first.QuerySelectorAll("td a").Select(a => a.TextContent).ToList();
        Assert.Equal(Enumerable.Reverse(subjects).Take(20), firstSubjects);
        var older = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetPageAsync(older);
        Assert.Equal(["Message 01"], second.QuerySelectorAll("td a").Select(a => a.TextContent));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }
}
