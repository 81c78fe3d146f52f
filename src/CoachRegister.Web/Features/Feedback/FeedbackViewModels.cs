using CoachRegister.Domain.Feedback;
using CoachRegister.Web.Features.Relationships;

namespace CoachRegister.Web.Features.Feedback;

public sealed class SessionFeedbackInput
{
    public const int MaxText = 4000;

    public string? WorkedWell { get; set; }
    public string? WorkedLessWell { get; set; }
    public string? CoachCouldDevelop { get; set; }
}

public sealed class RatingInput
{
    public const int MaxText = 4000;

    /// <summary>One score per attribute, posted as Scores[BuildsRapport]=7.</summary>
    public Dictionary<CoachAttribute, int?> Scores { get; set; } = [];
    public string? OverallExperience { get; set; }
    public string? Suggestions { get; set; }
}

public sealed class EvaluationInput
{
    public const int MaxText = 4000;
    public const int MaxLine = 400;

    public string? HowFoundStyle { get; set; }
    public bool? MetExpectations { get; set; }
    public string? MetExpectationsComment { get; set; }
    public bool? WouldRecommend { get; set; }
    public string? HowThingsChanged { get; set; }
    public bool? WouldConsiderCoachingCourse { get; set; }
    public string? Helpful1 { get; set; }
    public string? Helpful2 { get; set; }
    public string? Helpful3 { get; set; }
    public string? Unhelpful1 { get; set; }
    public string? Unhelpful2 { get; set; }
    public string? Unhelpful3 { get; set; }
}

public sealed class FeedbackViewModel<TInput>
{
    public required Partnership Partnership { get; init; }
    public required TInput Input { get; init; }
    /// <summary>Given already (shown to both, no longer changed), or being read by the coach.</summary>
    public bool ReadOnly { get; init; }
    public int? SessionNumber { get; init; }
    public Guid? SessionId { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
}
