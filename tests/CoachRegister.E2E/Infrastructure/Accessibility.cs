using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoachRegister.E2E.Infrastructure;

public static partial class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
        // Only violations are asserted: axe need not gather and send back every node that passed.
        ResultTypes = [ResultType.Violations],
    };

    private static readonly string WcagAaJson = JsonConvert.SerializeObject(WcagAa);

    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>The portal's pages already checked in this run, by <see cref="StateOf"/>.</summary>
    private static readonly ConcurrentDictionary<string, bool> Checked = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs axe's WCAG 2.x A and AA rules on the page and fails with every violation listed. A portal page already
    /// checked in the same state in this run (see <see cref="StateOf"/>) is not checked again: a journey that comes
    /// back to a page, or a second journey through the same pages, adds time and no coverage. Content set by a test
    /// (not from the portal) is always checked.
    /// </summary>
    public static async Task AssertNoViolationsAsync(this IPage page)
    {
        var state = await StateOf(page);
        if (state is not null && Checked.ContainsKey(state))
        {
            return;
        }

        var result = await RunAxeAsync(page);
        var violations = result.Violations
            .Select(v => (Rule: v, Nodes: v.Nodes.Where(n => !IsGovUkConditionalReveal(v, n)).ToList()))
            .Where(v => v.Nodes.Count > 0)
            .Select(v => $"{v.Rule.Id} ({v.Rule.Impact}): {v.Rule.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {page.Url}:\n{string.Join("\n", violations)}");
        if (state is not null)
        {
            Checked.TryAdd(state, true);
        }
    }

    /// <summary>
    /// axe.run on the page's document, as Deque's <c>RunAxe</c> does on a page without frames, minus the costs that
    /// buy nothing here: it injects axe once per page load (not again for each check) and finishes the run in the
    /// page itself, where <c>RunAxe</c> opens a blank page of its own, injects axe there too and sends every
    /// result across twice. The portal's pages have no frames.
    /// </summary>
    private static async Task<AxeResult> RunAxeAsync(IPage page)
    {
        Assert.Single(page.Frames);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            await page.EvaluateAsync($"() => {{{AxeSource.Value}}}");
        }

        var json = await page.EvaluateAsync<string>("async options => JSON.stringify(await axe.run(document, JSON.parse(options)))", WcagAaJson);
        return new AxeResult(JObject.Parse(json));
    }

    /// <summary>
    /// A portal page's route and state, the same for two visits that axe would find the same: the path and query
    /// with record ids left out, the page's language, and what the page is made of (the ids of the header's and the
    /// main content's parts, its forms, tables, fields and error messages, and any banner or error summary, with
    /// ids of records left out), so that another person's view of a route, or a form sent back with errors, is
    /// checked again. Null for content that is not the portal's.
    /// </summary>
    private static async Task<string?> StateOf(IPage page)
    {
        var url = new Uri(page.Url);
        if (url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var shape = await page.EvaluateAsync<string>(
            """
            () => [document.documentElement.lang,
                ...[...document.querySelectorAll('header a, header button, main [id], main form, main table, main input, main select, main textarea, .govuk-error-summary, .govuk-error-message, .govuk-notification-banner')]
                    .map(e => `${e.tagName}#${e.id}.${e.getAttribute('type') ?? ''}.${e.getAttribute('name') ?? ''}`)].join('|')
            """);
        return RecordId().Replace($"{url.AbsolutePath}{url.Query}|{shape}", "{id}");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex RecordId();

    /// <summary>
    /// GOV.UK Frontend's radios and checkboxes that reveal a question set <c>aria-expanded</c> on the input,
    /// which ARIA does not allow on a radio or checkbox. The design system keeps it on purpose, because screen
    /// readers announce it (alphagov/govuk-frontend#979, listed in its known issues). Only that one attribute, on
    /// a GOV.UK input that controls a reveal, is let through; any other disallowed attribute still fails.
    /// </summary>
    private static bool IsGovUkConditionalReveal(AxeResultItem rule, AxeResultNode node) =>
        rule.Id == "aria-allowed-attr"
        && node.Html.StartsWith("<input class=\"govuk-", StringComparison.Ordinal)
        && node.Html.Contains(" aria-controls=\"", StringComparison.Ordinal)
        && node.Any.Concat(node.All).Concat(node.None).All(check => check.Message.Contains("aria-expanded=", StringComparison.Ordinal) && check.Message.Split("aria-").Length == 2);
}

public static class Screenshots
{
    /// <summary>Saves a full-page screenshot into docs/screenshots/ for the user guide.</summary>
    public static async Task SaveForDocsAsync(this IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        // The page's own width, not the width of a table that scrolls inside it.
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.clientWidth, document.documentElement.scrollHeight]");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, name + ".png"),
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = size[0], Height = size[1] },
        });
    }

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoachRegister.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("CoachRegister.sln not found above the test folder.");
    }
}
