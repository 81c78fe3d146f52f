using Serilog.Events;

namespace CoachRegister.Web.Tests.Infrastructure.Http;

public class CorrelationIdTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Header = "X-Correlation-ID";

    [Fact]
    public async Task A_sane_correlation_id_from_the_caller_is_echoed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cookies");
        request.Headers.Add(Header, "gateway-4f2a.17");

        var response = await factory.CreatePlainClient().SendAsync(request);

        Assert.Equal("gateway-4f2a.17", response.Header(Header));
    }

    [Fact]
    public async Task A_request_without_one_gets_a_new_id_each_time()
    {
        var client = factory.CreatePlainClient();

        var first = (await client.GetAsync("/")).Header(Header);
        var second = (await client.GetAsync("/")).Header(Header);

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.Matches("^[0-9a-f]{32}$", second);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("has spaces in it")]
    [InlineData("semi;colon")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task An_id_that_could_forge_log_lines_is_replaced(string supplied)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation(Header, supplied);

        var response = await factory.CreatePlainClient().SendAsync(request);

        Assert.Matches("^[0-9a-f]{32}$", response.Header(Header));
    }

    [Fact]
    public async Task The_request_log_event_carries_the_correlation_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/accessibility");
        request.Headers.Add(Header, "log-check-7781");

        var response = await factory.CreatePlainClient().SendAsync(request);
        await response.Content.ReadAsStringAsync();

        // The event is written as the request completes, which can be just after the client has the response.
        LogEvent? requestEvent = null;
        for (var attempt = 0; attempt < 50 && requestEvent is null; attempt++)
        {
            requestEvent = factory.LogEvents.FirstOrDefault(e =>
                e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal)
                && e.Properties.TryGetValue("CorrelationId", out var id) && id.ToString() == "\"log-check-7781\"");
            await Task.Delay(requestEvent is null ? 100 : 0);
        }

        Assert.NotNull(requestEvent);
        Assert.Equal("\"/accessibility\"", requestEvent.Properties["RequestPath"].ToString());
        Assert.Equal("200", requestEvent.Properties["StatusCode"].ToString());
    }
}
