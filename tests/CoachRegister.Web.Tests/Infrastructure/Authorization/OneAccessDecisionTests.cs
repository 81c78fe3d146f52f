using System.Text.RegularExpressions;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>
/// Access is decided in one place: no feature compares the signed-in person with a record's people, or
/// checks a role, to decide what to show or change. It asks <c>PortalAccess</c> (the domain's access policy)
/// or filters a list with <c>RecordScopes</c>. This reads the portal's source and fails on the shapes such a
/// decision takes, so a new one is caught in review of the failure, not in production.
/// </summary>
public partial class OneAccessDecisionTests
{
    /// <summary>Files allowed to look at roles, each for a reason that is not deciding access to a record.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["Infrastructure/Authorization/Askers.cs"] = "builds the asker the policy decides for",
        ["Infrastructure/Layout/PortalNavigation.cs"] = "which links the navigation shows; every page still has its [Authorize]",
        ["Features/Account/Security/TwoFactorEnforcement.cs"] = "which accounts must set up a second factor",
        ["Features/Home/HomeDashboardService.cs"] = "which panels the home page shows; each panel's records come from the asker's scopes",
    };

    [Fact]
    public void No_feature_decides_access_by_comparing_people_or_checking_roles()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "CoachRegister.Web");
        var offences = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(web, f).Replace('\\', '/'), Lines: File.ReadAllLines(f)))
            .Where(f => !Allowed.ContainsKey(f.Path) && !f.Path.StartsWith("Infrastructure/Seeding/", StringComparison.Ordinal))
            .SelectMany(f => f.Lines.Select((line, i) => (f.Path, Number: i + 1, Line: line.Trim())))
            .Where(l => Decision().IsMatch(l.Line))
            .Select(l => $"{l.Path}:{l.Number}: {l.Line}")
            .ToList();

        Assert.True(offences.Count == 0, "Access decided outside PortalAccess:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void The_check_recognises_the_shapes_it_looks_for()
    {
        Assert.Matches(Decision(), "if (application.ApplicantId != User.FindPersonId()) return NotFound();");
        Assert.Matches(Decision(), "var mine = User.GetPersonId() == profile.PersonId;");
        Assert.Matches(Decision(), "if (User.IsInRole(Roles.HrAdmin))");
        Assert.DoesNotMatch(Decision(), "application.RespondAsLineManager(User.GetPersonId(), supports, comment, now);");
    }

    /// <summary>The signed-in person compared with something, or a role checked in code.</summary>
    [GeneratedRegex(@"(FindPersonId|GetPersonId)\(\)\s*(==|!=)|(==|!=)\s*User\.(FindPersonId|GetPersonId)\(\)|\bIsInRole\(")]
    private static partial Regex Decision();

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
