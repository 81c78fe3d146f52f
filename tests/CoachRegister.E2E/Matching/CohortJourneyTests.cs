using System.Text.RegularExpressions;
using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;
using static CoachRegister.E2E.Matching.MatchingSteps;

namespace CoachRegister.E2E.Matching;

/// <summary>
/// HR matches a cohort: two new supported requests and the scheme's whole pool, the best assignment previewed
/// with each pair's reasons, then released so each pair becomes a proposal waiting for its coach.
/// </summary>
[Collection(MatchingPortalCollection.Name)]
public partial class CohortJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_cohort_is_previewed_with_each_pairs_reasons_and_released_as_proposals()
    {
        NewPerson[] cohort = [CouncilStaff("Rhiannon", "Ashdown"), CouncilStaff("Tomos", "Kettering")];
        var requestIds = new List<Guid>();
        foreach (var requester in cohort)
        {
            await browser.RegisterAndConfirmAsync(requester);
            requestIds.Add(await browser.AskForACoachAsync(requester, preferredCoach: null));
            await browser.SupportAsync(requester);
        }

        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr"));
        await page.GotoAsync("/hr/matching");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cohorts", Exact = true }).ClickAsync();
        await OnPageAsync(page, "/hr/matching/cohorts");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Match a cohort in {CouncilScheme}" }).ClickAsync();
        await OnPageAsync(page, "/hr/matching/cohorts/new");

        var name = $"Team leaders, winter intake {Guid.NewGuid().ToString("N")[..4]}";
        await page.GetByLabel("Name of the cohort").FillAsync(name);
        var requests = page.GetByRole(AriaRole.Group, new() { Name = "Requests to match together" });
        foreach (var requester in cohort)
        {
            await requests.GetByLabel(requester.FullName, new() { Exact = true }).CheckAsync();
        }

        await Choose(page, "Which coaches and mentors may the cohort use?", "Everyone with a place who is open to these requests");
        await page.SaveForDocsAsync("matching-cohort-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the best assignment" }).ClickAsync();

        await page.WaitForURLAsync(CohortUrl());
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await page.AssertNoViolationsAsync();
        await Assertions.Expect(page.Locator("[data-figure=planned]")).ToContainTextAsync("2 pairs");
        var pairs = page.Locator("#pairs tbody tr");
        await Assertions.Expect(pairs).ToHaveCountAsync(2);
        var coaches = new List<string>();
        foreach (var requester in cohort)
        {
            var pair = pairs.Filter(new() { HasText = requester.FullName });
            await Assertions.Expect(pair.Locator("[data-coach]")).ToContainTextAsync("points");
            await Assertions.Expect(pair.Locator("td").Nth(2).Locator("li").Filter(new() { HasText = "areas asked for" })).ToHaveCountAsync(1);
            await Assertions.Expect(pair.Locator("[data-unmatched]")).ToHaveCountAsync(0);
            var coach = (await pair.Locator("[data-coach]").InnerTextAsync()).Split('\n')[0].Trim();
            coaches.Add(coach);
        }

        await page.SaveForDocsAsync("matching-cohort-preview");
        await page.SetViewportSizeAsync(375, 800);
        await MatchingSteps.AssertNoSidewaysScrollAsync(page);
        await page.SaveForDocsAsync("matching-cohort-preview-narrow");
        await page.SetViewportSizeAsync(1280, 900);

        await page.GetByRole(AriaRole.Button, new() { Name = "Release: send 2 proposals" }).ClickAsync();
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync("The cohort is released: 2 proposals have gone out");
        await Assertions.Expect(page.Locator("#released")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Discard" })).ToHaveCountAsync(0);
        await page.AssertNoViolationsAsync();

        await page.GotoAsync("/hr/matching/cohorts");
        await Assertions.Expect(page.Locator("#cohorts tbody tr").Filter(new() { HasText = name })).ToContainTextAsync("Released");
        await page.Context.CloseAsync();

        for (var i = 0; i < cohort.Length; i++)
        {
            var mine = await browser.NewSignedInPageAsync(cohort[i].Email, password: NewPerson.Password);
            await mine.GotoAsync($"/requests/{requestIds[i]}");
            await Assertions.Expect(mine.Locator("#stage")).ToHaveTextAsync("Proposed: waiting for the coach's answer");
            await Assertions.Expect(mine.Locator("#open-match")).ToContainTextAsync(coaches[i]);
            await mine.AssertNoViolationsAsync();
            await mine.Context.CloseAsync();
        }
    }

    [GeneratedRegex("/hr/matching/cohorts/[0-9a-f-]{36}$")]
    private static partial Regex CohortUrl();
}
