using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachRegister.Web.Tests.Infrastructure;

public static class HttpRequests
{
    /// <summary>The cookie the language switch sets, for tests that only need a page in Welsh.</summary>
    public const string WelshCookie = ".AspNetCore.Culture=c%3Dcy-GB%7Cuic%3Dcy-GB";

    /// <summary>A client without a cookie container, so a test can send the cookies it chooses.</summary>
    public static HttpClient CreatePlainClient(this PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://localhost"),
        });

    /// <summary>Asks for the page in Welsh, with the cookie the language switch would have set.</summary>
    public static HttpRequestMessage InWelsh(this HttpRequestMessage request)
    {
        request.Headers.Add("Cookie", WelshCookie);
        return request;
    }

    public static async Task<HttpResponseMessage> GetInWelshAsync(this HttpClient http, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url).InWelsh();
        return await http.SendAsync(request);
    }

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";

    public static string CacheControl(this HttpResponseMessage response) =>
        response.Headers.CacheControl?.ToString() ?? "";

    public static MediaTypeHeaderValue? ContentType(this HttpResponseMessage response) => response.Content.Headers.ContentType;
}
