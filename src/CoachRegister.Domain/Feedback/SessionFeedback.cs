using CoachRegister.Domain.Common;

namespace CoachRegister.Domain.Feedback;

/// <summary>
/// The coachee's feedback on the coach: after a session, the short form (003 Appendix B); at the end, the
/// fifteen attribute ratings with the overall comments (004 Appendix 7). It goes to the coach.
/// </summary>
public class CoachFeedback : Entity
{
    public Guid MatchId { get; set; }
    /// <summary>The session the short form is about; null for the end-of-programme rating.</summary>
    public Guid? SessionRecordId { get; set; }
    public string? WorkedWell { get; set; }
    public string? WorkedLessWell { get; set; }
    public string? CoachCouldDevelop { get; set; }
    public string? OverallExperience { get; set; }
    public string? SuggestionsForLowScores { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public List<AttributeRating> Ratings { get; set; } = [];

    public static CoachFeedback ForSession(Guid matchId, Guid sessionId, string? workedWell, string? workedLessWell, string? coachCouldDevelop, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(workedWell) && string.IsNullOrWhiteSpace(workedLessWell) && string.IsNullOrWhiteSpace(coachCouldDevelop))
        {
            throw new RuleBrokenException(Rule.FeedbackEmpty);
        }

        return new CoachFeedback
        {
            MatchId = matchId,
            SessionRecordId = sessionId,
            WorkedWell = workedWell,
            WorkedLessWell = workedLessWell,
            CoachCouldDevelop = coachCouldDevelop,
            SubmittedAt = at,
        };
    }

    /// <summary>The rating at the end: every attribute from 1 to 10, nothing skipped.</summary>
    public static CoachFeedback Rating(Guid matchId, IReadOnlyDictionary<CoachAttribute, int> scores, string? overallExperience, string? suggestions, DateTimeOffset at)
    {
        if (Enum.GetValues<CoachAttribute>().Any(a => !scores.TryGetValue(a, out var score) || score is < 1 or > 10) || scores.Count != Enum.GetValues<CoachAttribute>().Length)
        {
            throw new RuleBrokenException(Rule.RatingIncomplete);
        }

        var feedback = new CoachFeedback
        {
            MatchId = matchId,
            OverallExperience = overallExperience,
            SuggestionsForLowScores = suggestions,
            SubmittedAt = at,
        };
        feedback.Ratings.AddRange(scores.OrderBy(s => s.Key).Select(s => new AttributeRating { CoachFeedbackId = feedback.Id, Attribute = s.Key, Score = s.Value }));
        return feedback;
    }
}

public class AttributeRating : Entity
{
    public Guid CoachFeedbackId { get; set; }
    public CoachAttribute Attribute { get; set; }
    /// <summary>1 to 10.</summary>
    public int Score { get; set; }
}

/// <summary>The fifteen key coach attributes of 004 Appendix 7, in the form's order.</summary>
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

/// <summary>The coachee's evaluation at the end of the programme (000 Appendix 3).</summary>
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

    public static FinalEvaluation Submit(Guid matchId, EvaluationAnswers answers, DateTimeOffset at)
    {
        if (answers.MetExpectations is null || answers.WouldRecommend is null)
        {
            throw new RuleBrokenException(Rule.FeedbackEmpty);
        }

        return new FinalEvaluation
        {
            MatchId = matchId,
            HowFoundStyle = answers.HowFoundStyle,
            MetExpectations = answers.MetExpectations,
            MetExpectationsComment = answers.MetExpectationsComment,
            WouldRecommend = answers.WouldRecommend,
            HowThingsChanged = answers.HowThingsChanged,
            WouldConsiderCoachingCourse = answers.WouldConsiderCoachingCourse,
            Helpful1 = answers.Helpful1,
            Helpful2 = answers.Helpful2,
            Helpful3 = answers.Helpful3,
            Unhelpful1 = answers.Unhelpful1,
            Unhelpful2 = answers.Unhelpful2,
            Unhelpful3 = answers.Unhelpful3,
            SubmittedAt = at,
        };
    }
}

public sealed record EvaluationAnswers(
    string? HowFoundStyle, bool? MetExpectations, string? MetExpectationsComment, bool? WouldRecommend, string? HowThingsChanged,
    bool? WouldConsiderCoachingCourse, string? Helpful1, string? Helpful2, string? Helpful3, string? Unhelpful1, string? Unhelpful2, string? Unhelpful3);
