using System.Net;
using CoachRegister.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>What every web test relies on: the 5xx check on each kind of client, the header sign-in and the database copy.</summary>
public class PortalFactoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Clients() => new() { nameof(PortalFactory.CreateClient), nameof(PortalFactoryExtensions.CreateFormClient), nameof(PortalFactory.ClientFor) };

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task A_server_error_fails_the_test_with_the_method_the_address_the_status_and_the_logged_exception(string client)
    {
        var http = await ClientAsync(client);

        var error = await Assert.ThrowsAsync<UnexpectedServerErrorException>(() => http.GetAsync(PortalFactory.FailurePath));

        Assert.StartsWith($"GET https://localhost{PortalFactory.FailurePath} gave 500 Internal Server Error.", error.Message, StringComparison.Ordinal);
        Assert.Contains(PortalFactory.FailureMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_form_post_is_caught_too()
    {
        var http = factory.CreateFormClient().Http;

        var error = await Assert.ThrowsAsync<UnexpectedServerErrorException>(() => http.PostAsync(PortalFactory.FailurePath, new FormUrlEncodedContent([])));

        Assert.StartsWith($"POST https://localhost{PortalFactory.FailurePath} gave 500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_marked_as_expecting_a_server_error_gets_the_response()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PortalFactory.FailurePath).ExpectingServerError();

        var response = await factory.CreatePlainClient().SendAsync(request);
        var page = await factory.CreateFormClient().GetPageAsync(PortalFactory.FailurePath, HttpStatusCode.InternalServerError);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_client_for_an_account_is_signed_in_as_it_and_other_clients_are_not()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);

        var account = await factory.ClientFor(user).GetPageAsync("/account");
        var anonymous = await factory.CreateFormClient().Http.GetAsync("/account");
        var unknown = await factory.ClientFor(Guid.NewGuid()).Http.GetAsync("/account");

        Assert.Contains(user.Email, account.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task Each_factory_starts_from_its_own_copy_of_the_migrated_template()
    {
        var mine = await factory.CreateUserAsync();
        using var other = new PortalFactory();

        var theirs = await other.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).Count() + await db.People.CountAsync());

        Assert.NotEqual(factory.DatabasePath, other.DatabasePath);
        Assert.Equal(0, theirs);
        Assert.True(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.Id == mine.PersonId)));
    }

    private async Task<HttpClient> ClientAsync(string kind) => kind switch
    {
        // Over HTTPS, as the portal is served: over plain HTTP its pages fail (the antiforgery cookie must be Secure).
        nameof(PortalFactory.CreateClient) => factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") }),
        nameof(PortalFactoryExtensions.CreateFormClient) => factory.CreateFormClient().Http,
        _ => factory.ClientFor(await factory.CreateUserAsync(Roles.Staff)).Http,
    };
}
