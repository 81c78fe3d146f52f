using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;
using static CoachRegister.E2E.Matching.MatchingSteps;

namespace CoachRegister.E2E.Matching;

/// <summary>
/// A proposed coach declines with a reason: the request is back in HR's queue, the coach who declined is not
/// suggested for it again (and HR is told why), and HR proposes someone else.
/// </summary>
[Collection(MatchingPortalCollection.Name)]
public class DeclineAndRematchJourneyTests(BrowserFixture browser)
{
    private const string DeclineReason = "I have just taken on a new service review and cannot give it the time it deserves.";

    [Fact]
    public async Task A_coach_who_declines_is_not_suggested_again_and_the_scheme_team_proposes_another()
    {
        var declining = await browser.DemoNameAsync("supervisor");
        var requester = CouncilStaff("Gethin", "Marsh");
        await browser.RegisterAndConfirmAsync(requester);
        var requestId = await browser.AskForACoachAsync(requester, preferredCoach: declining);
        await browser.SupportAsync(requester);

        var hr = await browser.OpenFromTheQueueAsync(requester);
        await ProposeAsync(hr, hr.Suggestion(declining), declining);
        await hr.Context.CloseAsync();

        await DeclineAsync(requester);
        var other = await RematchAsync(requester, declining);

        var page = await browser.NewSignedInPageAsync(requester.Email, password: NewPerson.Password);
        await page.GotoAsync($"/requests/{requestId}");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Proposed: waiting for the coach's answer");
        await Assertions.Expect(page.Locator("#open-match")).ToContainTextAsync(other);
        var timeline = page.Locator("#timeline");
        await Assertions.Expect(timeline).ToContainTextAsync("The proposed coach could not take it on");
        // The requester is told only that the coach could not take it on, never the coach's reason.
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(DeclineReason);
        await page.AssertNoViolationsAsync();
        await page.Context.CloseAsync();
    }

    private async Task DeclineAsync(NewPerson requester)
    {
        var page = await browser.OpenProposalAsync("supervisor", requester);
        await page.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
        // A decline needs its reason.
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Tell the scheme team why you cannot take this on");
        await page.AssertNoViolationsAsync();

        await page.GetByLabel("If you cannot take this on, tell the scheme team why").FillAsync(DeclineReason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync("You have declined. The scheme team will propose someone else.");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Did not go ahead");
        await page.AssertNoViolationsAsync();
        await page.Context.CloseAsync();
    }

    private async Task<string> RematchAsync(NewPerson requester, string declined)
    {
        var page = await browser.OpenFromTheQueueAsync(requester);
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Waiting for a match");
        var proposals = page.Locator("#proposals tbody tr").Filter(new() { HasText = declined });
        await Assertions.Expect(proposals).ToContainTextAsync("Did not go ahead");
        await Assertions.Expect(proposals).ToContainTextAsync($"Declined: {DeclineReason}");

        // The first choice declined: not suggested again, and HR sees why not.
        await Assertions.Expect(page.Suggestion(declined)).ToHaveCountAsync(0);
        var ineligible = page.Locator("#ineligible-preferences");
        await Assertions.Expect(ineligible).ToContainTextAsync($"{declined} (First choice) cannot be matched:");
        await Assertions.Expect(ineligible).ToContainTextAsync("Already proposed for this request, and it did not go ahead");
        await page.SaveForDocsAsync("matching-hr-after-decline");

        var next = page.Locator("#suggestions .govuk-radios__item").First;
        await Assertions.Expect(next.Locator("[data-why] li").First).ToBeVisibleAsync();
        var label = await next.Locator("label").InnerTextAsync();
        var name = label[..label.LastIndexOf(" - ", StringComparison.Ordinal)].Trim();
        Assert.NotEqual(declined, name);
        await ProposeAsync(page, next, name);
        await page.Context.CloseAsync();
        return name;
    }
}
