using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Development.Compliance;

namespace CoachRegister.Domain.Development;

/// <summary>
/// An extension HR granted to one practitioner's deadline, with the reason. The checker reads it as a
/// <see cref="ComplianceExtension"/>; it moves the due-soon, not-compliant and pause dates, not what counts.
/// </summary>
public class ComplianceExtensionGrant : Entity
{
    public Guid CoachProfileId { get; set; }
    public RequirementKind Requirement { get; set; }
    public DateOnly OriginalDeadline { get; set; }
    public DateOnly NewDeadline { get; set; }
    public required string Reason { get; set; }
    public Guid? GrantedById { get; set; }
    public DateTimeOffset GrantedAt { get; set; }

    public static ComplianceExtensionGrant Grant(
        Guid coachProfileId, RequirementKind requirement, DateOnly originalDeadline, DateOnly newDeadline, string reason, Guid? byPersonId, DateTimeOffset at)
    {
        if (newDeadline <= originalDeadline || string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleBrokenException(Rule.ExtensionNotLater);
        }

        return new ComplianceExtensionGrant
        {
            CoachProfileId = coachProfileId,
            Requirement = requirement,
            OriginalDeadline = originalDeadline,
            NewDeadline = newDeadline,
            Reason = reason.Trim(),
            GrantedById = byPersonId,
            GrantedAt = at,
        };
    }

    public ComplianceExtension ToExtension() => new(Requirement, OriginalDeadline, NewDeadline, Reason);

    public static RecordParties Parties(Guid schemeId, Guid coachPersonId, Guid? supervisorPersonId) =>
        new(RecordKind.ComplianceExtension, schemeId, CoachPersonId: coachPersonId, SupervisorPersonId: supervisorPersonId);
}

/// <summary>
/// A reminder the nightly job sent, by the identity of <see cref="ComplianceReminder"/>: (profile,
/// requirement, deadline, days before). A unique index on it makes "once each" hold even when two servers
/// run the job at the same moment: the second insert fails and its e-mail is rolled back with it.
/// </summary>
public class ComplianceReminderSent : Entity
{
    public Guid CoachProfileId { get; set; }
    public RequirementKind Requirement { get; set; }
    public DateOnly Deadline { get; set; }
    public int DaysBefore { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

/// <summary>
/// What the nightly job knows of a practitioner between runs: when they joined the register (the start of
/// their compliance years, as a date the set-based queries can compare), the standing it last found, and
/// whether it paused the profile itself, so that it lifts only its own pauses and never one HR made.
/// </summary>
public class ComplianceStanding : IConcurrencyAware
{
    public Guid CoachProfileId { get; set; }
    public DateOnly JoinedOn { get; set; }
    public ComplianceStatus Status { get; set; }
    public DateOnly? CheckedOn { get; set; }
    /// <summary>Set when the job paused the profile for compliance; cleared when it lifts that pause.</summary>
    public DateOnly? PausedForComplianceOn { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Records the job's finding; true when the standing changed (so the practitioner and HR are told once).</summary>
    public bool Record(ComplianceStatus status, DateOnly on)
    {
        var changed = CheckedOn is not null && status != Status;
        Status = status;
        CheckedOn = on;
        return changed;
    }
}
