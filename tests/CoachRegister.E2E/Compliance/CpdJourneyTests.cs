using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.E2E.Infrastructure;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static CoachRegister.E2E.Matching.MatchingSteps;
using static CoachRegister.E2E.Relationships.RelationshipSteps;

namespace CoachRegister.E2E.Compliance;

/// <summary>
/// Issue 10 in the browser, on the leadership academy's register (a rolling year: 2 supervision sessions and 2 CPD
/// activities, paused 90 days after a missed minimum). A coach who joined 14 months ago and recorded nothing is not
/// compliant: they log a CPD activity with a certificate uploaded through the form and a supervision session, and
/// watch their progress bars move; their supervisor confirms the session; the scheme's HR admin filters the list to
/// the coaches who are not compliant, finds them and grants an extension with a reason, and their standing changes.
/// A coach overdue for longer than the grace is paused by the nightly job and is no longer found in the directory.
/// Every page of the journey passes axe in English and in Welsh.
/// </summary>
[Collection(MatchingPortalCollection.Name)]
public class CpdJourneyTests(BrowserFixture browser)
{
    private const string AcademyScheme = "Westmoor Leadership Academy Coaching Register";
    private const string ExtensionReason = "Long-term sick leave from March to May; agreed with the coach's line manager.";

    [Fact]
    public async Task A_coach_logs_cpd_and_supervision_hr_extends_the_deadlines_and_a_coach_past_the_grace_is_paused_out_of_the_directory()
    {
        var (coach, lapsed, supervisor) = await PractitionersAsync();
        var coachPage = await browser.NewSignedInPageAsync(coach.Email);

        await LogCpdWithEvidenceAsync(coachPage);
        await LogSupervisionAsync(coachPage, supervisor.Name);
        await TheSupervisorConfirmsAsync(supervisor.Email, coach);
        await coachPage.GotoAsync("/development");
        await Assertions.Expect(Bar(coachPage, "SupervisionSessions")).ToHaveAttributeAsync("value", "50");
        await Assertions.Expect(coachPage.Locator("#supervision tbody tr").First).ToContainTextAsync("Confirmed");
        await coachPage.SaveForDocsAsync("compliance-development");

        await HrExtendsTheDeadlinesAsync(coach, lapsed);
        await coachPage.GotoAsync("/development");
        await Assertions.Expect(coachPage.Locator("#compliance-status")).ToHaveTextAsync("Due soon");
        await Assertions.Expect(coachPage.Locator("#extensions")).ToContainTextAsync(ExtensionReason);

        await FoundInTheDirectoryAsync(coachPage, lapsed.Name, found: true);
        var run = await NightlyJobAsync();
        Assert.True(run.Paused >= 1, $"The nightly job paused no one: {run}");
        await FoundInTheDirectoryAsync(coachPage, lapsed.Name, found: false);
        await coachPage.Context.CloseAsync();

        await EveryPageInWelshAsync(coach, supervisor.Email);
    }

    private static ILocator Bar(IPage page, string requirement) => page.Locator($"#progress li[data-requirement={requirement}] progress");

    private static async Task LogCpdWithEvidenceAsync(IPage page)
    {
        await page.GotoAsync("/development");
        await ArriveInLanguageAsync(page, "en-GB", "My CPD and supervision");
        await Assertions.Expect(page.Locator("#compliance-status")).ToHaveTextAsync("Not compliant");
        await Assertions.Expect(Bar(page, "CpdActivities")).ToHaveAttributeAsync("value", "0");
        await Assertions.Expect(Bar(page, "SupervisionSessions")).ToHaveAttributeAsync("value", "0");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a CPD activity" }).ClickAsync();
        await OnPageAsync(page, "/development/cpd/new");
        // Sent empty, the form answers with its error summary, which must be accessible too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save activity" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ArriveInLanguageAsync(page, "en-GB", "Record a CPD activity");

        await Choose(page, "Type of activity", "Course");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Activity", Exact = true }).FillAsync("Team coaching: two-day course");
        await page.GetByLabel("Provider (optional)").FillAsync("Westmoor Leadership Academy");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(Iso(Today.AddDays(-10)));
        await page.GetByLabel("Hours", new() { Exact = true }).FillAsync("14");
        await page.GetByLabel("Reflection (optional)").FillAsync("Contracting with a whole team; I will use the check-in round with my next team.");
        await page.GetByLabel("Evidence file (optional)").SetInputFilesAsync(new FilePayload
        {
            Name = "certificate.pdf",
            MimeType = "application/pdf",
            Buffer = Certificate,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save activity" }).ClickAsync();

        await ArriveAsync(page, "/development");
        await Assertions.Expect(Bar(page, "CpdActivities")).ToHaveAttributeAsync("value", "50");
        var row = page.Locator("#cpd tbody tr").Filter(new() { HasText = "Team coaching: two-day course" });
        await Assertions.Expect(row).ToContainTextAsync("Course");
        // The certificate comes back as it was uploaded.
        var href = await row.GetByRole(AriaRole.Link, new() { Name = "Download Team coaching: two-day course" }).GetAttributeAsync("href");
        var download = await page.Context.APIRequest.GetAsync(href!);
        Assert.True(download.Ok, $"GET {href} answered {download.Status}");
        Assert.Equal(Certificate, await download.BodyAsync());
    }

    /// <summary>The smallest file that starts as a PDF does, which is what the portal checks.</summary>
    private static readonly byte[] Certificate = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    private static async Task LogSupervisionAsync(IPage page, string supervisor)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Record supervision or peer support" }).ClickAsync();
        await OnPageAsync(page, "/development/supervision/new");
        await Choose(page, "Type of session", "One-to-one supervision");
        // The supervisor HR allocated is chosen already.
        await Assertions.Expect(page.GetByLabel("Supervisor", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync(supervisor);
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(Iso(Today.AddDays(-3)));
        await page.GetByLabel("Hours", new() { Exact = true }).FillAsync("1.5");
        await page.GetByLabel("Notes (optional)").FillAsync("Reviewed the team coaching contract and one stuck conversation.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();

        await ArriveAsync(page, "/development");
        // Supervision counts once the supervisor confirms it.
        await Assertions.Expect(Bar(page, "SupervisionSessions")).ToHaveAttributeAsync("value", "0");
        await Assertions.Expect(page.Locator("#progress li[data-requirement=SupervisionSessions]")).ToContainTextAsync("1 waiting for the supervisor to confirm");
        await Assertions.Expect(page.Locator("#supervision tbody tr").First).ToContainTextAsync("Waiting");
        await page.AssertNoViolationsAsync();
    }

    private async Task TheSupervisorConfirmsAsync(string supervisorEmail, Practitioner coach)
    {
        var page = await browser.NewSignedInPageAsync(supervisorEmail);
        await page.GotoAsync("/supervision");
        await ArriveInLanguageAsync(page, "en-GB", "Supervision");
        await Assertions.Expect(page.Locator("#supervisees")).ToContainTextAsync(coach.Name);
        await page.Locator("#awaiting").GetByRole(AriaRole.Button, new() { Name = $"Confirm {coach.Name}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#success-banner")).ToContainTextAsync("Session confirmed");
        await Assertions.Expect(page.Locator("#awaiting tbody tr").Filter(new() { HasText = coach.Name })).ToHaveCountAsync(0);
        await page.AssertNoViolationsAsync();

        await page.Locator("#supervisees").GetByRole(AriaRole.Link, new() { Name = coach.Name }).ClickAsync();
        await OnPageAsync(page, $"/supervision/{coach.ProfileId}");
        await Assertions.Expect(Bar(page, "SupervisionSessions")).ToHaveAttributeAsync("value", "50");
        await page.Context.CloseAsync();
    }

    /// <summary>HR filters the list to who is not compliant and extends each of the coach's missed deadlines.</summary>
    private async Task HrExtendsTheDeadlinesAsync(Practitioner coach, Practitioner lapsed)
    {
        var page = await browser.NewSignedInPageAsync(SignIn.Demo("hr.academy"));
        await page.GotoAsync("/hr/compliance");
        await ArriveInLanguageAsync(page, "en-GB", "CPD and supervision compliance");
        await Assertions.Expect(page.Locator($"#standings tr[data-profile='{lapsed.ProfileId}']")).ToContainTextAsync("Paused");

        await page.GetByLabel("Standing").SelectOptionAsync(new SelectOptionValue { Label = "Not compliant" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("status=NotCompliant", StringComparison.Ordinal));
        await ArriveInLanguageAsync(page, "en-GB", "CPD and supervision compliance");
        var standings = page.Locator("#standings tbody tr");
        await Assertions.Expect(standings.Locator(".govuk-tag").Filter(new() { HasNotText = "Not compliant" })).ToHaveCountAsync(0);
        var row = standings.Filter(new() { HasText = coach.Name });
        await Assertions.Expect(row).ToContainTextAsync("1 CPD activity short");
        await page.SaveForDocsAsync("compliance-hr-list");

        await row.GetByRole(AriaRole.Link, new() { Name = coach.Name }).ClickAsync();
        await OnPageAsync(page, $"/hr/compliance/{coach.ProfileId}");
        await Assertions.Expect(page.Locator("#compliance-status")).ToHaveTextAsync("Not compliant");
        var deadline = page.GetByLabel("Deadline to extend");
        var missed = await deadline.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.True(missed.Length >= 2, $"Expected the supervision and CPD deadlines at least, found {string.Join(", ", missed)}");
        foreach (var value in missed)
        {
            await deadline.SelectOptionAsync(value);
            await page.GetByLabel("New deadline").FillAsync(Iso(Today.AddDays(45)));
            await page.GetByLabel("Reason").FillAsync(ExtensionReason);
            await page.GetByRole(AriaRole.Button, new() { Name = "Grant extension" }).ClickAsync();
            await ArriveAsync(page, $"/hr/compliance/{coach.ProfileId}");
        }

        await Assertions.Expect(page.Locator("#compliance-status")).ToHaveTextAsync("Due soon");
        await Assertions.Expect(page.Locator("#extensions li")).ToHaveCountAsync(missed.Length);
        await Assertions.Expect(page.Locator("#progress")).ToContainTextAsync($"Extended to {Today.AddDays(45):d MMMM yyyy}: {ExtensionReason}");
        await page.AssertNoViolationsAsync();
        await page.SaveForDocsAsync("compliance-extension");

        await page.GotoAsync("/hr/compliance?status=NotCompliant");
        await Assertions.Expect(page.Locator($"#standings tr[data-profile='{coach.ProfileId}']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private static async Task FoundInTheDirectoryAsync(IPage page, string name, bool found)
    {
        await page.GotoAsync("/coaches");
        await page.GetByLabel("Search by name, biography or area").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains('?', StringComparison.Ordinal));
        var link = page.Locator("#results").GetByRole(AriaRole.Link, new() { Name = name });
        await Assertions.Expect(link).ToHaveCountAsync(found ? 1 : 0);
        await page.AssertNoViolationsAsync();
    }

    /// <summary>The nightly job's run for today, as the background service starts it.</summary>
    private async Task<ComplianceRunSummary> NightlyJobAsync()
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceJob>().RunAsync(Today);
    }

    /// <summary>Every page of the journey in Welsh as each person reaches it: none keeps its English title, all pass axe.</summary>
    private async Task EveryPageInWelshAsync(Practitioner coach, string supervisorEmail)
    {
        const string welsh = "cy-GB";
        var page = await browser.NewSignedInPageAsync(coach.Email, welsh);
        await VisitInLanguageAsync(page, welsh, "/development", "My CPD and supervision");
        await VisitInLanguageAsync(page, welsh, "/development/cpd/new", "Record a CPD activity");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ArriveInLanguageAsync(page, welsh, "Record a CPD activity");
        await VisitInLanguageAsync(page, welsh, "/development/supervision/new", "Record supervision or peer support");
        await VisitInLanguageAsync(page, welsh, "/coaches?q=" + Uri.EscapeDataString(coach.Name), "Find a coach");
        await page.Context.CloseAsync();

        page = await browser.NewSignedInPageAsync(supervisorEmail, welsh);
        await VisitInLanguageAsync(page, welsh, "/supervision", "Supervision");
        await NamedPageInLanguageAsync(page, welsh, $"/supervision/{coach.ProfileId}");
        await page.Context.CloseAsync();

        page = await browser.NewSignedInPageAsync(SignIn.Demo("hr.academy"), welsh);
        await VisitInLanguageAsync(page, welsh, "/hr/compliance", "CPD and supervision compliance");
        await VisitInLanguageAsync(page, welsh, "/hr/compliance?status=NotCompliant", "CPD and supervision compliance");
        await NamedPageInLanguageAsync(page, welsh, $"/hr/compliance/{coach.ProfileId}");
        await page.Context.CloseAsync();
    }

    /// <summary>A page titled with a person's name, the same in both languages: its headings must not be the English ones.</summary>
    private static async Task NamedPageInLanguageAsync(IPage page, string locale, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok == true, $"GET {path} answered {response?.Status}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        Assert.Equal("cy-GB", locale);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Progress this year");
        await page.AssertNoViolationsAsync();
    }

    private sealed record Practitioner(Guid ProfileId, string Name, string Email);

    /// <summary>
    /// Two members of the academy's staff put on its register through the domain, as an accepted application would:
    /// one who joined 14 months ago (a month into the grace, so not compliant) and one 17 months ago (past the
    /// 90 days' grace, so due to be paused). Both are allocated the academy's first trained supervisor.
    /// </summary>
    private async Task<(Practitioner Coach, Practitioner Lapsed, (string Name, string Email) Supervisor)> PractitionersAsync()
    {
        Practitioner? coach = null, lapsed = null;
        (string, string) supervisor = default;
        await browser.Portal.WithDbAsync(async db =>
        {
            var scheme = await db.Schemes.SingleAsync(s => s.Name == AcademyScheme);
            var lead = await db.CoachProfiles.Include(p => p.Person)
                .Where(p => p.SchemeId == scheme.Id && p.IsTrainedSupervisor && p.Status == ProfileStatus.Published)
                .OrderBy(p => p.Person!.Email).FirstAsync();
            supervisor = (lead.Person!.FullName, lead.Person.Email);
            var people = await db.People
                .Where(p => p.Organisation!.SchemeId == scheme.Id && p.LineManagerId != null
                    && !db.CoachProfiles.Any(c => c.PersonId == p.Id) && !p.Email.EndsWith("@" + DemoSeeder.EmailDomain))
                .Join(db.Users, p => p.Id, u => u.PersonId, (p, u) => new { Person = p, UserId = u.Id })
                .OrderBy(p => p.Person.Email).Take(2).ToListAsync();
            var coachRole = await db.Roles.SingleAsync(r => r.Name == Roles.Coach);
            var area = await db.CoachingAreas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).FirstAsync();
            var profiles = new List<CoachProfile>();
            foreach (var (who, monthsAgo) in people.Zip(new[] { 14, 17 }))
            {
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = who.UserId, RoleId = coachRole.Id });
                var joined = DateTimeOffset.UtcNow.AddMonths(-monthsAgo);
                var profile = new CoachProfile
                {
                    PersonId = who.Person.Id,
                    SchemeId = scheme.Id,
                    Offers = OfferType.Coaching,
                    Status = ProfileStatus.Published,
                    Bio = $"I coach new subject leaders at {AcademyScheme}.",
                    Formats = DeliveryFormat.Video | DeliveryFormat.FaceToFace,
                    Capacity = 2,
                    AcceptingNewCoachees = true,
                    LastConfirmedOn = Today,
                    SupportingMentorId = lead.Id,
                    CreatedAt = joined,
                    UpdatedAt = joined,
                    Areas = [area],
                };
                db.CoachProfiles.Add(profile);
                profiles.Add(profile);
            }

            await db.SaveChangesAsync();
            coach = new Practitioner(profiles[0].Id, people[0].Person.FullName, people[0].Person.Email);
            lapsed = new Practitioner(profiles[1].Id, people[1].Person.FullName, people[1].Person.Email);
        });
        return (coach!, lapsed!, supervisor);
    }
}
