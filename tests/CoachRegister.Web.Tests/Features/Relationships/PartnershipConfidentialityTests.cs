using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Relationships;

/// <summary>
/// What the coaching pages show to whom: the reflective log is the coach's alone, the private goals never reach the
/// line manager, HR sees counts, hours and dates, and an ending or a review flag carries no content.
/// </summary>
public class PartnershipConfidentialityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Every page of the partnership, its sessions and the coach's own pages.</summary>
    private static string[] PagesOf(ArrangedPartnership p) =>
    [
        "/relationships", $"/relationships/{p.MatchId}", $"/relationships/{p.MatchId}/agreement", $"/relationships/{p.MatchId}/agreement/versions/1",
        $"/relationships/{p.MatchId}/agreement/edit", $"/relationships/{p.MatchId}/goals", $"/relationships/{p.MatchId}/three-way",
        $"/relationships/{p.MatchId}/plan", $"/relationships/{p.MatchId}/rating", $"/relationships/{p.MatchId}/evaluation", $"/relationships/{p.MatchId}/end",
        $"/sessions/{p.HeldSessionId}", $"/sessions/{p.HeldSessionId}/record", $"/sessions/{p.HeldSessionId}/reflection", $"/sessions/{p.HeldSessionId}/preparation",
        $"/sessions/{p.HeldSessionId}/feedback", $"/sessions/{p.HeldSessionId}/invite.ics", $"/sessions/{p.PlannedSessionId}", $"/sessions/{p.PlannedSessionId}/move",
        $"/sessions/{p.PlannedSessionId}/cancel", "/reflective-log", $"/reflective-log/{p.ReflectiveLogEntryId}", "/reflective-log/new", "/caseload", "/hr/partnerships",
    ];

    private static async Task<string> EverythingSeenByAsync(FormClient client, ArrangedPartnership p)
    {
        var seen = new System.Text.StringBuilder();
        foreach (var url in PagesOf(p))
        {
            var response = await client.Http.GetAsync(url);
            seen.Append(await response.Content.ReadAsStringAsync());
        }

        return seen.ToString();
    }

    [Fact]
    public async Task The_reflective_log_is_the_coachs_alone_hr_included_by_every_route()
    {
        var p = await factory.PartnershipAsync();
        var coach = factory.ClientFor(p.Coach);

        Assert.Contains(ArrangedPartnership.ReflectiveLog, await coach.Http.GetStringAsync("/reflective-log"));
        Assert.Contains(ArrangedPartnership.ReflectiveLog, await coach.Http.GetStringAsync($"/reflective-log/{p.ReflectiveLogEntryId}"));
        Assert.Contains(ArrangedPartnership.CoachReflection, await coach.Http.GetStringAsync($"/sessions/{p.HeldSessionId}/reflection"));

        foreach (var other in new[] { p.Coachee, p.Manager, p.Hr, p.Colleague })
        {
            var client = factory.ClientFor(other);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/reflective-log/{p.ReflectiveLogEntryId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/sessions/{p.HeldSessionId}/reflection")).StatusCode);
            var seen = await EverythingSeenByAsync(client, p);
            Assert.DoesNotContain(ArrangedPartnership.ReflectiveLog, seen);
            Assert.DoesNotContain(ArrangedPartnership.CoachReflection, seen);
        }

        var changed = await factory.ClientFor(p.Hr).Http.PostAsync($"/reflective-log/{p.ReflectiveLogEntryId}", new FormUrlEncodedContent([new("KeyLearning", "HR was here")]));
        Assert.True(changed.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"HR's post answered {(int)changed.StatusCode}");
        Assert.Equal(ArrangedPartnership.ReflectiveLog, await factory.WithDbAsync(db => db.ReflectiveLogEntries.Where(e => e.Id == p.ReflectiveLogEntryId).Select(e => e.KeyLearning).SingleAsync()));
    }

    [Fact]
    public async Task The_line_manager_sees_the_shared_goals_to_confirm_and_never_the_private_goals_or_the_sessions()
    {
        var p = await factory.PartnershipAsync();
        var manager = factory.ClientFor(p.Manager);

        var threeWay = await manager.Http.GetStringAsync($"/relationships/{p.MatchId}/three-way");
        Assert.Contains(ArrangedPartnership.SharedGoal, threeWay);
        Assert.Contains($"/relationships/{p.MatchId}/three-way", await manager.Http.GetStringAsync("/relationships"));
        foreach (var url in new[] { $"/relationships/{p.MatchId}", $"/relationships/{p.MatchId}/goals", $"/relationships/{p.MatchId}/agreement", $"/sessions/{p.HeldSessionId}", $"/relationships/{p.MatchId}/plan" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync(url)).StatusCode);
        }

        var seen = await EverythingSeenByAsync(manager, p);
        foreach (var secret in ArrangedPartnership.Confidential)
        {
            Assert.DoesNotContain(secret, seen);
        }

        var confirmed = await manager.SubmitFormAsync($"/relationships/{p.MatchId}/three-way", new Dictionary<string, string> { ["FullName"] = "Morgan Manager", ["Support"] = "Time for sessions and a monthly check-in" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.ThreeWayConfirmations.Where(c => c.MatchId == p.MatchId).Select(c => c.ConfirmedAt).SingleAsync()));

        // The coachee sees both goals on the partnership's page.
        var page = await factory.ClientFor(p.Coachee).Http.GetStringAsync($"/relationships/{p.MatchId}");
        Assert.Contains(ArrangedPartnership.SharedGoal, page);
        Assert.Contains(ArrangedPartnership.PrivateGoal, page);
    }

    [Fact]
    public async Task Hr_sees_counts_hours_and_dates_of_their_schemes_only_and_no_content()
    {
        var p = await factory.PartnershipAsync();
        var hr = factory.ClientFor(p.Hr);

        var figures = await hr.GetPageAsync("/hr/partnerships");
        var scheme = await factory.WithDbAsync(db => db.Schemes.Where(s => s.Id == p.SchemeId).Select(s => s.Name).SingleAsync());
        Assert.Contains(scheme, figures.Body!.TextContent);
        Assert.Contains("1 sessions, 1.5 hours", figures.Body.TextContent);
        foreach (var url in new[] { $"/relationships/{p.MatchId}", $"/sessions/{p.HeldSessionId}", $"/relationships/{p.MatchId}/evaluation", $"/sessions/{p.HeldSessionId}/feedback" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await hr.Http.GetAsync(url)).StatusCode);
        }

        var seen = await EverythingSeenByAsync(hr, p);
        foreach (var secret in ArrangedPartnership.Confidential.Append(ArrangedPartnership.SharedGoal))
        {
            Assert.DoesNotContain(secret, seen);
        }

        // Another scheme's HR does not see this scheme at all.
        var otherHr = await factory.PersonAsync("Ola", "Otherhr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(otherHr.PersonId, (await factory.SchemeAsync()).Id);
        Assert.DoesNotContain(scheme, await factory.ClientFor(otherHr).Http.GetStringAsync("/hr/partnerships"));
    }

    [Fact]
    public async Task Ending_tells_hr_and_the_line_manager_only_that_it_ended_and_keeps_the_reason_for_the_two()
    {
        var p = await factory.PartnershipAsync();
        const string reason = "We did not click and I felt judged ENDING-REASON";
        var coachee = factory.ClientFor(p.Coachee);

        var unconfirmed = await FormClient.ParseAsync(await coachee.SubmitFormAsync($"/relationships/{p.MatchId}/end", new Dictionary<string, string> { ["Category"] = nameof(EndingCategory.NotWorking), ["Reason"] = reason }));
        Assert.NotNull(unconfirmed.QuerySelector(".govuk-error-summary"));
        Assert.Equal(reason, unconfirmed.QuerySelector("textarea[name=Reason]")!.TextContent.Trim());

        var ended = await coachee.SubmitFormAsync($"/relationships/{p.MatchId}/end", new Dictionary<string, string> { ["Category"] = nameof(EndingCategory.NotWorking), ["Reason"] = reason, ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(MatchStatus.Ended, await factory.WithDbAsync(db => db.Matches.Where(m => m.Id == p.MatchId).Select(m => m.Status).SingleAsync()));

        var mail = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == p.Manager.Email || m.To == p.Hr.Email || m.To == p.Coach.Email).ToListAsync());
        Assert.Single(mail, m => m.To == p.Manager.Email);
        Assert.Single(mail, m => m.To == p.Hr.Email);
        Assert.Single(mail, m => m.To == p.Coach.Email);
        foreach (var message in mail)
        {
            Assert.Contains("ended", message.Subject, StringComparison.OrdinalIgnoreCase);
            var text = message.Subject + message.TextBody + message.HtmlBody;
            Assert.DoesNotContain(reason, text);
            Assert.DoesNotContain(nameof(EndingCategory.NotWorking), text);
            foreach (var secret in ArrangedPartnership.Confidential)
            {
                Assert.DoesNotContain(secret, text);
            }
        }

        // The reason stays with the two of them; HR counts the category and never reads the words.
        Assert.Contains(reason, await factory.ClientFor(p.Coach).Http.GetStringAsync($"/relationships/{p.MatchId}"));
        var history = await factory.WithDbAsync(db => db.Matches.Where(m => m.Id == p.MatchId).SelectMany(m => m.History).Select(h => h.Reason).ToListAsync());
        Assert.All(history, r => Assert.Null(r));
        foreach (var other in new[] { p.Hr, p.Manager })
        {
            Assert.DoesNotContain(reason, await EverythingSeenByAsync(factory.ClientFor(other), p));
        }

        var figures = await factory.ClientFor(p.Hr).GetPageAsync("/hr/partnerships");
        var notWorking = figures.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("not working", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("1", notWorking.QuerySelector("td")!.TextContent.Trim());
    }

    [Fact]
    public async Task Two_cancellations_in_a_row_flag_a_review_to_both_and_to_hr_with_no_content()
    {
        var p = await factory.PartnershipAsync();
        var third = await factory.WithDbAsync(async db =>
        {
            var session = new SessionRecord
            {
                MatchId = p.MatchId,
                SessionNumber = 3,
                MeetingDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
                StartTime = new TimeOnly(9, 0),
                EndTime = new TimeOnly(10, 0),
                DurationMinutes = 60,
                Status = SessionStatus.Planned,
                KeyPoints = ArrangedPartnership.SessionContent,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.SessionRecords.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });
        var coachee = factory.ClientFor(p.Coachee);
        var coach = factory.ClientFor(p.Coach);

        Assert.Equal(HttpStatusCode.Redirect, (await coachee.SubmitFormAsync($"/sessions/{p.PlannedSessionId}/cancel", new Dictionary<string, string> { ["Confirm"] = "true" })).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.PartnershipReviews.AnyAsync(r => r.MatchId == p.MatchId)));
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitFormAsync($"/sessions/{third}/cancel", new Dictionary<string, string> { ["Confirm"] = "true" })).StatusCode);

        var review = await factory.WithDbAsync(db => db.PartnershipReviews.SingleAsync(r => r.MatchId == p.MatchId));
        Assert.Equal(ReviewReason.CancellationsInARow, review.Reason);
        var cancelled = await factory.WithDbAsync(db => db.SessionRecords.Where(s => s.MatchId == p.MatchId && s.Status == SessionStatus.Cancelled).OrderBy(s => s.SessionNumber).Select(s => s.CancelledBy).ToListAsync());
        Assert.Equal([CancelledBy.Coachee, CancelledBy.Coach], cancelled);

        var flags = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Subject.Contains("in a row") || m.Subject.Contains("review")).ToListAsync());
        var hrFlag = Assert.Single(flags, m => m.To == p.Hr.Email);
        Assert.Single(flags, m => m.To == p.Coach.Email);
        Assert.Single(flags, m => m.To == p.Coachee.Email);
        Assert.DoesNotContain(flags, m => m.To == p.Manager.Email);
        foreach (var secret in ArrangedPartnership.Confidential.Append(ArrangedPartnership.SharedGoal))
        {
            Assert.DoesNotContain(secret, hrFlag.TextBody + hrFlag.HtmlBody);
        }

        var figures = await factory.ClientFor(p.Hr).GetPageAsync("/hr/partnerships");
        var reviews = figures.QuerySelector($"#reviews-{p.SchemeId}")!.TextContent;
        Assert.Contains("Cai Coachee", reviews);
        Assert.Contains("cancelled in a row", reviews);
        Assert.Contains("Review: cancellations", await coach.Http.GetStringAsync("/caseload"));
    }
}
