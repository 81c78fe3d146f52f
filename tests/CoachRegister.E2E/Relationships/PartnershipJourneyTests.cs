using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;
using static CoachRegister.E2E.Matching.MatchingSteps;
using static CoachRegister.E2E.Relationships.RelationshipSteps;

namespace CoachRegister.E2E.Relationships;

/// <summary>
/// Issue 9 in the browser: the coach and the coachee of an active match agree how they will work (a private and a
/// shared goal, both sign, the line manager confirms the shared goal), the coach arranges and records three sessions
/// with progress marks and the review point comes, two sessions in a row are cancelled and the review is flagged, and
/// the coachee gives feedback on a session, ends the partnership and gives the final evaluation. The line manager sees
/// the shared goal and never the private one. Every page of the partnership passes axe in English and in Welsh.
/// </summary>
[Collection(MatchingPortalCollection.Name)]
public class PartnershipJourneyTests(BrowserFixture browser)
{
    private const string PrivateGoal = "Stop dreading the monthly one-to-ones with my own manager";
    private const string SharedGoal = "Delegate the team rota with confidence";

    [Fact]
    public async Task The_partnership_is_agreed_recorded_reviewed_flagged_ended_and_evaluated_and_the_line_manager_sees_only_the_shared_goal()
    {
        var coach = await browser.DemoNameAsync("coach");
        var manager = await browser.DemoNameAsync("manager");
        var coachee = CouncilStaff("Carys", "Pendry");
        var id = await browser.ActiveMatchAsync("coach", coachee);
        var coachPage = await browser.NewSignedInPageAsync(SignIn.Demo("coach"));
        var coacheePage = await browser.NewSignedInPageAsync(coachee.Email, password: NewPerson.Password);

        await DraftSignAndSetAPrivateGoalAsync(coachPage, id, coach, coachee);
        await SignAndShareAGoalAsync(coacheePage, id, coachee);
        await ConfirmTheSharedGoalAsync(id, coachee, manager);
        var sessions = await ArrangeAndRecordThreeSessionsAsync(coachPage, id);
        await EveryPageInWelshAsync(id, coach, coachee, sessions);
        await ReviewThenCancelTwiceAsync(coachPage, coacheePage, id, sessions);
        await FeedbackEndingAndEvaluationAsync(coacheePage, id, sessions[0]);

        await coachPage.GotoAsync($"/relationships/{id}");
        await Assertions.Expect(coachPage.Locator("#ending")).ToContainTextAsync("ended by the coachee");
        await Assertions.Expect(coachPage.GetByRole(AriaRole.Main)).ToContainTextAsync("Your coachee has given the final evaluation.");
        await coachPage.Context.CloseAsync();
        await coacheePage.Context.CloseAsync();

        await TheLineManagerStillSeesOnlyTheSharedGoalAsync(id);
    }

    private static async Task DraftSignAndSetAPrivateGoalAsync(IPage page, Guid id, string coach, NewPerson coachee)
    {
        await page.GotoAsync("/relationships");
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = coachee.FullName, Exact = true }).ClickAsync();
        await OnPageAsync(page, $"/relationships/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Coaching with {coachee.FullName}");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Not drafted yet");

        await page.GetByRole(AriaRole.Link, new() { Name = "Draft the agreement" }).ClickAsync();
        await ArriveAsync(page, $"/relationships/{id}/agreement");
        await page.GetByRole(AriaRole.Main).Locator("a.govuk-button").ClickAsync();
        await OnPageAsync(page, $"/relationships/{id}/agreement/edit");
        await page.GetByLabel("Main objectives").FillAsync(
            "Delegate more of the day-to-day running of the team.\nHold regular supervision conversations.\nPlan my own development for the next year.");
        await page.GetByLabel("How often").FillAsync("every three weeks");
        await Choose(page, "How you will meet", "Video call");
        await page.GetByLabel("Ask the coachee's line manager to confirm the shared goals and the support they will give").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the agreement" }).ClickAsync();

        await OnPageAsync(page, $"/relationships/{id}/agreement");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Agreement, version 1");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("every three weeks");
        await page.GetByLabel("Your full name").FillAsync(coach);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign the agreement" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Signed by {coach} (coach)");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign the agreement" })).ToHaveCountAsync(0);

        await page.GotoAsync($"/relationships/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add or change goals" }).ClickAsync();
        await OnPageAsync(page, $"/relationships/{id}/goals");
        await AddGoalAsync(page, PrivateGoal, "Private: the two of us only", baseline: 2);
    }

    private static async Task SignAndShareAGoalAsync(IPage page, Guid id, NewPerson coachee)
    {
        await page.GotoAsync($"/relationships/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Waiting for your signature");
        await page.GetByRole(AriaRole.Link, new() { Name = "Read the agreement" }).ClickAsync();
        await ArriveAsync(page, $"/relationships/{id}/agreement");
        await page.GetByLabel("Your full name").FillAsync(coachee.FullName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign the agreement" }).ClickAsync();
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync($"Signed by {coachee.FullName} (coachee)");
        await Assertions.Expect(main.Locator(".govuk-tag").First).ToHaveTextAsync("Signed by both");
        await Assertions.Expect(main).ToContainTextAsync("Agreed on");
        await page.SaveForDocsAsync("relationship-agreement");

        // Only the coachee may share a goal with their line manager.
        await page.GotoAsync($"/relationships/{id}/goals");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync(PrivateGoal);
        await AddGoalAsync(page, SharedGoal, "Shared with the line manager", baseline: 3);
    }

    private static async Task AddGoalAsync(IPage page, string goal, string whoMaySee, int baseline)
    {
        await page.GetByLabel("Goal", new() { Exact = true }).FillAsync(goal);
        await Choose(page, "Who may see it?", whoMaySee);
        await page.GetByLabel("Where you are starting from, 0 to 10").FillAsync(baseline.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the goal" }).ClickAsync();
        var row = page.Locator("main table tbody tr").Filter(new() { HasText = goal });
        await Assertions.Expect(row).ToContainTextAsync(whoMaySee.StartsWith("Private", StringComparison.Ordinal) ? "Private" : "Shared with the line manager");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
    }

    /// <summary>Three-way contracting: the line manager reads the shared goal, never the private one, and confirms their support.</summary>
    private async Task ConfirmTheSharedGoalAsync(Guid id, NewPerson coachee, string manager)
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("manager"));
        await page.GotoAsync("/relationships");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Shared goals of {coachee.FullName}", Exact = true }).ClickAsync();
        await OnPageAsync(page, $"/relationships/{id}/three-way");
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync(SharedGoal);
        await Assertions.Expect(main).Not.ToContainTextAsync(PrivateGoal);
        await page.GetByLabel("What support will you give?").FillAsync("Protected time for each session and a monthly conversation about the rota.");
        await page.GetByLabel("Your full name").FillAsync(manager);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm the shared goals" }).ClickAsync();
        await Assertions.Expect(main.Locator(".govuk-inset-text")).ToContainTextAsync("You confirmed these goals on");
        await Assertions.Expect(main).Not.ToContainTextAsync(PrivateGoal);

        // The partnership's own page and its goals are the two sides' alone.
        Assert.Equal(404, (await page.GotoAsync($"/relationships/{id}"))!.Status);
        Assert.Equal(404, (await page.GotoAsync($"/relationships/{id}/goals"))!.Status);
        await page.Context.CloseAsync();
    }

    /// <summary>Sessions three, two and one week ago (held) and two to come; returns their ids in order.</summary>
    private static async Task<Guid[]> ArrangeAndRecordThreeSessionsAsync(IPage page, Guid id)
    {
        var sessions = new[]
        {
            await ArrangeSessionAsync(page, id, Today.AddDays(-21), "10:00", "11:30", "Video call", check: true),
            await ArrangeSessionAsync(page, id, Today.AddDays(-14), "10:00", "11:00", "Video call", check: false),
            await ArrangeSessionAsync(page, id, Today.AddDays(-7), "14:00", "15:15", "Meeting room 2, County Hall", check: false),
            await ArrangeSessionAsync(page, id, Today.AddDays(7), "10:00", "11:00", "Video call", check: false),
            await ArrangeSessionAsync(page, id, Today.AddDays(14), "10:00", "11:00", "Video call", check: false),
        };
        await ArriveAsync(page, $"/sessions/{sessions[4]}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Session 5");

        await RecordSessionAsync(page, sessions[0], 1, new Dictionary<string, int> { [PrivateGoal] = 3, [SharedGoal] = 4 }, check: true, forDocs: true);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("(1.5 hours)");
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Write your preparation and reflection" }).ClickAsync();
        await OnPageAsync(page, $"/sessions/{sessions[0]}/reflection");
        await RecordSessionAsync(page, sessions[1], 2, new Dictionary<string, int> { [PrivateGoal] = 5, [SharedGoal] = 5 }, check: false);
        await page.GotoAsync($"/relationships/{id}");
        await Assertions.Expect(page.Locator("#review")).ToHaveCountAsync(0);

        await RecordSessionAsync(page, sessions[2], 3, new Dictionary<string, int> { [PrivateGoal] = 6, [SharedGoal] = 8 }, check: false);
        await page.GotoAsync($"/relationships/{id}");
        await Assertions.Expect(page.Locator("#review")).ToContainTextAsync("You have reached the review point of your agreement");
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync("3 sessions, 3.75 hours");
        await Assertions.Expect(main).ToContainTextAsync("Action from session 3: hand the rota to the senior practitioner.");
        var progress = page.Locator("#progress-table tbody tr");
        await Assertions.Expect(progress.Filter(new() { HasText = PrivateGoal }).Locator("td")).ToHaveTextAsync(["2", "3", "5", "6"]);
        await Assertions.Expect(progress.Filter(new() { HasText = SharedGoal }).Locator("td")).ToHaveTextAsync(["3", "4", "5", "8"]);
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync("relationship-page");
        return sessions;
    }

    /// <summary>Every page of the partnership as each person reaches it, in Welsh: none keeps its English title, all pass axe.</summary>
    private async Task EveryPageInWelshAsync(Guid id, string coach, NewPerson coachee, Guid[] sessions)
    {
        const string welsh = "cy-GB";
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("coach"), welsh);
        await VisitInLanguageAsync(page, welsh, "/relationships", "My coaching and mentoring");
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}", $"Coaching with {coachee.FullName}");
        await Assertions.Expect(page.Locator("#review form")).ToBeVisibleAsync();
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}/agreement", "Agreement, version 1");
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}/agreement/edit", "The agreement");
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}/goals", "Goals");
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}/sessions/new", "Arrange a session");
        await VisitInLanguageAsync(page, welsh, $"/sessions/{sessions[0]}", "Session 1");
        await VisitInLanguageAsync(page, welsh, $"/sessions/{sessions[0]}/record", "Record session 1");
        await VisitInLanguageAsync(page, welsh, $"/sessions/{sessions[0]}/reflection", "Preparation and reflection for session 1");
        await VisitInLanguageAsync(page, welsh, $"/sessions/{sessions[3]}/cancel", "Cancel session 4");
        await page.Context.CloseAsync();

        page = await browser.NewSignedInPageAsync(coachee.Email, welsh, NewPerson.Password);
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}", $"Coaching with {coach}");
        await VisitInLanguageAsync(page, welsh, $"/sessions/{sessions[3]}/preparation", "Meeting preparation for session 4");
        await VisitInLanguageAsync(page, welsh, $"/sessions/{sessions[0]}/feedback", "Feedback on session 1");
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}/rating", "Rate your coach");
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}/evaluation", "Final evaluation");
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}/end", "End the partnership");
        await page.Context.CloseAsync();

        page = await browser.NewSignedInPageAsync(SignIn.Demo("manager"), welsh);
        await VisitInLanguageAsync(page, welsh, $"/relationships/{id}/three-way", $"Shared goals of {coachee.FullName}");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(PrivateGoal);
        await page.Context.CloseAsync();

        // The pages the English journey below does not open, in English.
        page = await browser.NewSignedInPageAsync(coachee.Email, password: NewPerson.Password);
        await VisitInLanguageAsync(page, "en-GB", $"/sessions/{sessions[3]}/preparation", "Meeting preparation for session 4");
        await VisitInLanguageAsync(page, "en-GB", $"/relationships/{id}/rating", "Rate your coach");
        await page.Context.CloseAsync();
    }

    /// <summary>The review after the third session, then two cancellations in a row (one by each side) flag a review again.</summary>
    private static async Task ReviewThenCancelTwiceAsync(IPage coach, IPage coachee, Guid id, Guid[] sessions)
    {
        await coach.GotoAsync($"/relationships/{id}");
        await Choose(coach, "What did you agree at the review?", "Carry on as agreed");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(coach.Locator("#review")).ToHaveCountAsync(0);
        await Assertions.Expect(coach.GetByRole(AriaRole.Main)).ToContainTextAsync("Session 4");

        await CancelSessionAsync(coach, id, sessions[3], check: true);
        await Assertions.Expect(coach.Locator("#review")).ToHaveCountAsync(0);
        await CancelSessionAsync(coachee, id, sessions[4], check: false);
        await Assertions.Expect(coachee.Locator("#review")).ToContainTextAsync("2 sessions in a row have been cancelled");
        var rows = coachee.GetByRole(AriaRole.Region, new() { Name = "Sessions", Exact = true }).Locator("tbody tr");
        await Assertions.Expect(rows.Nth(3)).ToContainTextAsync("by the coach");
        await Assertions.Expect(rows.Nth(4)).ToContainTextAsync("by the coachee");

        await coach.GotoAsync($"/relationships/{id}");
        await Assertions.Expect(coach.Locator("#review")).ToContainTextAsync("2 sessions in a row have been cancelled");
        await Assertions.Expect(coach.GetByRole(AriaRole.Main)).ToContainTextAsync("None arranged");
    }

    private static async Task FeedbackEndingAndEvaluationAsync(IPage page, Guid id, Guid firstSession)
    {
        await page.GotoAsync($"/sessions/{firstSession}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Give feedback on this session" }).ClickAsync();
        await OnPageAsync(page, $"/sessions/{firstSession}/feedback");
        await page.GetByLabel("What worked well in the session?").FillAsync("Being asked what I would do if I could not fail.");
        await page.GetByLabel("What worked less well?").FillAsync("We ran over time at the end.");
        await page.GetByLabel("What could your coach develop or learn?").FillAsync("Summarise the actions before we close.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await ArriveAsync(page, $"/sessions/{firstSession}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Your feedback on this session" })).ToBeVisibleAsync();

        await page.GotoAsync($"/relationships/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "End the partnership" }).ClickAsync();
        await OnPageAsync(page, $"/relationships/{id}/end");
        await Choose(page, "Why is the partnership ending?", "The goals have been achieved");
        await page.GetByLabel("In your own words").FillAsync("The rota runs without me now.");
        await page.GetByLabel("I want to end this partnership now").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "End the partnership" }).ClickAsync();
        await ArriveAsync(page, $"/relationships/{id}");
        await Assertions.Expect(page.Locator("#ending")).ToContainTextAsync("ended by the coachee");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Arrange a session" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Give your final evaluation" }).ClickAsync();
        await OnPageAsync(page, $"/relationships/{id}/evaluation");
        await page.GetByLabel("How did you find your coach's style?").FillAsync("Calm and challenging in the right measure.");
        await Choose(page, "Did the sessions meet your expectations?", "Yes");
        await Choose(page, "Would you recommend coaching or mentoring to colleagues?", "Yes");
        await page.GetByLabel("How have things changed since the coaching?").FillAsync("I delegate the rota and hold monthly supervision.");
        await Choose(page, "Would you consider a coaching course in the future?", "No");
        await page.GetByLabel("Helpful 1", new() { Exact = true }).FillAsync("The GROW questions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the evaluation" }).ClickAsync();
        await ArriveAsync(page, $"/relationships/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Your final evaluation (given)" })).ToBeVisibleAsync();
    }

    private async Task TheLineManagerStillSeesOnlyTheSharedGoalAsync(Guid id)
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("manager"));
        await page.GotoAsync($"/relationships/{id}/three-way");
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync(SharedGoal);
        await Assertions.Expect(main).Not.ToContainTextAsync(PrivateGoal);
        await Assertions.Expect(main).Not.ToContainTextAsync("The rota runs without me now.");
        Assert.Equal(404, (await page.GotoAsync($"/relationships/{id}/evaluation"))!.Status);
        await page.Context.CloseAsync();
    }
}
