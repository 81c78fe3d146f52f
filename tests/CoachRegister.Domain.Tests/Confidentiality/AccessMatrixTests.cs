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
    public void System_admins_see_no_coaching_content()
    {
        var visible = Enum.GetValues<RecordKind>().Where(k => AccessMatrix.For(k, Relationship.SystemAdmin) > Access.None);

        Assert.Empty(visible);
    }

    [Fact]
    public void A_coachee_who_is_also_hr_admin_reads_own_session_content_through_being_the_coachee()
    {
        var coachee = Guid.NewGuid();
        var parties = new RecordParties(RecordKind.SessionContent, CoachPersonId: Guid.NewGuid(), CoacheePersonId: coachee);

        Assert.True(parties.Allows(coachee, isHrAdmin: true, isSystemAdmin: false, Access.Read));
        Assert.False(parties.Allows(coachee, isHrAdmin: true, isSystemAdmin: false, Access.Write));
        Assert.False(parties.Allows(Guid.NewGuid(), isHrAdmin: true, isSystemAdmin: false, Access.Read));
    }

    [Fact]
    public void A_stranger_is_other_staff_and_reads_only_profiles()
    {
        var parties = new RecordParties(RecordKind.Profile, CoachPersonId: Guid.NewGuid());
        var stranger = Guid.NewGuid();

        Assert.Equal([Relationship.OtherStaff], parties.RelationshipsOf(stranger, false, false));
        Assert.True(parties.Allows(stranger, false, false, Access.Read));
        Assert.False(parties.Allows(stranger, false, false, Access.Write));
    }

    [Fact]
    public void A_system_admin_reads_published_profiles_as_any_member_of_staff_does()
    {
        var profile = new RecordParties(RecordKind.Profile, CoachPersonId: Guid.NewGuid());

        Assert.True(profile.Allows(Guid.NewGuid(), isHrAdmin: false, isSystemAdmin: true, Access.Read));
        Assert.False(profile.Allows(Guid.NewGuid(), isHrAdmin: false, isSystemAdmin: true, Access.Write));
    }

    [Fact]
    public void The_line_manager_of_the_coachee_cannot_read_a_private_goal()
    {
        var manager = Guid.NewGuid();
        var privateGoal = new RecordParties(RecordKind.PrivateGoal, Guid.NewGuid(), Guid.NewGuid(), LineManagerPersonId: manager);
        var sharedGoal = privateGoal with { Kind = RecordKind.SharedGoal };

        Assert.False(privateGoal.Allows(manager, false, false, Access.Read));
        Assert.True(sharedGoal.Allows(manager, false, false, Access.Read));
    }

    private static Dictionary<RecordKind, Dictionary<Relationship, Access>> ReadDocumentedMatrix()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "confidentiality.md"))
            .SkipWhile(l => !l.Contains("matrix:start", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(l => !l.Contains("matrix:end", StringComparison.Ordinal))
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

        var header = lines[0].Skip(1).Select(Enum.Parse<Relationship>).ToArray();
        Assert.Equal(AccessMatrix.Columns, header);
        return lines.Skip(2).ToDictionary(
            cells => Enum.Parse<RecordKind>(cells[0]),
            cells => header.Select((relationship, i) => (relationship, access: cells[i + 1] switch
            {
                "W" => Access.Write,
                "R" => Access.Read,
                "-" => Access.None,
                var other => throw new FormatException($"Unknown cell '{other}' in docs/confidentiality.md."),
            })).ToDictionary(x => x.relationship, x => x.access));
    }

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
