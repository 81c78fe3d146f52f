using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (Python's aiosmtpd, from Debian's python3-aiosmtpd) that delivers each message
/// into a maildir. Tests read what arrived with MimeKit, and can stop and restart the server on the same port to
/// see how the portal copes with a mail server that is down.
/// </summary>
public sealed class SmtpServerFixture : IAsyncLifetime, IDisposable
{
    // The python3 first on PATH can be another build without aiosmtpd.
    private const string Python = "/usr/bin/python3";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coachregister-smtp", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public SmtpServerFixture()
    {
        Port = FreePort();
    }

    public int Port { get; }

    public string Host => "127.0.0.1";

    /// <summary>The maildir; aiosmtpd creates it on first start, so it must not exist before.</summary>
    public string MaildirPath => Path.Combine(_folder, "maildir");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Settings that point the portal at this server (loopback, so no TLS).</summary>
    public IDictionary<string, string?> PortalSettings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = Host,
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:Smtp:Timeout"] = "00:00:10",
    };

    public Task InitializeAsync() => StartAsync();

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MaildirPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Python} -m aiosmtpd.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = Stopwatch.StartNew();
        while (!await AcceptsConnectionsAsync())
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with code {process.ExitCode}; is python3-aiosmtpd installed?");
            }

            if (deadline.Elapsed > StartTimeout)
            {
                Stop();
                throw new TimeoutException($"aiosmtpd did not accept connections on port {Port} within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills the server; messages already delivered stay in the maildir.</summary>
    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message delivered so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var delivered = Path.Combine(MaildirPath, "new");
        if (!Directory.Exists(delivered))
        {
            return [];
        }

        return Directory.GetFiles(delivered)
            .Select(f => new FileInfo(f))
            .OrderBy(f => f.LastWriteTimeUtc)
            .Select(f => MimeMessage.Load(f.FullName))
            .ToList();
    }

    public int MessageCount => Directory.Exists(Path.Combine(MaildirPath, "new")) ? Directory.GetFiles(Path.Combine(MaildirPath, "new")).Length : 0;

    /// <summary>Waits for a delivered message that matches, polling the maildir; fails the test on timeout.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var found = Messages().FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (deadline.Elapsed > timeout)
            {
                var subjects = string.Join(", ", Messages().Select(m => m.Subject));
                throw new TimeoutException($"No matching message arrived within {timeout.TotalSeconds} s. Delivered: [{subjects}]");
            }

            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never started.
        }
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
