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
    public required ApplicationSummary Summary { get; init; }
    public required SupportInput Input { get; init; }
    public bool AlreadyAnswered { get; init; }
}
