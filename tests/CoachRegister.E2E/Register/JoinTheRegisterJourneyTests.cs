using System.Globalization;
using System.Text.RegularExpressions;
using CoachRegister.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Register;

/// <summary>
/// Issue 3 in the browser: a new person applies to join the register, their line manager supports it, the
/// scheme's HR admin accepts it, the new coach publishes a profile and a member of staff finds them.
/// </summary>
[Collection(PortalCollection.Name)]
public partial class JoinTheRegisterJourneyTests(BrowserFixture browser)
{
    private const string HubOrganisation = "Northfell Primary Care Training Hub";
    private const string HubScheme = "Northfell Primary Care Mentoring Scheme";

    [Fact]
    public async Task A_new_coach_applies_is_supported_and_accepted_publishes_a_profile_and_staff_find_them()
    {
        var applicant = new NewPerson(
            "Morwenna", "Penhaligon", "morwenna.penhaligon@northfell.example", "Practice Nurse",
            HubOrganisation, "Fellside Medical Practice", SignIn.Demo("manager"));
        await browser.RegisterAndConfirmAsync(applicant);

        await ApplyAsync(applicant);
        await SupportAsLineManagerAsync(applicant);
        await AcceptAsHrAsync(applicant);
        var profileUrl = await PublishProfileAsync(applicant);
        await FindInDirectoryAsync(applicant, profileUrl);
    }

    [Fact]
    public async Task The_directory_a_profile_the_join_form_and_the_hr_queue_are_in_Welsh_and_accessible()
    {
        var staff = await browser.NewSignedInPageAsync(SignIn.Demo("staff"), "cy-GB");
        await staff.GotoAsync("/coaches");
        Assert.True(new Uri(staff.Url).AbsolutePath == "/coaches", $"At {staff.Url}: {await staff.GetByRole(AriaRole.Main).InnerTextAsync()}");
        await AssertWelshAsync(staff, notInEnglish: "Find a coach");
        await staff.GetByLabel("Maes cymorth").SelectOptionAsync(new SelectOptionValue { Label = "Datblygu tîm" });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Chwilio", Exact = true }).ClickAsync();
        await staff.WaitForURLAsync(url => url.Contains("area=", StringComparison.Ordinal));
        var firstCoach = staff.Locator("#results").GetByRole(AriaRole.Link).First;
        await Assertions.Expect(firstCoach).ToBeVisibleAsync();
        await AssertWelshAsync(staff, notInEnglish: "Find a coach");
        await staff.SaveForDocsAsync("directory-cy");

        await firstCoach.ClickAsync();
        await staff.WaitForURLAsync(CoachProfileUrl());
        await AssertWelshAsync(staff, notInEnglish: "About", heading: staff.GetByRole(AriaRole.Heading, new() { Level = 2 }).First);

        var hr = await browser.NewSignedInPageAsync(SignIn.Demo("hr"), "cy-GB");
        await hr.GotoAsync("/hr/applications");
        await AssertWelshAsync(hr, notInEnglish: "Applications to join the register");
        await Assertions.Expect(hr.Locator("#applications tbody tr").First).ToBeVisibleAsync();

        var welshApplicant = new NewPerson(
            "Eluned", "Tregaron", "eluned.tregaron@cwmtaran.example", "Housing Officer",
            "Cwm Taran County Council", "Housing", SignIn.Demo("manager"));
        await browser.RegisterAndConfirmAsync(welshApplicant);
        var join = await browser.NewSignedInPageAsync(welshApplicant.Email, "cy-GB", NewPerson.Password);
        await join.GotoAsync("/join");
        await AssertWelshAsync(join, notInEnglish: "Join the register as a coach or mentor");
        await join.GetByRole(AriaRole.Main).Locator("form button[type=submit]").ClickAsync();
        await join.WaitForURLAsync(url => url.EndsWith("/join/offer", StringComparison.Ordinal));
        await AssertWelshAsync(join, notInEnglish: "What would you like to offer?", heading: join.Locator("legend").First);
    }

    private async Task ApplyAsync(NewPerson applicant)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(applicant.Email, NewPerson.Password);

        await page.GotoAsync("/join");
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await OnPageAsync(page, "/join/offer");
        await page.GetByLabel("Coaching", new() { Exact = true }).CheckAsync();
        // The scheme of the person's organisation is chosen for them.
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"You are applying to join the register of {HubScheme}.");
        await ContinueAsync(page);

        await OnPageAsync(page, "/join/experience");
        await page.GetByLabel("What experience and skills would make you a good coach or mentor?")
            .FillAsync("Practice nurse for twelve years; I lead the practice's induction of new nurses.");
        await page.GetByLabel("What attracts you to coaching or mentoring?")
            .FillAsync("Coaching helped me through a change of role and I want to offer colleagues the same.");
        await ContinueAsync(page);

        await OnPageAsync(page, "/join/areas");
        await page.GetByLabel("Team development").CheckAsync();
        await page.GetByLabel("Managing change").CheckAsync();
        await ContinueAsync(page);

        await OnPageAsync(page, "/join/qualifications");
        await Choose(page, "Do you already hold a coaching accreditation?", "No");
        await Choose(page, "ILM Level 3 in coaching or mentoring", "Not held");
        await Choose(page, "ILM Level 5 in coaching or mentoring", "Achieved");
        await Choose(page, "ILM Level 7 in coaching or mentoring", "Not held");
        await Choose(page, "Another coaching or mentoring qualification", "Not held");
        await ContinueAsync(page);

        // The hub's scheme asks for two referees and practice details; the other schemes skip these pages.
        await OnPageAsync(page, "/join/references");
        var main = page.GetByRole(AriaRole.Main);
        string[][] referees =
        [
            ["Dr Alys Fenwick", "GP Partner", "alys.fenwick@northfell.example", "01632 960 101", "Practice lead for nursing"],
            ["Tamsin Rowe", "Lead Nurse", "tamsin.rowe@northfell.example", "01632 960 202", "Former line manager"],
        ];
        for (var i = 0; i < referees.Length; i++)
        {
            await main.GetByLabel("Name", new() { Exact = true }).Nth(i).FillAsync(referees[i][0]);
            await main.GetByLabel("Job title").Nth(i).FillAsync(referees[i][1]);
            await main.GetByLabel("E-mail address").Nth(i).FillAsync(referees[i][2]);
            await main.GetByLabel("Telephone").Nth(i).FillAsync(referees[i][3]);
            await main.GetByLabel("Relationship to you").Nth(i).FillAsync(referees[i][4]);
        }

        await ContinueAsync(page);

        await OnPageAsync(page, "/join/practice");
        await Choose(page, "Who should be paid for your coaching or mentoring?", "Me, as an individual");
        await Choose(page, "Are you self-employed?", "No");
        await ContinueAsync(page);

        await OnPageAsync(page, "/join/start-date");
        await Assertions.Expect(main).ToContainTextAsync("to support your application");
        var start = DateTime.UtcNow.Date.AddDays(30);
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(start.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(start.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(start.Year.ToString(CultureInfo.InvariantCulture));
        await ContinueAsync(page);

        await OnPageAsync(page, "/join/commitments");
        var commitments = main.GetByRole(AriaRole.Checkbox);
        Assert.Equal(5, await commitments.CountAsync());
        foreach (var commitment in await commitments.AllAsync())
        {
            await commitment.CheckAsync();
        }

        await ContinueAsync(page);

        await OnPageAsync(page, "/join/check");
        await Assertions.Expect(main).ToContainTextAsync("Team development");
        await Assertions.Expect(main).ToContainTextAsync("Dr Alys Fenwick");
        // Each area and each referee's detail on a line of its own, as the summary list is meant to read.
        var areas = main.Locator("dd").Filter(new() { HasText = "Team development" });
        await Assertions.Expect(areas).ToHaveCSSAsync("white-space", "pre-line");
        await page.SaveForDocsAsync("join-check-answers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();

        await OnPageAsync(page, "/join/sent");
        await page.GotoAsync("/join");
        await Assertions.Expect(main).ToContainTextAsync("sent to your line manager");
        await page.Context.CloseAsync();
    }

    private async Task SupportAsLineManagerAsync(NewPerson applicant)
    {
        var page = await browser.NewSignedInPageAsync(applicant.LineManagerEmail);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Application from {applicant.FullName}" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/join/support/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync($"Support {applicant.FullName}'s application");
        await page.AssertNoViolationsAsync();

        await page.GetByLabel("Yes, I support it").CheckAsync();
        await page.GetByLabel("Comment").FillAsync("Morwenna has my support; we will protect two hours a month for it.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send response" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You have supported this application.");
        await page.AssertNoViolationsAsync();
        await page.Context.CloseAsync();
    }

    private async Task AcceptAsHrAsync(NewPerson applicant)
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr.hub"));
        await page.GotoAsync("/hr/applications");
        await page.AssertNoViolationsAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = applicant.FullName });
        await Assertions.Expect(row).ToContainTextAsync("Waiting for decision");
        await row.GetByRole(AriaRole.Link, new() { Name = applicant.FullName }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync($"Application from {applicant.FullName}");
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync("hr-application");

        await Choose(page, "Your decision", "Accept");
        var start = DateTime.UtcNow.Date.AddDays(45);
        var decision = page.Locator("#decision-form");
        await decision.GetByLabel("Day", new() { Exact = true }).FillAsync(start.Day.ToString(CultureInfo.InvariantCulture));
        await decision.GetByLabel("Month", new() { Exact = true }).FillAsync(start.Month.ToString(CultureInfo.InvariantCulture));
        await decision.GetByLabel("Year", new() { Exact = true }).FillAsync(start.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();

        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Accepted");
        await Assertions.Expect(page.GetByRole(AriaRole.Main))
            .ToContainTextAsync(start.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await page.AssertNoViolationsAsync();
        await page.Context.CloseAsync();
    }

    private async Task<string> PublishProfileAsync(NewPerson applicant)
    {
        // A fresh sign-in: the coach role granted on acceptance is read when the session starts.
        var page = await browser.NewPageAsync();
        await page.SignInAsync(applicant.Email, NewPerson.Password);
        await page.GotoAsync("/profile");
        await Assertions.Expect(page.Locator("#profile-status")).ToHaveTextAsync("Draft");
        await page.AssertNoViolationsAsync();

        await page.GetByLabel("About you").FillAsync(
            "I coach nurses and healthcare assistants who are new to leading a team, and anyone facing a change of role.");
        await Choose(page, "Are you a trained supervisor?", "No");
        await Choose(page, "Do you charge fees for coaching or mentoring?", "No");
        var formats = page.GetByRole(AriaRole.Group, new() { Name = "Formats you offer" });
        await formats.GetByLabel("Video call").CheckAsync();
        await formats.GetByLabel("Face to face").CheckAsync();
        await page.GetByLabel("Location", new() { Exact = true }).FillAsync("Fellside, Northfell");
        await page.GetByLabel("How many people can you support at once?").FillAsync("3");
        await Choose(page, "Are you taking new people now?", "Yes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your profile has been saved.");
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish my profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your profile is published.");
        await Assertions.Expect(page.Locator("#profile-status")).ToHaveTextAsync("Published");
        var ownView = page.GetByRole(AriaRole.Link, new() { Name = "See your profile as staff see it" });
        var href = await ownView.GetAttributeAsync("href");
        await page.Context.CloseAsync();
        return href!;
    }

    // Staff see their own scheme's register: the hub's HR admin works at the hub, so finds its new mentor.
    private async Task FindInDirectoryAsync(NewPerson applicant, string profileUrl)
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr.hub"));
        await page.GotoAsync("/coaches");
        await page.GetByLabel("Area of support").SelectOptionAsync(new SelectOptionValue { Label = "Team development" });
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = HubOrganisation });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("area=", StringComparison.Ordinal));

        var results = page.Locator("#results");
        var coach = results.GetByRole(AriaRole.Link, new() { Name = applicant.FullName });
        await Assertions.Expect(coach).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("result");
        await Assertions.Expect(page.GetByLabel("Organisation").Locator("option:checked")).ToHaveTextAsync(HubOrganisation);
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync("directory");

        await page.GetByLabel("Search by name, biography or area").FillAsync("change of role");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 result");

        await coach.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(profileUrl, StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(applicant.FullName);
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync("new to leading a team");
        await Assertions.Expect(main).ToContainTextAsync("Video call");
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync("profile");
    }

    /// <summary>Arrives on a page of the join form and checks it with axe before the person fills it in.</summary>
    private static async Task OnPageAsync(IPage page, string path)
    {
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            var problem = await page.GetByRole(AriaRole.Alert).AllInnerTextsAsync();
            Assert.Fail($"Expected {path} but the browser is at {page.Url}: {string.Join(" ", problem)}");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await page.AssertNoViolationsAsync();
    }

    private static Task ContinueAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

    private static Task Choose(IPage page, string question, string answer) =>
        page.GetByRole(AriaRole.Group, new() { Name = question, Exact = true })
            .GetByLabel(answer, new() { Exact = true })
            .CheckAsync();

    private static async Task AssertWelshAsync(IPage page, string notInEnglish, ILocator? heading = null)
    {
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        var title = heading ?? page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(title).Not.ToHaveTextAsync(notInEnglish);
        await page.AssertNoViolationsAsync();
    }

    [GeneratedRegex("/coaches/[0-9a-f-]{36}$")]
    private static partial Regex CoachProfileUrl();
}
