using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.HrApplications;

public sealed class ApplicationRow
{
    public Guid Id { get; init; }
    public required string ApplicantName { get; init; }
    public string? OrganisationName { get; init; }
    public OfferType Offers { get; init; }
    public ApplicationStatus Status { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public int AgeInDays { get; init; }
}

public sealed class ApplicationQueueViewModel
{
    public string? Stage { get; init; }
    public int Total { get; init; }
    public required Pagination Pages { get; init; }
    public List<ApplicationRow> Rows { get; init; } = [];
}

public sealed class InterviewInput
{
    public const int MaxNotesLength = 4000;

    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    /// <summary>Passed or not passed; "not held" is no answer.</summary>
    public InterviewOutcome? Outcome { get; set; }
    public string? Notes { get; set; }
}

public enum HrDecision
{
    Accept = 1,
    Decline = 2,
}

public sealed class DecisionInput
{
    public const int MaxReasonLength = 2000;

    public HrDecision? Decision { get; set; }
    public string? StartDay { get; set; }
    public string? StartMonth { get; set; }
    public string? StartYear { get; set; }
    public string? Reason { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

public sealed class HrApplicationViewModel
{
    public required ApplicationSummary Summary { get; init; }
    public bool AllowsInterview { get; init; }
    public bool MayCoach { get; init; }
    public bool CanDecide { get; init; }

    /// <summary>The scheme team may confirm the line manager the applicant named (not the one on their record).</summary>
    public bool CanConfirmLineManager { get; init; }
    public required InterviewInput Interview { get; init; }
    public required DecisionInput Decision { get; init; }
}
