using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>
/// Drives the portal the way a browser without JavaScript does: fetch a page, read its form (antiforgery
/// token included), fill fields and post it. Cookies are kept by the underlying HttpClient.
/// </summary>
public sealed class FormClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    /// <summary>Fetches a page and asserts its status; naming a 5xx as <paramref name="expected"/> lets the page answer with it.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if ((int)expected >= 500)
        {
            request.ExpectingServerError();
        }

        var response = await Http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url} gave {(int)response.StatusCode}, expected {(int)expected}.\n{html[..Math.Min(html.Length, 2000)]}");
        return await Parser.ParseDocumentAsync(html);
    }

    /// <summary>Fetches <paramref name="url"/> and follows the link <paramref name="linkSelector"/> finds on it, as a click would.</summary>
    public async Task<HttpResponseMessage> FollowLinkAsync(string url, string linkSelector)
    {
        var page = await GetPageAsync(url);
        var href = page.QuerySelector(linkSelector)?.GetAttribute("href") ?? throw new InvalidOperationException($"No link {linkSelector} on {url}.");
        return await Http.GetAsync(href);
    }

    /// <summary>Fetches <paramref name="url"/>, fills the form (by field name) and submits it as the page would.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, IDictionary<string, string> fields, string? formSelector = null)
    {
        var page = await GetPageAsync(url);
        return await SubmitFormAsync(page, url, fields, formSelector);
    }

    public async Task<HttpResponseMessage> SubmitFormAsync(IHtmlDocument page, string pageUrl, IDictionary<string, string> fields, string? formSelector = null)
    {
        // Without a selector: the page's own form in <main>, not the sign-out form in the header.
        var form = (formSelector is null
            ? page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            : page.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"No POST form on {pageUrl}.");

        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || fields.ContainsKey(input.Name))
            {
                continue;
            }

            var isChoice = input.Type is "checkbox" or "radio";
            if (!isChoice || input.IsChecked)
            {
                values.Add(new(input.Name, input.Value));
            }
        }

        foreach (var textarea in form.Elements.OfType<IHtmlTextAreaElement>())
        {
            if (!string.IsNullOrEmpty(textarea.Name) && !fields.ContainsKey(textarea.Name))
            {
                values.Add(new(textarea.Name, textarea.Value));
            }
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            if (!string.IsNullOrEmpty(select.Name) && !fields.ContainsKey(select.Name) && select.Value is { } v)
            {
                values.Add(new(select.Name, v));
            }
        }

        values.AddRange(fields);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await Http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
