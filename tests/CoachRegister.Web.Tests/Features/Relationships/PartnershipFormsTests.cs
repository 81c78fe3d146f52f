using System.Net;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Relationships;

/// <summary>The forms of a partnership keep what was typed through errors and conflicts, and its pages cost a fixed number of queries.</summary>
public class PartnershipFormsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_long_session_record_survives_a_validation_error_intact()
    {
        var p = await factory.PartnershipAsync();
        var coach = factory.ClientFor(p.Coach);
        var keyPoints = string.Join("\n", Enumerable.Range(1, 60).Select(i => $"Point {i}: what we said about the team & the <budget> \"plan\"."));

        var response = await coach.SubmitFormAsync($"/sessions/{p.HeldSessionId}/record", new Dictionary<string, string>
        {
            ["Start"] = "11:00",
            ["End"] = "10:00",
            ["KeyPoints"] = keyPoints,
            ["Reflections"] = "Went well",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#End']"));
        Assert.Equal(keyPoints, page.QuerySelector("textarea[name=KeyPoints]")!.TextContent.TrimStart('\n').ReplaceLineEndings("\n"));
        Assert.Equal("Went well", page.QuerySelector("textarea[name=Reflections]")!.TextContent.Trim());
        Assert.Equal("11:00", page.QuerySelector("input[name=Start]")!.GetAttribute("value"));
        Assert.Equal(ArrangedPartnership.SessionContent, await factory.WithDbAsync(db => db.SessionRecords.Where(s => s.Id == p.HeldSessionId).Select(s => s.KeyPoints).SingleAsync()));
    }

    [Fact]
    public async Task Recording_a_session_keeps_the_progress_marks_and_works_out_the_hours()
    {
        var p = await factory.PartnershipAsync();
        var coach = factory.ClientFor(p.Coach);
        var page = await coach.GetPageAsync($"/sessions/{p.HeldSessionId}/record");
        var scores = page.QuerySelectorAll("input[type=hidden][name$='.GoalId']").Select(i => i.GetAttribute("name")!.Replace(".GoalId", ".Score", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, scores.Count);

        var fields = new Dictionary<string, string> { ["Start"] = "09:00", ["End"] = "10:45", ["KeyPoints"] = "Re-scored the goals" };
        foreach (var score in scores)
        {
            fields[score] = "7";
        }

        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitFormAsync(page, $"/sessions/{p.HeldSessionId}/record", fields)).StatusCode);
        var saved = await factory.WithDbAsync(db => db.SessionRecords.AsNoTracking().Include(s => s.Progress).SingleAsync(s => s.Id == p.HeldSessionId));
        Assert.Equal(105, saved.DurationMinutes);
        Assert.Equal(1.75m, saved.Hours);
        Assert.All(saved.Progress, g => Assert.Equal(7, g.Score));
        Assert.Contains("1.75", await coach.Http.GetStringAsync("/caseload"));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_agreement_edits_is_told_of_the_conflict_and_keeps_its_text()
    {
        var p = await factory.PartnershipAsync();
        var coach = factory.ClientFor(p.Coach);
        var coachee = factory.ClientFor(p.Coachee);
        var url = $"/relationships/{p.MatchId}/agreement/edit";
        var coachPage = await coach.GetPageAsync(url);
        var coacheePage = await coachee.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitFormAsync(coachPage, url, WithTextOf(coachPage, "Objectives", "The coach's wording"))).StatusCode);
        var second = await coachee.SubmitFormAsync(coacheePage, url, WithTextOf(coacheePage, "Objectives", "The coachee's wording"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var conflict = await FormClient.ParseAsync(second);
        Assert.Contains("changed by someone else", conflict.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal("The coachee's wording", conflict.QuerySelector("textarea[name=Objectives]")!.TextContent.Trim());
        Assert.Contains("The coach's wording", conflict.Body!.TextContent);

        var versions = await factory.WithDbAsync(db => db.Agreements.Where(a => a.MatchId == p.MatchId).OrderBy(a => a.Version).Select(a => new { a.Version, a.Objectives, a.Status }).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal("The coach's wording", versions[1].Objectives);
        Assert.Equal(AgreementStatus.Signed, versions[0].Status);

        // The merged text, sent again from the conflict page, makes it.
        Assert.Equal(HttpStatusCode.Redirect, (await coachee.SubmitFormAsync(conflict, url, WithTextOf(conflict, "Objectives", "Both wordings merged"))).StatusCode);
        Assert.Equal("Both wordings merged", await factory.WithDbAsync(db => db.Agreements.Where(a => a.MatchId == p.MatchId).OrderByDescending(a => a.Version).Select(a => a.Objectives).FirstAsync()));
    }

    [Fact]
    public async Task The_partnership_pages_are_in_welsh_too()
    {
        var p = await factory.PartnershipAsync();
        var coach = factory.ClientFor(p.Coach);
        var switched = await coach.FollowLinkAsync("/", ".govuk-language-navigation a[hreflang=cy]");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var page = await coach.GetPageAsync($"/relationships/{p.MatchId}");
        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Nodau a chynnydd", page.Body!.TextContent);
        Assert.Contains("Eich llwyth achosion", (await coach.GetPageAsync("/caseload")).Body!.TextContent);
        Assert.Contains("Cofnodi sesiwn 1", (await coach.GetPageAsync($"/sessions/{p.HeldSessionId}/record")).Body!.TextContent);
    }

    /// <summary>The page's text areas as they are (the form client sends only inputs), with one of them changed.</summary>
    private static Dictionary<string, string> WithTextOf(AngleSharp.Html.Dom.IHtmlDocument page, string name, string text)
    {
        var fields = page.QuerySelectorAll("main form textarea").ToDictionary(a => a.GetAttribute("name")!, a => a.TextContent.TrimStart('\n'));
        fields[name] = text;
        return fields;
    }

    [Fact]
    public async Task The_caseload_and_the_relationship_page_cost_the_same_queries_however_many_sessions()
    {
        var p = await factory.PartnershipAsync();
        var coach = factory.ClientFor(p.Coach);
        var pages = new[] { "/caseload", $"/relationships/{p.MatchId}" };
        var before = new List<int>();
        foreach (var url in pages)
        {
            await coach.GetPageAsync(url);
            factory.Commands.Reset();
            await coach.GetPageAsync(url);
            before.Add(SessionQueries());
        }

        await factory.WithDbAsync(async db =>
        {
            var goals = await db.Goals.Where(g => g.MatchId == p.MatchId).Select(g => g.Id).ToListAsync();
            var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-400);
            for (var n = 3; n < 43; n++)
            {
                var session = new SessionRecord
                {
                    MatchId = p.MatchId,
                    SessionNumber = n,
                    MeetingDate = start.AddDays(n * 7),
                    StartTime = new TimeOnly(9, 0),
                    EndTime = new TimeOnly(10, 0),
                    DurationMinutes = 60,
                    Status = n % 5 == 0 ? SessionStatus.Cancelled : SessionStatus.Held,
                    KeyPoints = "More talk",
                    CreatedAt = DateTimeOffset.UtcNow,
                };
                session.Progress.AddRange(goals.Select(g => new GoalProgress { SessionRecordId = session.Id, GoalId = g, Score = n % 11 }));
                db.SessionRecords.Add(session);
            }

            await db.SaveChangesAsync();
        });

        for (var i = 0; i < pages.Length; i++)
        {
            factory.Commands.Reset();
            var page = await coach.GetPageAsync(pages[i]);
            Assert.True(before[i] > 0, $"{pages[i]} read no sessions");
            Assert.Equal(before[i], SessionQueries());
            Assert.NotNull(page.QuerySelector("main table"));
        }

        // A query per session would show in the tables a session's parts live in.
        int SessionQueries() => new[] { "SessionRecords", "GoalProgress", "MeetingPreparations", "CoachFeedback", "Goals" }.Sum(t => factory.Commands.Mentioning(t).Count);
    }
}
