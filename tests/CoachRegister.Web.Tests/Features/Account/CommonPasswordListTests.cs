using CoachRegister.Web.Features.Account.Security;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>The common-password rule, on the list that ships in the repository.</summary>
public class CommonPasswordListTests
{
    [Theory]
    [InlineData("password123456")]
    [InlineData("PASSWORD123456")]
    [InlineData("123456password")]
    [InlineData("qwerty12345678")]
    [InlineData("iloveyou123456")]
    [InlineData("123qweasdzxc")]
    [InlineData("liverpool1234")]
    public void A_common_password_or_one_padded_with_a_common_number_is_refused(string password) =>
        Assert.True(PasswordPolicyValidator.IsCommon(password), $"{password} was accepted.");

    [Theory]
    [InlineData("Pale lantern over a quiet river 7")]
    [InlineData("dragon837461928374")]
    [InlineData("correct horse battery staple")]
    [InlineData("tqbfjotld-20261201")]
    public void An_uncommon_password_is_accepted(string password) =>
        Assert.False(PasswordPolicyValidator.IsCommon(password), $"{password} was refused.");

    [Fact]
    public void The_list_holds_the_hundred_thousand_most_common_passwords_and_names_its_source_and_licence()
    {
        var path = Path.Combine(SourceRoot(), "src", "CoachRegister.Web", "Features", "Account", "Security", "common-passwords.txt");
        var lines = File.ReadAllLines(path);
        var comments = lines.TakeWhile(l => l.StartsWith("# ", StringComparison.Ordinal)).ToList();
        var passwords = lines.Skip(comments.Count).ToList();

        Assert.Contains(comments, c => c.Contains("SecLists", StringComparison.Ordinal));
        Assert.Contains(comments, c => c.Contains("Creative Commons Attribution-ShareAlike 3.0", StringComparison.Ordinal));
        Assert.True(passwords.Count >= 100_000, $"The list has {passwords.Count} passwords.");
        Assert.Equal(["123456", "password"], passwords.Take(2));
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
    }

    private static string SourceRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoachRegister.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found above the test output.");
    }
}
