using System.ComponentModel.DataAnnotations;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>The "Email" section of configuration. Secrets (the SMTP password) come from the environment or user secrets.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@coachregister.invalid";

    public string FromName { get; set; } = "Coaching and Mentoring Register";

    /// <summary>Where messages are written as .eml files when no SMTP host is configured, relative to the content root.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>Run the background dispatcher in this process. Turn off on all but the servers that should send.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a dispatcher owns the messages it claimed; after that another may take them over.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after the first failure; it doubles with each further failure up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts each further failure is logged as an error (the message is still retried).</summary>
    [Range(1, 1000)]
    public int ErrorAfterAttempts { get; set; } = 5;

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesPickupDirectory => string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    /// <summary>Empty: no server, messages go to the pickup directory (development).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>StartTls by default. None is refused unless the host is loopback (a local relay or a test server).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Refuses settings that would send mail in clear text over the network.</summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var smtp = options.Smtp;
        if (options.PollInterval <= TimeSpan.Zero || options.ClaimDuration <= smtp.Timeout || options.RetryBaseDelay <= TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            return ValidateOptionsResult.Fail("Email: PollInterval and RetryBaseDelay must be positive, ClaimDuration longer than Smtp:Timeout, and RetryMaxDelay at least RetryBaseDelay.");
        }

        if (options.UsesPickupDirectory)
        {
            return ValidateOptionsResult.Success;
        }

        if (smtp.Port is < 1 or > 65535 || smtp.Timeout <= TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail("Email:Smtp:Port must be between 1 and 65535 and Email:Smtp:Timeout positive.");
        }

        var encrypted = smtp.Security is SecureSocketOptions.StartTls or SecureSocketOptions.SslOnConnect;
        if (!encrypted && !MailTransport.IsLoopback(smtp.Host))
        {
            return ValidateOptionsResult.Fail(
                $"Email:Smtp:Security is {smtp.Security}, which may send mail unencrypted; only StartTls or SslOnConnect are allowed for {smtp.Host}. None is allowed for a loopback host only.");
        }

        if (!string.IsNullOrEmpty(smtp.Username) && string.IsNullOrEmpty(smtp.Password))
        {
            return ValidateOptionsResult.Fail("Email:Smtp:Username is set but Email:Smtp:Password is empty; supply it from the environment or user secrets.");
        }

        return ValidateOptionsResult.Success;
    }
}
