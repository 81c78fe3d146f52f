using CoachRegister.Domain.Confidentiality;

namespace CoachRegister.Domain.Tests.Confidentiality;

public class AccessMatrixTests
{
    [Fact]
    public void The_documented_matrix_is_the_matrix_the_code_enforces()
    {
        var documented = ReadDocumentedMatrix();

        Assert.Equal(Enum.GetValues<RecordKind>().Length, documented.Count);
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            Assert.True(documented.ContainsKey(kind), $"docs/confidentiality.md has no row for {kind}.");
            foreach (var relationship in AccessMatrix.Columns)
            {
                Assert.True(
                    documented[kind][relationship] == AccessMatrix.For(kind, relationship),
                    $"{kind} / {relationship}: docs say {documented[kind][relationship]}, code says {AccessMatrix.For(kind, relationship)}.");
            }
        }
    }

    [Theory]
    [InlineData(RecordKind.PrivateGoal)]
    [InlineData(RecordKind.SessionContent)]
    [InlineData(RecordKind.MeetingPreparation)]
    [InlineData(RecordKind.ReflectiveLog)]
    [InlineData(RecordKind.Feedback)]
    public void A_line_manager_never_sees_coaching_content(RecordKind kind) =>
        Assert.Equal(Access.None, AccessMatrix.For(kind, Relationship.LineManager));

    [Fact]
    public void A_line_manager_sees_shared_goals_but_cannot_change_them() =>
        Assert.Equal(Access.Read, AccessMatrix.For(RecordKind.SharedGoal, Relationship.LineManager));

    [Theory]
    [InlineData(RecordKind.SessionContent)]
    [InlineData(RecordKind.PrivateGoal)]
    [InlineData(RecordKind.SharedGoal)]
    [InlineData(RecordKind.ReflectiveLog)]
    [InlineData(RecordKind.Agreement)]
    [InlineData(RecordKind.Feedback)]
    [InlineData(RecordKind.FinalEvaluation)]
    public void Hr_sees_figures_not_content(RecordKind kind)
    {
        Assert.Equal(Access.None, AccessMatrix.For(kind, Relationship.HrAdmin));
        Assert.Equal(Access.Read, AccessMatrix.For(RecordKind.ActivityFigures, Relationship.HrAdmin));
    }

    [Fact]
    public void Only_the_coach_reads_the_reflective_log()
    {
        var readers = AccessMatrix.Columns.Where(r => AccessMatrix.For(RecordKind.ReflectiveLog, r) >= Access.Read);

        Assert.Equal([Relationship.Coach], readers);
    }

    [Fact]
    public void System_admins_see_no_coaching_content_and_no_applications_only_scheme_and_account_settings()
    {
        var visible = Enum.GetValues<RecordKind>().Where(k => AccessMatrix.For(k, Relationship.SystemAdmin) > Access.None);

        Assert.Equal([RecordKind.SchemeSettings, RecordKind.SchemeAdministrators, RecordKind.OrganisationRegistration], visible);
    }

    [Fact]
    public void The_documented_state_limits_are_the_limits_the_code_enforces()
    {
        var documented = ReadTable("states")
            .ToDictionary(cells => (Enum.Parse<RecordKind>(cells[0]), Enum.Parse<RecordState>(cells[1])), cells => cells[2..].Select(ParseAccess).ToArray());
        var enforced = Enum.GetValues<RecordKind>()
            .SelectMany(kind => RecordStates.NarrowingStates(kind).Select(state => (kind, state)))
            .ToList();

        Assert.Equal(enforced.Order().ToArray(), documented.Keys.Order().ToArray());
        foreach (var (kind, state) in enforced)
        {
            for (var i = 0; i < AccessMatrix.Columns.Length; i++)
            {
                Assert.True(
                    documented[(kind, state)][i] == RecordStates.Limit(kind, state, AccessMatrix.Columns[i]),
                    $"{kind} {state} / {AccessMatrix.Columns[i]}: docs say {documented[(kind, state)][i]}, code says {RecordStates.Limit(kind, state, AccessMatrix.Columns[i])}.");
            }
        }
    }

    private static Dictionary<RecordKind, Dictionary<Relationship, Access>> ReadDocumentedMatrix()
    {
        var lines = ReadTable("matrix", headerCells: 1);
        return lines.ToDictionary(
            cells => Enum.Parse<RecordKind>(cells[0]),
            cells => AccessMatrix.Columns.Select((relationship, i) => (relationship, access: ParseAccess(cells[i + 1])))
                .ToDictionary(x => x.relationship, x => x.access));
    }

    /// <summary>The rows of the table between the markers, after checking its relationship columns.</summary>
    private static List<string[]> ReadTable(string marker, int headerCells = 2)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "confidentiality.md"))
            .SkipWhile(l => !l.Contains($"{marker}:start", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(l => !l.Contains($"{marker}:end", StringComparison.Ordinal))
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        Assert.True(lines.Count > 2, $"docs/confidentiality.md has no {marker} table.");
        Assert.Equal(AccessMatrix.Columns, lines[0].Skip(headerCells).Select(Enum.Parse<Relationship>).ToArray());
        return lines.Skip(2).ToList();
    }

    private static Access ParseAccess(string cell) => cell switch
    {
        "W" => Access.Write,
        "R" => Access.Read,
        "-" => Access.None,
        var other => throw new FormatException($"Unknown cell '{other}' in docs/confidentiality.md."),
    };

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoachRegister.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("CoachRegister.sln not found above the test folder.");
    }
}
