using System.Net;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Infrastructure.Email;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoachRegister.Web.Tests.Infrastructure.Email.EmailTestData;

namespace CoachRegister.Web.Tests.Features.Mail;

public class MailPageTests(OutboxPortalFactory factory) : IClassFixture<OutboxPortalFactory>
{
    [Fact]
    public async Task A_system_admin_sees_failing_mail_in_the_queue_and_reads_a_picked_up_message_as_encoded_text()
    {
        var sent = UniqueSubject("Picked up");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
            await outbox.QueueAsync("reader@example.org", NotificationEmail.Template, new NotificationEmail(sent, "Heading", ["<script>alert(1)</script>"]), English);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(CancellationToken.None);
        var waiting = UniqueSubject("Still waiting");
        await factory.QueueAndSaveAsync("waiting@example.org", waiting);
        await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject == waiting).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, 3)
            .SetProperty(m => m.LastError, "SocketException: Connection refused")));
        var client = factory.ClientFor(await factory.CreateUserAsync(Roles.SystemAdmin));

        var index = await client.GetPageAsync("/admin/mail");

        var queueText = index.QuerySelectorAll("table")[0].TextContent;
        Assert.Contains(waiting, queueText);
        Assert.Contains("waiting@example.org", queueText);
        Assert.Contains("SocketException: Connection refused", queueText);
        Assert.DoesNotContain(sent, queueText);
        var link = index.QuerySelectorAll("a").Single(a => a.TextContent == sent);
        var message = await client.GetPageAsync(link.GetAttribute("href")!);
        var body = message.QuerySelector("pre")!;
        Assert.Contains("<script>alert(1)</script>", body.TextContent);
        Assert.Empty(message.QuerySelectorAll("main script"));
        Assert.Contains("reader@example.org", message.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_name_that_is_not_a_pickup_file_is_not_found()
    {
        var client = factory.ClientFor(await factory.CreateUserAsync(Roles.SystemAdmin));

        var response = await client.Http.GetAsync("/admin/mail/..%2F..%2Fportal.db");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("2147483647")]
    [InlineData("abc")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Any_page_number_shows_a_page_in_range(string page)
    {
        var client = factory.ClientFor(await factory.CreateUserAsync(Roles.SystemAdmin));

        var index = await client.GetPageAsync("/admin/mail?page=" + Uri.EscapeDataString(page));

        Assert.Equal("Mail", index.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("<script>alert(1)</script>", index.Source.Text, StringComparison.Ordinal);
    }

    // Through the sign-in form: the redirect to the access-denied page is the cookie scheme's answer.
    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.HrAdmin)]
    public async Task Other_roles_are_refused(string role)
    {
        var user = await factory.CreateUserAsync(role);
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        var response = await client.Http.GetAsync("/admin/mail");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
