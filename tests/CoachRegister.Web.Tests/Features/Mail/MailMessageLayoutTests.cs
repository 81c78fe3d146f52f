using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using MimeKit;

namespace CoachRegister.Web.Tests.Features.Mail;

/// <summary>The mail viewer obeys the content security policy (no inline style) and wraps long links.</summary>
public class MailMessageLayoutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_message_with_a_long_link_is_shown_with_a_wrapping_class_and_no_inline_style()
    {
        var link = "https://coaching.example.org/account/reset-password?userId=" + Guid.NewGuid() + "&code=" + new string('Q', 600);
        var name = $"20261201T120000000-{Guid.NewGuid():N}.eml";
        Directory.CreateDirectory(factory.MailFolder);
        var message = new MimeMessage { Subject = "Reset your password", Date = DateTimeOffset.UtcNow, Body = new TextPart("plain") { Text = "Follow the link:\n" + link } };
        message.From.Add(new MailboxAddress("Register", "no-reply@example.org"));
        message.To.Add(new MailboxAddress("Reader", "reader@example.org"));
        await message.WriteToAsync(Path.Combine(factory.MailFolder, name));
        var client = factory.CreateFormClient();
        await client.SignInAsync(await factory.CreateUserAsync(Roles.SystemAdmin));

        var page = await client.GetPageAsync($"/admin/mail/{name}");
        var css = await client.Http.GetStringAsync("/css/app.css");

        var text = page.QuerySelector("main pre")!;
        Assert.Contains(link, text.TextContent, StringComparison.Ordinal);
        Assert.Contains("app-mail-text", text.ClassList);
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Matches(@"\.app-mail-text\{[^}]*overflow-wrap:anywhere", css);
    }
}
