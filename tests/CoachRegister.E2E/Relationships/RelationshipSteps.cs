using System.Globalization;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static CoachRegister.E2E.Matching.MatchingSteps;

namespace CoachRegister.E2E.Relationships;

/// <summary>
/// The steps of a coaching partnership as the coach and the coachee click them. The partnership itself starts
/// where matching ends (walked in the browser by the Matching tests): a new member of staff registers through the
/// real form and the match with the demo coach goes through the same domain steps as there, proposal, acceptance,
/// chemistry meeting and two yeses, dated a month ago so that its sessions can already have been held.
/// </summary>
public static class RelationshipSteps
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today in the scheme's time zone, the day the portal counts sessions from.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, UkTime).DateTime);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Registers <paramref name="coachee"/> and makes them the active match of the demo coach of <paramref name="coachMailbox"/>.</summary>
    public static async Task<Guid> ActiveMatchAsync(this BrowserFixture browser, string coachMailbox, NewPerson coachee)
    {
        await browser.RegisterAndConfirmAsync(coachee);
        var coachEmail = SignIn.Demo(coachMailbox);
        var matchId = Guid.Empty;
        await browser.Portal.WithDbAsync(async db =>
        {
            var coacheeId = await db.People.Where(p => p.Email == coachee.Email).Select(p => p.Id).SingleAsync();
            var profile = await db.CoachProfiles.Include(p => p.Person)
                .SingleAsync(p => p.Person!.Email == coachEmail && p.Scheme!.Name == CouncilScheme);
            var startedAt = DateTimeOffset.UtcNow.AddDays(-30);
            var match = new Match
            {
                CoachProfileId = profile.Id,
                Coach = profile,
                CoacheeId = coacheeId,
                Kind = OfferType.Coaching,
                Status = MatchStatus.Proposed,
                CreatedAt = startedAt.AddDays(-7),
            };
            match.Accept(profile.PersonId, startedAt.AddDays(-5));
            match.ArrangeChemistry(profile.PersonId, DateOnly.FromDateTime(startedAt.UtcDateTime), DeliveryFormat.Video, startedAt.AddDays(-5));
            match.AnswerChemistry(profile.PersonId, goOn: true, startedAt);
            match.AnswerChemistry(coacheeId, goOn: true, startedAt);
            db.Matches.Add(match);
            await db.SaveChangesAsync();
            matchId = match.Id;
        });
        return matchId;
    }

    /// <summary>Arranges a session from the partnership's page and returns its id.</summary>
    public static async Task<Guid> ArrangeSessionAsync(IPage page, Guid matchId, DateOnly day, string start, string end, string venue, bool check)
    {
        await page.GotoAsync($"/relationships/{matchId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Arrange a session" }).ClickAsync();
        if (check)
        {
            await OnPageAsync(page, $"/relationships/{matchId}/sessions/new");
        }

        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(Iso(day));
        await page.GetByLabel("Start time").FillAsync(start);
        await page.GetByLabel("End time").FillAsync(end);
        await page.GetByLabel("Where").FillAsync(venue);
        await page.GetByRole(AriaRole.Button, new() { Name = "Arrange the session" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/sessions/new", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var path = new Uri(page.Url).AbsolutePath;
        Assert.StartsWith("/sessions/", path, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        return Guid.Parse(path.Split('/')[2]);
    }

    /// <summary>The coach records a held session with a progress mark for each goal, from the session's page.</summary>
    public static async Task RecordSessionAsync(IPage page, Guid sessionId, int number, IReadOnlyDictionary<string, int> marks, bool check, bool forDocs = false)
    {
        await page.GotoAsync($"/sessions/{sessionId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the session" }).ClickAsync();
        if (check)
        {
            await OnPageAsync(page, $"/sessions/{sessionId}/record");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Record session {number}");
        await page.GetByLabel("Key points and topics discussed").FillAsync($"Session {number}: delegating the rota and the first supervision conversations.");
        await page.GetByLabel("Agreed goal for the session").FillAsync("Plan one conversation to delegate a task.");
        await page.GetByLabel("Actions identified").FillAsync($"Action from session {number}: hand the rota to the senior practitioner.");
        await page.GetByLabel("Reflections on the session").FillAsync("The options stage worked well; less time on reality next time.");
        foreach (var (goal, mark) in marks)
        {
            await Choose(page, goal, mark.ToString(CultureInfo.InvariantCulture));
        }

        if (forDocs)
        {
            await page.SaveForDocsAsync("relationship-session-record");
            await page.SetViewportSizeAsync(375, 800);
            await AssertNoSidewaysScrollAsync(page);
            await page.SaveForDocsAsync("relationship-session-record-narrow");
            await page.SetViewportSizeAsync(1280, 900);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the record" }).ClickAsync();
        await ArriveAsync(page, $"/sessions/{sessionId}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Held");
    }

    /// <summary>Cancels a planned session from its page; the portal goes back to the partnership's page.</summary>
    public static async Task CancelSessionAsync(IPage page, Guid matchId, Guid sessionId, bool check)
    {
        await page.GotoAsync($"/sessions/{sessionId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel the session" }).ClickAsync();
        if (check)
        {
            await OnPageAsync(page, $"/sessions/{sessionId}/cancel");
        }

        await page.GetByLabel("I want to cancel this session").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel the session" }).ClickAsync();
        await ArriveAsync(page, $"/relationships/{matchId}");
    }

    /// <summary>Waits for a page already checked with axe in this state, and checks that it shows no error.</summary>
    public static async Task ArriveAsync(IPage page, string path)
    {
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
    }
}
