namespace CoachRegister.Web.Features.ReflectiveLog;

public sealed class LogEntryInput
{
    public const int MaxText = 4000;

    public Guid? Stamp { get; set; }
    public DateOnly? EntryDate { get; set; }
    public Guid? MatchId { get; set; }
    public int? SessionNumber { get; set; }
    public string? Introduction { get; set; }
    public string? Rapport { get; set; }
    public string? WentWell { get; set; }
    public string? Challenges { get; set; }
    public string? UsefulToKnowBefore { get; set; }
    public string? Surprises { get; set; }
    public string? KeyLearning { get; set; }
    public string? DoDifferently { get; set; }
    public string? NextSessionFocus { get; set; }
    public string? Goal { get; set; }
    public string? Reality { get; set; }
    public string? Options { get; set; }
    public string? WayForward { get; set; }
    public string? Reflection { get; set; }

    /// <summary>The questions of 004 Appendix 8 in the form's order: field name and English label.</summary>
    public static readonly (string Name, string Label)[] Questions =
    [
        (nameof(Introduction), "Introduction: contracting, or reviewing progress since the last session"),
        (nameof(Rapport), "How successful were you at building rapport with the coachee?"),
        (nameof(WentWell), "What went really well?"),
        (nameof(Challenges), "What were the main challenges or difficulties?"),
        (nameof(UsefulToKnowBefore), "Did you find out anything that would have been useful to know before the session?"),
        (nameof(Surprises), "Did anything surprise you?"),
        (nameof(KeyLearning), "What are your key learning points?"),
        (nameof(DoDifferently), "What will you do differently next time?"),
        (nameof(NextSessionFocus), "Focus or preparation needed for the next session"),
        (nameof(Goal), "Goal: what does the coachee want to achieve and why?"),
        (nameof(Reality), "Reality: what is actually happening at the moment, and why?"),
        (nameof(Options), "Options: what choices does the coachee have, and their pros and cons?"),
        (nameof(WayForward), "Way forward: the agreed action plan, who will do what, by when?"),
        (nameof(Reflection), "General reflections or feedback"),
    ];

    public string? Answer(string name) => name switch
    {
        nameof(Introduction) => Introduction,
        nameof(Rapport) => Rapport,
        nameof(WentWell) => WentWell,
        nameof(Challenges) => Challenges,
        nameof(UsefulToKnowBefore) => UsefulToKnowBefore,
        nameof(Surprises) => Surprises,
        nameof(KeyLearning) => KeyLearning,
        nameof(DoDifferently) => DoDifferently,
        nameof(NextSessionFocus) => NextSessionFocus,
        nameof(Goal) => Goal,
        nameof(Reality) => Reality,
        nameof(Options) => Options,
        nameof(WayForward) => WayForward,
        _ => Reflection,
    };
}

public sealed record LogCoachee(Guid MatchId, string Name);

public sealed record LogRow(Guid Id, DateOnly EntryDate, string? CoacheeName, int? SessionNumber, string? KeyLearning);

public sealed class LogIndexViewModel
{
    public required bool HasProfile { get; init; }
    public required IReadOnlyList<LogRow> Entries { get; init; }
}

public sealed class LogEntryViewModel
{
    public required LogEntryInput Input { get; init; }
    public required IReadOnlyList<LogCoachee> Coachees { get; init; }
    public Guid? EntryId { get; init; }
}
