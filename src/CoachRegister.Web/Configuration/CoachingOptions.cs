using System.ComponentModel.DataAnnotations;

namespace CoachRegister.Web.Configuration;

/// <summary>Sessions, calendar invites and reminders (section "Coaching").</summary>
public class CoachingOptions
{
    public const string Section = "Coaching";

    /// <summary>The time zone session times are written in (an IANA or Windows id); days for reminders are counted in it too.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>Whether this server runs the reminder job (another server on the same database may instead).</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>How often the reminder job looks for reminders that are due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long one server holds the job's lease; another takes it over only after it runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
}
