using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
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

public class ProductionPublicAddressTests
{
    private sealed class ProductionWithoutAddress : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        }
    }

    [Fact]
    public void The_portal_refuses_to_start_in_production_without_its_public_address()
    {
        using var factory = new ProductionWithoutAddress();

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains("Portal:PublicBaseUrl", validation.Message, StringComparison.Ordinal);
    }
}
