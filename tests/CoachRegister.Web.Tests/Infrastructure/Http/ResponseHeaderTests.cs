using System.Net;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Http;

/// <summary>The portal on real Kestrel at 127.0.0.1: the test server adds no Server header of its own to hide one.</summary>
public sealed class KestrelPortalFactory : PortalFactory
{
    public KestrelPortalFactory()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri BaseAddress { get; }

    /// <summary>Plain HTTP on loopback, so cookies go without Secure and the __Host- prefix, as in the quick start.</summary>
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(DefaultSettings)
    {
        ["Accounts:SecureCookies"] = "false",
    };
}

public class ResponseHeaderTests(KestrelPortalFactory factory) : IClassFixture<KestrelPortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/favicon.svg")]
    [InlineData("/no-such-page")]
    public async Task No_response_names_the_server_software(string path)
    {
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };

        var response = await client.GetAsync(path);

        Assert.False(response.Headers.Contains("Server"), $"GET {path} sent Server: {string.Join(", ", response.Headers.Server)}");
    }

    [Fact]
    public async Task Every_page_links_an_icon_that_is_served()
    {
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };
        var signIn = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var page = await FormClient.ParseAsync(signIn);
        var icons = page.QuerySelectorAll("head link[rel=icon]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.NotEmpty(icons);
        foreach (var icon in icons.Append("/favicon.ico"))
        {
            var response = await client.GetAsync(icon);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{icon} is empty.");
        }
    }
}
