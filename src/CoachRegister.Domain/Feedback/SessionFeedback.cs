using CoachRegister.Domain.Common;

namespace CoachRegister.Domain.Feedback;

/// <summary>The coachee's feedback on the coach: free text and the fifteen attribute ratings.</summary>
public class CoachFeedback : Entity
{
    public Guid MatchId { get; set; }
    public Guid? SessionRecordId { get; set; }
    public string? WorkedWell { get; set; }
    public string? WorkedLessWell { get; set; }
    public string? CoachCouldDevelop { get; set; }
    public int? OverallExperience { get; set; }
    public string? SuggestionsForLowScores { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public List<AttributeRating> Ratings { get; set; } = [];
}

public class AttributeRating : Entity
{
    public Guid CoachFeedbackId { get; set; }
    public CoachAttribute Attribute { get; set; }
    /// <summary>1 to 10.</summary>
    public int Score { get; set; }
}

public enum CoachAttribute
{
    BuildsRapport = 1,
    NonJudgemental = 2,
    Listening = 3,
    QuestioningForSelfReflection = 4,
    StructuredApproach = 5,
    Friendly = 6,
    HelpsSetGoals = 7,
    Empathy = 8,
    Respect = 9,
    Supportive = 10,
    MaintainsConfidentiality = 11,
    Patience = 12,
    GivesFeedbackWhenAppropriate = 13,
    AcceptsFeedback = 14,
    HelpsAchieveGoals = 15,
}

/// <summary>The coachee's evaluation at the end of the programme.</summary>
public class FinalEvaluation : Entity
{
    public Guid MatchId { get; set; }
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
    public DateTimeOffset SubmittedAt { get; set; }
}
