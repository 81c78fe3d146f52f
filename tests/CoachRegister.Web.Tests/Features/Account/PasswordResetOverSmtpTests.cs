using System.Net;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Email;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>The whole reset journey through a real SMTP server on loopback: the link arrives by mail and works.</summary>
public class PasswordResetOverSmtpTests
{
    [Fact]
    public async Task A_reset_email_arrives_over_smtp_and_its_link_sets_a_new_password()
    {
        using var smtp = new SmtpServerFixture();
        await smtp.StartAsync();
        var settings = new Dictionary<string, string?>(smtp.PortalSettings) { ["Email:PollInterval"] = "00:00:00.500" };
        using var factory = new PortalFactory { AddedSettings = settings };
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();

        var asked = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email }, AccountTestExtensions.MainForm);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var delivered = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == user.Email), TimeSpan.FromSeconds(20));
        Assert.Equal("Reset your password", delivered.Subject);
        var link = AccountTestExtensions.LinkIn(delivered.HtmlBody ?? "", "/account/reset-password");
        Assert.Contains(link, delivered.TextBody, StringComparison.Ordinal);
        const string newPassword = "Wandering herons count the tide";

        var reset = await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Password"] = newPassword, ["ConfirmPassword"] = newPassword }, AccountTestExtensions.MainForm);

        Assert.Equal("/account/sign-in", reset.Headers.Location!.OriginalString);
        await factory.CreateFormClient().SignInAsync(user with { Password = newPassword });
    }
}
