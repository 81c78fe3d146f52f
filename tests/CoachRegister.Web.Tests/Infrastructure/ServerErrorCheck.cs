using System.Collections.Concurrent;
using Serilog.Events;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>A response with a 5xx status that the test did not say it expected.</summary>
public sealed class UnexpectedServerErrorException(string message) : Exception(message);

/// <summary>
/// The outermost handler of every client <see cref="PortalFactory"/> makes: a 5xx response fails the test
/// with the method, the address, the status and the exception the portal logged for that request, unless
/// the request was marked with <see cref="ServerErrors.ExpectingServerError"/> (error-page tests only).
/// </summary>
public sealed class ServerErrorCheck(ConcurrentQueue<LogEvent> logEvents) : DelegatingHandler
{
    internal static readonly HttpRequestOptionsKey<bool> Expected = new("CoachRegister.Tests.ExpectServerError");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode < 500 || (request.Options.TryGetValue(Expected, out var expected) && expected))
        {
            return response;
        }

        // After redirects the response belongs to the last request, which names the address that failed.
        var failed = response.RequestMessage ?? request;
        var message = $"{failed.Method} {failed.RequestUri} gave {(int)response.StatusCode} {response.ReasonPhrase}.";
        var logged = await LoggedExceptionAsync(response, cancellationToken);
        throw new UnexpectedServerErrorException(logged is null ? message : $"{message}\nThe portal logged: {logged}");
    }

    /// <summary>
    /// The exception the portal logged for this request. The exception handler logs once the error page is
    /// written, which can be just after the client has the response, so this waits a moment for it.
    /// </summary>
    private async Task<string?> LoggedExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.Headers.TryGetValues("X-Correlation-ID", out var ids))
        {
            return null;
        }

        var id = $"\"{ids.First()}\"";
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var logged = logEvents
                .Where(e => e.Exception is not null && e.Properties.TryGetValue("CorrelationId", out var value) && value.ToString() == id)
                .Select(e => e.Exception!.ToString())
                .LastOrDefault();
            if (logged is not null)
            {
                return logged;
            }

            await Task.Delay(50, cancellationToken);
        }

        return null;
    }
}

public static class ServerErrors
{
    /// <summary>Lets this one request answer with a 5xx without failing the test: for tests of the error pages.</summary>
    public static HttpRequestMessage ExpectingServerError(this HttpRequestMessage request)
    {
        request.Options.Set(ServerErrorCheck.Expected, true);
        return request;
    }
}
