namespace CoachRegister.Web.Features.Compliance;

public sealed class ComplianceOptions
{
    public const string Section = "Compliance";

    /// <summary>Run the nightly job in this process (every server may: the lease lets one run it).</summary>
    public bool NightlyJobEnabled { get; set; } = true;

    /// <summary>The time of day (UTC) from which the nightly job runs, once a day.</summary>
    public TimeOnly RunAtUtc { get; set; } = new(2, 0);

    /// <summary>How often each server looks whether the job is due.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a lease holds before another server may take over from one that stopped.</summary>
    public TimeSpan LeaseFor { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Where evidence files are kept: outside the web root, relative to the content root unless rooted.</summary>
    public string EvidenceDirectory { get; set; } = "App_Data/evidence";

    /// <summary>The largest evidence file accepted, in bytes.</summary>
    public long MaxEvidenceBytes { get; set; } = 5 * 1024 * 1024;
}
