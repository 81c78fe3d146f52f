using CoachRegister.Web.Infrastructure.Email;
using MailKit.Security;

namespace CoachRegister.Web.Tests.Infrastructure.Email;

public class RetryScheduleTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(500, 60)]
    public void Without_jitter_the_delay_doubles_from_the_base_up_to_the_cap(int attempts, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), RetrySchedule.Delay(attempts, Minute, Hour, jitter: 0));
    }

    [Fact]
    public void Jitter_shortens_the_delay_by_at_most_a_fifth_and_never_exceeds_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(48), RetrySchedule.Delay(1, Minute, Hour, jitter: 1));
        Assert.Equal(TimeSpan.FromMinutes(48), RetrySchedule.Delay(20, Minute, Hour, jitter: 1));
    }
}

public class EmailOptionsValidatorTests
{
    private static EmailOptions Smtp(string host, SecureSocketOptions security) =>
        new() { Smtp = new SmtpOptions { Host = host, Security = security } };

    [Theory]
    [InlineData(SecureSocketOptions.None)]
    [InlineData(SecureSocketOptions.Auto)]
    [InlineData(SecureSocketOptions.StartTlsWhenAvailable)]
    public void Settings_that_may_send_in_clear_text_to_a_remote_host_are_refused(SecureSocketOptions security)
    {
        Assert.True(new EmailOptionsValidator().Validate(null, Smtp("smtp.example.org", security)).Failed);
    }

    [Theory]
    [InlineData("smtp.example.org", SecureSocketOptions.StartTls)]
    [InlineData("smtp.example.org", SecureSocketOptions.SslOnConnect)]
    [InlineData("127.0.0.1", SecureSocketOptions.None)]
    [InlineData("localhost", SecureSocketOptions.None)]
    [InlineData("::1", SecureSocketOptions.None)]
    public void Encrypted_connections_and_plain_loopback_are_accepted(string host, SecureSocketOptions security)
    {
        Assert.True(new EmailOptionsValidator().Validate(null, Smtp(host, security)).Succeeded);
    }

    [Fact]
    public void The_portal_refuses_to_start_with_clear_text_smtp_to_a_remote_host()
    {
        using var factory = new PortalFactory
        {
            AddedSettings = new Dictionary<string, string?>
            {
                ["Email:Smtp:Host"] = "smtp.example.org",
                ["Email:Smtp:Security"] = "None",
            },
        };

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("may send mail unencrypted", error.ToString());
    }

    [Fact]
    public void A_username_without_a_password_is_refused()
    {
        var options = Smtp("smtp.example.org", SecureSocketOptions.StartTls);
        options.Smtp.Username = "portal";

        Assert.True(new EmailOptionsValidator().Validate(null, options).Failed);
    }
}

public class PlainTextTests
{
    [Fact]
    public void Blocks_become_paragraphs_and_lists_get_dashes()
    {
        var text = PlainText.FromHtml("<html><head><title>T</title><style>p{}</style></head><body><h1>Title</h1><p>One\n   two</p><ul><li>A</li><li>B</li></ul><p>Line<br>break</p></body></html>");

        Assert.Equal("Title\n\nOne two\n\n- A\n- B\n\nLine\nbreak\n", text);
    }

    [Fact]
    public void Links_keep_their_address_unless_it_is_the_text()
    {
        var text = PlainText.FromHtml("<p><a href=\"https://a.example/x\">Open</a> and <a href=\"https://b.example/\">https://b.example/</a></p>");

        Assert.Equal("Open (https://a.example/x) and https://b.example/\n", text);
    }

    [Fact]
    public void Script_content_is_left_out_and_entities_are_decoded()
    {
        var text = PlainText.FromHtml("<p>Tom &amp; Jerry</p><script>alert(1)</script>");

        Assert.Equal("Tom & Jerry\n", text);
    }
}
