using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Join;

namespace CoachRegister.Web.Features.Support;

public sealed class SupportInput
{
    public const int MaxCommentLength = 2000;

    /// <summary>Yes (supports), no (does not), or not answered yet.</summary>
    public bool? Supports { get; set; }
    public string? Comment { get; set; }
}

public sealed class SupportViewModel
{
    /// <summary>The application as it waits for the answer, or, once answered, as it was when the manager answered.</summary>
    public required ApplicationSummary Summary { get; init; }
    public required SupportInput Input { get; init; }
    public bool AlreadyAnswered { get; init; }

    /// <summary>The manager's answer as it stands now, read from the application rather than the snapshot.</summary>
    public LineManagerSupport Answer { get; init; }
    public string? AnswerComment { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
}
