using CoachRegister.Web.Features.Account.Security;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Account;

public class SignInLoggingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Failed_and_successful_sign_ins_and_refused_authorizations_are_logged_without_address_or_password()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        const string wrongPassword = "a wrong password that must not be logged";

        await client.SignInWithAsync("unknown.person@example.test", wrongPassword);
        await client.SignInWithAsync(user.Email, wrongPassword);
        await client.SignInAsync(user);
        await factory.CreateFormClient().Http.GetAsync("/account");

        var log = factory.LogText;
        Assert.Contains($"no account for e-mail hash \"{SignInLog.HashEmail("unknown.person@example.test")}\"", log, StringComparison.Ordinal);
        Assert.Contains($"Sign-in failed for user {user.UserId}: wrong password", log, StringComparison.Ordinal);
        Assert.Contains($"Sign-in succeeded for user {user.UserId}", log, StringComparison.Ordinal);
        Assert.Contains("Authorization refused (\"challenged\") for user \"anonymous\" on \"GET\" \"/account\"", log, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, log, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown.person@example.test", log, StringComparison.Ordinal);
    }
}
