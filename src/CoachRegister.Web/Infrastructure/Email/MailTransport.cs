using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>
/// Delivers MIME messages: to the configured SMTP server, or, when no host is configured (development),
/// as .eml files in the pickup directory that system administrators can read at /admin/mail.
/// </summary>
public sealed class MailTransport(IOptionsMonitor<EmailOptions> options, IHostEnvironment environment)
{
    public string PickupDirectory => ResolvePickupDirectory(options.CurrentValue, environment);

    public static string ResolvePickupDirectory(EmailOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.PickupDirectory));

    /// <summary>Opens a session for one batch: one SMTP connection serves all its messages.</summary>
    public async Task<IMailSession> OpenAsync(CancellationToken ct)
    {
        var current = options.CurrentValue;
        if (current.UsesPickupDirectory)
        {
            var folder = ResolvePickupDirectory(current, environment);
            Directory.CreateDirectory(folder);
            return new PickupSession(folder);
        }

        var smtp = current.Smtp;
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, ct);
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password ?? string.Empty, ct);
            }

            return new SmtpSession(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public static bool IsLoopback(string? host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    public interface IMailSession : IAsyncDisposable
    {
        Task SendAsync(MimeMessage message, CancellationToken ct);
    }

    private sealed class SmtpSession(SmtpClient client) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct) => await client.SendAsync(message, ct);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or SslHandshakeException)
            {
                // The messages are sent already; a server that drops the connection before QUIT changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }

    private sealed class PickupSession(string folder) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            // Written under a temporary name and renamed, so the admin page never reads half a file.
            var name = $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}";
            var temporary = Path.Combine(folder, name + ".tmp");
            await message.WriteToAsync(temporary, ct);
            File.Move(temporary, Path.Combine(folder, name + ".eml"));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
