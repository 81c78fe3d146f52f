using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Home;

/// <summary>Admins must use two-factor sign-in, as in production.</summary>
public sealed class TwoFactorEnforcedPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(DefaultSettings)
    {
        ["Accounts:RequireTwoFactorForPrivilegedRoles"] = "true",
    };
}

/// <summary>
/// An admin who has entered only a password is a visitor everywhere but the two-factor set-up: the home page,
/// open to visitors, must not show them HR's queues, the outbox or their own coaching.
/// </summary>
public class HomePendingTwoFactorTests(TwoFactorEnforcedPortalFactory factory) : IClassFixture<TwoFactorEnforcedPortalFactory>
{
    [Theory]
    [InlineData(Roles.HrAdmin)]
    [InlineData(Roles.SystemAdmin)]
    public async Task The_home_page_shows_an_admin_without_a_second_factor_only_what_a_visitor_sees(string role)
    {
        var admin = await factory.CreateUserAsync(Roles.Staff, role);
        var client = factory.CreateFormClient();
        await client.SignInAsync(admin);

        var home = await client.GetPageAsync("/");

        var main = home.QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("[data-figure]"));
        Assert.DoesNotContain("Hello", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Register administration", main.TextContent, StringComparison.Ordinal);
        Assert.NotNull(main.QuerySelector("a[href='/account/sign-in']"));
    }

    [Fact]
    public async Task The_same_admin_with_a_second_factor_sees_their_home_page()
    {
        var admin = await factory.CreateUserAsync(withAuthenticator: true, Roles.Staff, Roles.HrAdmin);
        var client = factory.CreateFormClient();
        await client.SignInAsync(admin);

        var home = await client.GetPageAsync("/");

        var main = home.QuerySelector("main")!;
        Assert.Contains("Register administration", main.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(main.QuerySelectorAll("[data-figure]"));
    }

    [Fact]
    public async Task A_staff_member_without_a_second_factor_keeps_their_home_page()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateFormClient();
        await client.SignInAsync(staff);

        var home = await client.GetPageAsync("/");

        Assert.Contains("Hello, Robin", home.QuerySelector("main h1")!.TextContent, StringComparison.Ordinal);
    }
}
