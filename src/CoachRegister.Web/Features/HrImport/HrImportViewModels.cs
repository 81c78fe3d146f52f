namespace CoachRegister.Web.Features.HrImport;

public enum ImportOutcome
{
    Create,
    Update,
    Unchanged,
    Error,
}

/// <summary>What is wrong with one column of one row; <see cref="Message"/> is in the reader's language.</summary>
public sealed record ImportProblem(string Field, string Message);

public sealed class ImportRow
{
    public int RowNumber { get; init; }
    public string? Email { get; init; }
    public string? Name { get; init; }
    public ImportOutcome Outcome { get; set; }
    public List<ImportProblem> Problems { get; init; } = [];
}

public sealed class ImportPreview
{
    public List<ImportRow> Rows { get; init; } = [];
    public string? FileProblem { get; set; }

    public int Count(ImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    public bool CanApply => FileProblem is null && Rows.Count > 0 && Rows.All(r => r.Outcome != ImportOutcome.Error) && Rows.Any(r => r.Outcome is ImportOutcome.Create or ImportOutcome.Update);
}

/// <summary>A scheme the HR admin may import into, with the code the file names it by.</summary>
public sealed record ImportScheme(string Code, string Name);

public sealed class ImportViewModel
{
    public IReadOnlyList<ImportScheme> Schemes { get; init; } = [];
}

/// <summary>The check of an uploaded file (<see cref="Applied"/> false) or what its import did (true).</summary>
public sealed class ImportPreviewViewModel
{
    public required ImportPreview Preview { get; init; }
    public required string Key { get; init; }
    public bool Applied { get; init; }
}
