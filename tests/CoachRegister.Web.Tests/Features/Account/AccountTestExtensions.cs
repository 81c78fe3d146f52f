using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Account;

public static partial class AccountTestExtensions
{
    /// <summary>The page's own form, not one in the layout (such as the header's sign-out button).</summary>
    public const string MainForm = "main form[method=post]";

    /// <summary>The link to <paramref name="path"/> in the newest queued e-mail to <paramref name="to"/>.</summary>
    public static async Task<string> LinkInLatestEmailAsync(this PortalFactory factory, string to, string path)
    {
        var body = await factory.WithDbAsync(db => db.OutboxMessages
            .Where(m => m.To == to)
            .OrderByDescending(m => m.Id)
            .Select(m => m.HtmlBody)
            .FirstOrDefaultAsync());
        Assert.NotNull(body);
        return LinkIn(body, path);
    }

    public static string LinkIn(string html, string path)
    {
        var match = Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).FirstOrDefault(h => new Uri(h).AbsolutePath == path);
        Assert.True(match is not null, $"No link to {path} in:\n{html}");
        return match;
    }

    public static async Task<IHtmlDocument> PostAndReadAsync(this FormClient client, string url, Dictionary<string, string> fields, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.SubmitFormAsync(url, fields, MainForm);
        var page = await FormClient.ParseAsync(response);
        Assert.True(response.StatusCode == expected, $"POST {url} gave {(int)response.StatusCode}, expected {(int)expected}.\n{page.Body?.TextContent}");
        return page;
    }

    public static string[] ErrorSummary(this IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()).ToArray();

    /// <summary>Errors in the summary, and each links to an element that exists on the page.</summary>
    public static string[] AssertErrorSummary(this IHtmlDocument page)
    {
        var links = page.QuerySelectorAll(".govuk-error-summary__list a").ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var id = link.GetAttribute("href")!.TrimStart('#');
            Assert.True(page.GetElementById(id) is not null, $"The error summary links to #{id}, which is not on the page.");
        }

        return links.Select(a => a.TextContent.Trim()).ToArray();
    }

    public static async Task<HttpResponseMessage> SignInWithAsync(this FormClient client, string email, string password) =>
        await client.SubmitFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    [GeneratedRegex("href=\"(https?://[^\"]+)\"")]
    private static partial Regex Href();
}
