using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Infrastructure;

public static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
    };

    /// <summary>Runs axe's WCAG 2.x A and AA rules on the page and fails with every violation listed.</summary>
    public static async Task AssertNoViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        var violations = result.Violations
            .Select(v => (Rule: v, Nodes: v.Nodes.Where(n => !IsGovUkConditionalReveal(v, n)).ToList()))
            .Where(v => v.Nodes.Count > 0)
            .Select(v => $"{v.Rule.Id} ({v.Rule.Impact}): {v.Rule.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {page.Url}:\n{string.Join("\n", violations)}");
    }

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
