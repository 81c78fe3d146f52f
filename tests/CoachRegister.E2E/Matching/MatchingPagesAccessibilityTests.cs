using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;
using static CoachRegister.E2E.Matching.MatchingSteps;

namespace CoachRegister.E2E.Matching;

/// <summary>
/// axe on every matching page, in English and in Welsh, as each person reaches it from the demo register: the
/// requester's, the line manager's, the coach's and mentor's, and the scheme team's. In Welsh each page's title
/// must not be the English one, so a page whose text was never translated fails.
/// </summary>
[Collection(MatchingPortalCollection.Name)]
public class MatchingPagesAccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("en-GB")]
    [InlineData("cy-GB")]
    public async Task The_scheme_teams_matching_pages_pass_axe(string locale)
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr"), locale);
        await MatchingSteps.VisitInLanguageAsync(page, locale, "/hr/matching", "Requests to match");
        await MatchingSteps.VisitInLanguageAsync(page, locale, "/hr/matching?stage=Waitlisted", "Requests to match");
        await MatchingSteps.VisitInLanguageAsync(page, locale, "/hr/matching?stage=Proposed", "Requests to match");
        await page.GotoAsync("/hr/matching");
        await FollowAsync(page, page.Locator("#queue tbody tr a").First);
        await MatchingSteps.ArriveInLanguageAsync(page, locale, "Match ");

        await MatchingSteps.VisitInLanguageAsync(page, locale, "/hr/matching/cohorts", "Cohorts");
        await FollowAsync(page, page.Locator("main a[href^='/hr/matching/cohorts/new']").First);
        await MatchingSteps.ArriveInLanguageAsync(page, locale, "Match a cohort in");
        await FollowAsync(page, page.Locator("main form button[type=submit]"));
        // Sent empty, the form answers with its error summary, which must be accessible too.
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await MatchingSteps.ArriveInLanguageAsync(page, locale, "Match a cohort in");

        // An HR admin of one scheme goes straight to its settings; one of two schemes chooses the scheme first.
        await MatchingSteps.VisitInLanguageAsync(page, locale, "/hr/matching/settings", "Matching settings:");
        await page.Context.CloseAsync();
        var lead = await browser.NewSignedInPageAsync(SignIn.Demo("hr.academy"), locale);
        await MatchingSteps.VisitInLanguageAsync(lead, locale, "/hr/matching/settings", "Matching settings");
        await FollowAsync(lead, lead.Locator("main a[href^='/hr/matching/settings/']").First);
        await MatchingSteps.ArriveInLanguageAsync(lead, locale, "Matching settings:");
        await lead.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("cy-GB")]
    public async Task The_requesters_line_managers_and_coaches_matching_pages_pass_axe(string locale)
    {
        var staff = await browser.NewSignedInPageAsync(SignIn.Demo("staff"), locale);
        await MatchingSteps.VisitInLanguageAsync(staff, locale, "/requests", "Your requests for a coach or mentor");
        await FollowAsync(staff, staff.Locator("main table a[href^='/requests/']").First);
        await MatchingSteps.ArriveInLanguageAsync(staff, locale, "Your request for a");
        await MatchingSteps.VisitInLanguageAsync(staff, locale, "/requests/new", "Ask for a coach or mentor");
        await staff.Context.CloseAsync();

        var manager = await browser.NewSignedInPageAsync(SignIn.Demo("manager"), locale);
        await manager.GotoAsync("/");
        await FollowAsync(manager, manager.Locator("#requests-to-support a").First);
        await MatchingSteps.ArriveInLanguageAsync(manager, locale, "Support ");
        await manager.Context.CloseAsync();

        var coach = await browser.NewSignedInPageAsync(SignIn.Demo("coach"), locale);
        await MatchingSteps.VisitInLanguageAsync(coach, locale, "/proposals", "Your proposals");
        await FollowAsync(coach, coach.Locator("#waiting a").First);
        await MatchingSteps.ArriveInLanguageAsync(coach, locale, "Coaching for");
        await coach.Context.CloseAsync();

        var mentor = await browser.NewSignedInPageAsync(SignIn.Demo("mentor"), locale);
        await MatchingSteps.VisitInLanguageAsync(mentor, locale, "/proposals", "Your proposals");
        await FollowAsync(mentor, mentor.Locator("#chemistry a").First);
        await MatchingSteps.ArriveInLanguageAsync(mentor, locale, "Chemistry meeting with");
        await mentor.Context.CloseAsync();
    }

    /// <summary>Every page of the request form, a mentoring request so the gap page is in it too.</summary>
    [Theory]
    [InlineData("en-GB")]
    [InlineData("cy-GB")]
    public async Task Every_page_of_the_request_form_passes_axe(string locale)
    {
        var requester = CouncilStaff("Nia", locale == "cy-GB" ? "Gwenallt" : "Holloway");
        await browser.RegisterAndConfirmAsync(requester);
        var page = await browser.NewSignedInPageAsync(requester.Email, locale, NewPerson.Password);
        await MatchingSteps.VisitInLanguageAsync(page, locale, "/requests/new", "Ask for a coach or mentor");
        await FollowAsync(page, page.Locator("main form button[type=submit]"));
        await page.WaitForURLAsync(url => url.EndsWith("/kind", StringComparison.Ordinal));
        var id = new Uri(page.Url).AbsolutePath.Split('/')[2];
        await MatchingSteps.ArriveInLanguageAsync(page, locale, "Do you want coaching or mentoring?");
        await page.Locator("input[name=Kind][value=Mentoring]").CheckAsync();
        await FollowAsync(page, page.Locator("main form button[type=submit]"));
        await page.WaitForURLAsync(url => url.EndsWith("/reasons", StringComparison.Ordinal));

        (string Section, string Title)[] sections =
        [
            ("reasons", "Why would you like this support?"),
            ("gap", "What gap would you like mentoring to fill?"),
            ("areas", "Which areas would you like help with?"),
            ("goals", "What would you like to see as a result?"),
            ("arrangements", "How and when can you meet?"),
            ("preferences", "Who would you like as your coach or mentor?"),
            ("check", "Check your answers before sending your request"),
            ("withdraw", "Are you sure you want to withdraw your request?"),
        ];
        foreach (var (section, title) in sections)
        {
            await MatchingSteps.VisitInLanguageAsync(page, locale, $"/requests/{id}/{section}", title);
        }

        // Sent empty, a page of the form answers with its error summary.
        await page.GotoAsync($"/requests/{id}/reasons");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await MatchingSteps.ArriveInLanguageAsync(page, locale, "Why would you like this support?");
    }

    /// <summary>Clicks a link or button and waits for the page it leads to.</summary>
    private static async Task FollowAsync(IPage page, ILocator target)
    {
        var before = page.Url;
        await target.ClickAsync();
        await page.WaitForURLAsync(url => url != before, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }
}
