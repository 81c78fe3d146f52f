using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;
using static CoachRegister.E2E.Matching.MatchingSteps;

namespace CoachRegister.E2E.Matching;

/// <summary>
/// Issue 8 in the browser: a new member of staff asks for the demo coach by name, their line manager supports
/// it, the council's HR admin proposes the coach from the suggestions, the coach accepts, the two meet and both
/// say yes, and the requester's own page says they are matched.
/// </summary>
[Collection(MatchingPortalCollection.Name)]
public class RequestToActiveMatchJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_staff_member_asks_for_a_coach_is_supported_matched_accepted_and_after_two_yeses_is_matched()
    {
        var coach = await browser.DemoNameAsync("coach");
        var requester = CouncilStaff("Ffion", "Aldridge");
        await browser.RegisterAndConfirmAsync(requester);

        var requestId = await browser.AskForACoachAsync(requester, preferredCoach: coach, forDocs: true);
        await browser.SupportAsync(requester, forDocs: true);
        await ProposeThePreferredCoachAsync(requester, coach);
        var chemistry = await AcceptAndSayYesAsCoachAsync(requester);
        await SayYesAsRequesterAsync(requester, requestId, coach, chemistry);
    }

    private async Task ProposeThePreferredCoachAsync(NewPerson requester, string coach)
    {
        var page = await browser.OpenFromTheQueueAsync(requester);
        var suggestion = page.Suggestion(coach);
        await Assertions.Expect(suggestion.Locator("label")).ToContainTextAsync("(First choice)");
        await Assertions.Expect(suggestion.Locator("label")).ToContainTextAsync("points");
        var why = suggestion.Locator("[data-why] li");
        await Assertions.Expect(why.Filter(new() { HasText = "The requester's first choice:" })).ToHaveCountAsync(1);
        await Assertions.Expect(why.Filter(new() { HasText = "areas asked for" })).ToHaveCountAsync(1);
        await Assertions.Expect(why.Filter(new() { HasText = "formats wanted" })).ToHaveCountAsync(1);
        await Assertions.Expect(suggestion).ToContainTextAsync("places free");
        // The first choice, eligible and preferred, comes first.
        await Assertions.Expect(page.Locator("#suggestions .govuk-radios__item").First).ToContainTextAsync(coach);
        await page.SaveForDocsAsync("matching-hr-suggestions");

        await ProposeAsync(page, suggestion, coach);
        await Assertions.Expect(page.Locator("#proposals")).ToContainTextAsync(coach);
        await page.Context.CloseAsync();
    }

    private async Task<string> AcceptAndSayYesAsCoachAsync(NewPerson requester)
    {
        var page = await browser.OpenProposalAsync("coach", requester);
        // The coach reads the reasons the line manager did not, to decide whether to take it on.
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("I have just become a team leader");
        await page.SaveForDocsAsync("matching-proposal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and arrange a chemistry meeting" }).ClickAsync();

        // Accepting leads straight to arranging the chemistry meeting.
        await page.WaitForURLAsync(url => url.EndsWith("/chemistry", StringComparison.Ordinal));
        var chemistry = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync($"You have accepted. Arrange the chemistry meeting with {requester.FullName}.");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Chemistry meeting");
        await ArrangeTheMeetingAsync(page, requester.FullName);
        await page.SaveForDocsAsync("matching-chemistry");

        await SayYesAsync(page, requester.FullName);
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync("Thank you. We are waiting for the other answer.");
        await Assertions.Expect(page.Locator("#waiting-for-other")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
        await page.Context.CloseAsync();
        return chemistry;
    }

    private async Task SayYesAsRequesterAsync(NewPerson requester, Guid requestId, string coach, string chemistry)
    {
        var page = await browser.NewSignedInPageAsync(requester.Email, password: NewPerson.Password);
        await page.GotoAsync("/");
        var mine = page.Locator("#my-request");
        await Assertions.Expect(mine).ToContainTextAsync("Chemistry meeting");
        await mine.GetByRole(AriaRole.Link, new() { Name = "See where your request stands" }).ClickAsync();
        await OnPageAsync(page, $"/requests/{requestId}");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Chemistry meeting");
        await Assertions.Expect(page.Locator("#open-match #meeting")).ToContainTextAsync("Video call");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync($"{coach} accepted: time for the chemistry meeting");

        await page.GetByRole(AriaRole.Button, new() { Name = "Arrange or answer the chemistry meeting" }).ClickAsync();
        await OnPageAsync(page, chemistry);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Chemistry meeting with {coach}");
        await SayYesAsync(page, coach);
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync("You have both said yes: the match is active");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Active");
        await Assertions.Expect(page.Locator(".govuk-panel--confirmation")).ToContainTextAsync("You are matched");
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"/requests/{requestId}");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Matched");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You are matched.");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync($"You are matched with {coach}");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Withdraw this request" })).ToHaveCountAsync(0);
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync("matching-request-matched");
        await page.Context.CloseAsync();
    }
}
