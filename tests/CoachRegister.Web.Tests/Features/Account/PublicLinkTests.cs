using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>A portal whose public address is configured, as it must be in Production.</summary>
public sealed class PublicAddressPortalFactory : PortalFactory
{
    public const string PublicBaseUrl = "https://coaching.example.org";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portal:PublicBaseUrl"] = PublicBaseUrl,
    };
}

public class PublicLinkTests(PublicAddressPortalFactory factory) : IClassFixture<PublicAddressPortalFactory>
{
    [Fact]
    public async Task A_forged_host_header_cannot_move_a_password_reset_link_to_another_site()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        var page = await client.GetPageAsync("/account/forgot-password");

        client.Http.DefaultRequestHeaders.Host = "attacker.example";
        var response = await client.SubmitFormAsync(page, "/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email }, AccountTestExtensions.MainForm);

        Assert.True((int)response.StatusCode < 400, $"The request gave {(int)response.StatusCode}.");
        var link = await factory.LinkInLatestEmailAsync(user.Email, "/account/reset-password");
        Assert.StartsWith(PublicAddressPortalFactory.PublicBaseUrl + "/account/reset-password?", link, StringComparison.Ordinal);
    }
}

public class ProductionSettingsTests
{
    [Theory]
    [InlineData("Portal:PublicBaseUrl", "Email:Smtp:Host", "127.0.0.1")]
    [InlineData("Email:Smtp:Host", "Portal:PublicBaseUrl", "https://coaching.example.org")]
    public void The_portal_refuses_to_start_in_production_without_a_setting_it_needs(string missing, string presentKey, string presentValue)
    {
        using var factory = new PortalFactory { EnvironmentName = "Production", AddedSettings = new Dictionary<string, string?> { [presentKey] = presentValue } };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(missing, validation.Message, StringComparison.Ordinal);
    }
}
