using System.Globalization;
using System.Text.RegularExpressions;
using CoachRegister.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Matching;

/// <summary>
/// The steps of asking for a coach and being matched, as each person clicks them, with axe on every page they
/// reach. Each journey registers its own requesters under the demo line manager, so the demo data's own
/// requests never get in the way.
/// </summary>
public static partial class MatchingSteps
{
    public const string CouncilOrganisation = "Cwm Taran County Council";
    public const string CouncilScheme = "Cwm Taran Coaching and Mentoring Scheme";

    /// <summary>A member of the council's Children's Services, managed by the demo line manager.</summary>
    public static NewPerson CouncilStaff(string given, string family) =>
        new(given, family, $"{given}.{family}.{Guid.NewGuid().ToString("N")[..6]}@cwmtaran.example",
            "Family Support Worker", CouncilOrganisation, "Children's Services", SignIn.Demo("manager"));

    /// <summary>The full name of a demo sign-in, as the seeder made it (the demo e-mail is known, the name is random).</summary>
    public static async Task<string> DemoNameAsync(this BrowserFixture browser, string mailbox)
    {
        var email = SignIn.Demo(mailbox);
        string? name = null;
        await browser.Portal.WithDbAsync(async db => name = await db.People.AsNoTracking()
            .Where(p => p.Email == email).Select(p => p.GivenName + " " + p.FamilyName).SingleAsync());
        return name!;
    }

    /// <summary>
    /// The requester finds <paramref name="preferredCoach"/> in the directory (if named), asks for them and goes
    /// through every page of the form to check your answers, then sends the request. Returns the request's id.
    /// </summary>
    public static async Task<Guid> AskForACoachAsync(this BrowserFixture browser, NewPerson requester, string? preferredCoach, bool forDocs = false)
    {
        var page = await browser.NewSignedInPageAsync(requester.Email, password: NewPerson.Password);
        if (preferredCoach is null)
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Ask for a coach or mentor" }).First.ClickAsync();
            await OnPageAsync(page, "/requests/new");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ask for a coach or mentor");
        }
        else
        {
            await page.GotoAsync("/coaches");
            await page.GetByLabel("Search by name, biography or area").FillAsync(preferredCoach);
            await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains('?', StringComparison.Ordinal));
            await page.AssertNoViolationsAsync();
            await page.Locator("#results").GetByRole(AriaRole.Link, new() { Name = preferredCoach }).ClickAsync();
            await page.WaitForURLAsync(CoachProfileUrl());
            await page.AssertNoViolationsAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Ask for this coach" }).ClickAsync();
            await OnPageAsync(page, "/requests/new");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Ask for {preferredCoach} as your coach");
        }

        if (forDocs)
        {
            await page.SaveForDocsAsync("matching-ask-start");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/requests/[0-9a-f-]{36}/kind$"));
        var id = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/')[2]);
        await OnPageAsync(page, RequestPage(id, "kind"));
        var kind = page.GetByLabel("Coaching", new() { Exact = true });
        if (preferredCoach is not null)
        {
            // Asked from a coach's profile, the form already knows it is coaching.
            await Assertions.Expect(kind).ToBeCheckedAsync();
        }

        await kind.CheckAsync();
        await ContinueAsync(page);

        await OnPageAsync(page, RequestPage(id, "reasons"));
        await page.GetByLabel("Reason 1", new() { Exact = true }).FillAsync("I have just become a team leader and want to lead well from the start.");
        await page.GetByLabel("Reason 2 (optional)").FillAsync("Our service is being reorganised this year.");
        await Choose(page, "Did the need come from your appraisal or supervision?", "Yes");
        await page.GetByLabel("Keep my reasons from my line manager").CheckAsync();
        await ContinueAsync(page);

        await OnPageAsync(page, RequestPage(id, "areas"));
        var areas = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Checkbox);
        await areas.Nth(0).CheckAsync();
        await areas.Nth(1).CheckAsync();
        await ContinueAsync(page);

        await OnPageAsync(page, RequestPage(id, "goals"));
        await page.GetByLabel("For yourself").FillAsync("Delegate with confidence and hold good supervision conversations.");
        await page.GetByLabel("For your team (optional)").FillAsync("A team that plans its own rota.");
        await ContinueAsync(page);

        await OnPageAsync(page, RequestPage(id, "arrangements"));
        var formats = page.GetByRole(AriaRole.Group, new() { Name = "Which ways of meeting suit you?" });
        foreach (var format in new[] { "Face to face", "Telephone", "Video call" })
        {
            await formats.GetByLabel(format, new() { Exact = true }).CheckAsync();
        }

        await page.GetByLabel("Preferred days and times (optional)").FillAsync("Tuesday or Thursday mornings");
        await ContinueAsync(page);

        await OnPageAsync(page, RequestPage(id, "preferences"));
        if (preferredCoach is null)
        {
            await Assertions.Expect(page.Locator("#no-choices")).ToBeVisibleAsync();
        }
        else
        {
            var first = page.Locator("#choices .govuk-summary-list__row").First;
            await Assertions.Expect(first).ToContainTextAsync("First choice");
            await Assertions.Expect(first).ToContainTextAsync(preferredCoach);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await OnPageAsync(page, RequestPage(id, "check"));
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync("1. I have just become a team leader");
        await Assertions.Expect(main).ToContainTextAsync("(kept from your line manager)");
        await Assertions.Expect(main).ToContainTextAsync("Tuesday or Thursday mornings");
        if (forDocs)
        {
            await page.SaveForDocsAsync("matching-ask-check");
            await page.SetViewportSizeAsync(375, 800);
            await page.SaveForDocsAsync("matching-ask-check-narrow");
            await page.SetViewportSizeAsync(1280, 900);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        await OnPageAsync(page, $"/requests/{id}", bannerExpected: true);
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync("Request sent to");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Waiting for the line manager");
        await page.Context.CloseAsync();
        return id;
    }

    private static string RequestPage(Guid id, string section) => $"/requests/{id}/{section}";

    /// <summary>The line manager finds the request on their home page and supports it with protected time.</summary>
    public static async Task SupportAsync(this BrowserFixture browser, NewPerson requester, bool forDocs = false)
    {
        var page = await browser.NewSignedInPageAsync(requester.LineManagerEmail);
        await page.GotoAsync("/");
        await page.Locator("#requests-to-support").GetByRole(AriaRole.Link, new() { Name = $"{requester.FullName} asks for a coach" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/requests/support/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Support {requester.FullName}'s request for a coach");
        var main = page.GetByRole(AriaRole.Main);
        // The requester kept their reasons from their line manager; their goals were not kept.
        await Assertions.Expect(main).Not.ToContainTextAsync("I have just become a team leader");
        await Assertions.Expect(main).ToContainTextAsync("Delegate with confidence");
        await page.AssertNoViolationsAsync();

        await Choose(page, "Do you support this request?", "Yes, I support it and will give protected time for it");
        await page.GetByLabel("Protected time you agree to give, in hours a month").FillAsync("2");
        await page.GetByLabel("Comment").FillAsync("Happy to support this; we will protect two hours a month.");
        if (forDocs)
        {
            await page.SaveForDocsAsync("matching-support");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync($"You have supported {requester.FullName}'s request");
        await Assertions.Expect(page.Locator("#answered")).ToContainTextAsync("2 hours a month");
        await page.AssertNoViolationsAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>The scheme's HR admin opens the request from the queue of requests waiting for a match.</summary>
    public static async Task<IPage> OpenFromTheQueueAsync(this BrowserFixture browser, NewPerson requester)
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr"));
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("[data-figure=waiting-for-match]")).Not.ToHaveTextAsync("0");
        await page.Locator("#matching-queue").GetByRole(AriaRole.Link, new() { Name = "Match requests" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/hr/matching");
        // The stages are links to pages of their own, not tabs with panels.
        await Assertions.Expect(page.GetByRole(AriaRole.Tab)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Waiting for a match" })).ToHaveAttributeAsync("aria-current", "page");
        await page.AssertNoViolationsAsync();
        var row = page.Locator("#queue tbody tr").Filter(new() { HasText = requester.FullName });
        // Oldest first: a request supported today may be on a later page.
        var next = page.Locator(".govuk-pagination__next a");
        while (await row.CountAsync() == 0 && await next.CountAsync() > 0)
        {
            await page.GotoAsync((await next.GetAttributeAsync("href"))!);
        }

        await Assertions.Expect(row).ToContainTextAsync("Coaching");
        await Assertions.Expect(row.Locator("[data-age]")).ToHaveTextAsync("0");
        await row.GetByRole(AriaRole.Link, new() { Name = requester.FullName }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/hr/matching/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Match {requester.FullName}");
        // The scheme team reads the reasons the line manager did not.
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("I have just become a team leader");
        await page.AssertNoViolationsAsync();
        return page;
    }

    /// <summary>The suggestion for <paramref name="coach"/> on HR's request page.</summary>
    public static ILocator Suggestion(this IPage page, string coach) =>
        page.Locator("#suggestions .govuk-radios__item").Filter(new() { Has = page.Locator("label", new() { HasTextRegex = new Regex("^\\s*" + Regex.Escape(coach) + "\\b") }) });

    /// <summary>Proposes the coach whose suggestion is given and checks the confirmation.</summary>
    public static async Task ProposeAsync(IPage page, ILocator suggestion, string coach)
    {
        await suggestion.GetByRole(AriaRole.Radio).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose this coach or mentor" }).ClickAsync();
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync($"Proposal sent to {coach}");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Proposed: waiting for the coach's answer");
        await page.AssertNoViolationsAsync();
    }

    /// <summary>The proposed coach opens the proposal from their home page.</summary>
    public static async Task<IPage> OpenProposalAsync(this BrowserFixture browser, string coachMailbox, NewPerson requester)
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo(coachMailbox));
        await page.GotoAsync("/");
        await page.Locator("#my-proposals").GetByRole(AriaRole.Link, new() { Name = $"{requester.FullName} is waiting for your answer" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/proposals/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Coaching for {requester.FullName}");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Proposed");
        await page.AssertNoViolationsAsync();
        return page;
    }

    /// <summary>Arranges the chemistry meeting for today (so both can answer straight after) by video call.</summary>
    public static async Task ArrangeTheMeetingAsync(IPage page, string other)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Chemistry meeting with {other}");
        await page.AssertNoViolationsAsync();
        var today = DateTime.UtcNow.Date;
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await Choose(page, "How will you meet?", "Video call");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).ClickAsync();
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync($"The chemistry meeting is arranged and {other} has been told");
        await Assertions.Expect(page.Locator("#meeting")).ToContainTextAsync(today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await page.AssertNoViolationsAsync();
    }

    /// <summary>Says yes after the chemistry meeting.</summary>
    public static async Task SayYesAsync(IPage page, string other)
    {
        await Choose(page, $"Do you want to go on with {other}?", "Yes, I want to go on");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
    }

    /// <summary>Arrives on a page and checks it with axe before the person reads or fills it in.</summary>
    public static async Task OnPageAsync(IPage page, string path, bool bannerExpected = false)
    {
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException)
        {
            var problem = await page.GetByRole(AriaRole.Main).InnerTextAsync();
            Assert.Fail($"Expected {path} but the browser is at {page.Url}: {problem}");
        }

        if (!bannerExpected)
        {
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
        }

        await page.AssertNoViolationsAsync();
    }

    /// <summary>
    /// Opens <paramref name="path"/> and checks that it answers, is in the reader's language (in Welsh its title is
    /// not the English one, so a page whose text was never translated fails) and passes axe.
    /// </summary>
    public static async Task VisitInLanguageAsync(IPage page, string locale, string path, string englishTitle)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok == true, $"GET {path} answered {response?.Status}");
        await ArriveInLanguageAsync(page, locale, englishTitle);
    }

    /// <summary>Checks the page is in the reader's language (its title English or not) and passes axe.</summary>
    public static async Task ArriveInLanguageAsync(IPage page, string locale, string englishTitle)
    {
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var welsh = locale == "cy-GB";
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", welsh ? "cy" : "en");
        var title = await page.TitleAsync();
        if (welsh)
        {
            Assert.DoesNotContain(englishTitle, title, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(englishTitle, title, StringComparison.Ordinal);
        }

        await page.AssertNoViolationsAsync();
    }

    public static Task ContinueAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

    /// <summary>Checks an answer of the question itself, not of a question its answers reveal.</summary>
    public static Task Choose(IPage page, string question, string answer) =>
        page.GetByRole(AriaRole.Group, new() { Name = question, Exact = true })
            .Locator(":scope > .govuk-radios > .govuk-radios__item, :scope > .govuk-checkboxes > .govuk-checkboxes__item")
            .GetByLabel(answer, new() { Exact = true })
            .CheckAsync();

    /// <summary>Passes when nothing makes the page wider than the screen; otherwise names what reaches beyond it.</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var beyond = overflow == 0 ? "" : await page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('.app-table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 8)
                .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`)
                .join(', ')
            """);
        Assert.True(overflow == 0, $"{page.Url} is {overflow} px wider than the screen: {beyond}");
    }

    [GeneratedRegex(@"/coaches/[0-9a-f-]{36}(\?|$)")]
    private static partial Regex CoachProfileUrl();
}
