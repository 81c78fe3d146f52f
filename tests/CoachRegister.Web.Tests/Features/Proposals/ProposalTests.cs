using System.Globalization;
using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Features.Proposals;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.Proposals;

public class ProposalTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    private async Task<(MatchingScene Scene, SceneCoach Coach, MatchRequest Request, Guid MatchId)> ProposedAsync()
    {
        var scene = await factory.SceneAsync();
        var coach = await factory.CoachAsync(scene);
        var request = await factory.RequestAsync(scene, keepPrivate: RequestPart.Reasons);
        var matchId = await factory.ProposeAsync(scene, request.Id, coach.Profile.Id);
        return (scene, coach, request, matchId);
    }

    private Task<Match> ReadMatchAsync(Guid id) =>
        factory.WithDbAsync(db => db.Matches.AsNoTracking().Include(m => m.History).SingleAsync(m => m.Id == id));

    private static Dictionary<string, string> Today()
    {
        var today = DateTime.UtcNow;
        return new()
        {
            ["Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["Format"] = "Video",
        };
    }

    private Task<DeadlineRun> RunDeadlinesAsync(DateTimeOffset now) =>
        factory.WithServicesAsync(services => services.GetRequiredService<ProposalDeadlines>().RunAsync(Guid.NewGuid(), now, CancellationToken.None));

    [Fact]
    public async Task The_proposed_coach_reads_the_whole_request_and_accepts_on_to_the_chemistry_meeting()
    {
        var (scene, coach, request, matchId) = await ProposedAsync();
        var client = factory.ClientFor(coach.User);

        var page = await client.GetPageAsync($"/proposals/{matchId}");
        Assert.Contains("I have just become a team manager", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var response = await client.SubmitFormAsync(page, $"/proposals/{matchId}", new Dictionary<string, string>());

        Assert.Equal($"/matches/{matchId}/chemistry", response.Headers.Location!.OriginalString);
        var match = await ReadMatchAsync(matchId);
        Assert.Equal(MatchStatus.ChemistryMeeting, match.Status);
        Assert.Contains(match.History, h => h.To == MatchStatus.ChemistryMeeting);
        Assert.Contains("MatchProposalAccepted", await factory.AuditActionsAsync(matchId));
        var told = (await factory.MailToAsync(scene.Requester.Email)).Last();
        Assert.Contains("Cara", told.Subject + told.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MatchingPortalFactory.PublicBaseUrl}/requests/{request.Id}", told.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decline_needs_a_reason_and_sends_the_request_back_to_hr_with_the_next_suggestions()
    {
        var (scene, coach, request, matchId) = await ProposedAsync();
        var next = await factory.CoachAsync(scene, "Dion");
        var client = factory.ClientFor(coach.User);
        var page = await client.GetPageAsync($"/proposals/{matchId}");

        var invalid = await client.SubmitFormAsync(page, $"/proposals/{matchId}", new Dictionary<string, string>(), $"form[action='/proposals/{matchId}/decline']");
        Assert.Equal(["#DeclineReason"], (await FormClient.ParseAsync(invalid)).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        var response = await client.SubmitFormAsync(page, $"/proposals/{matchId}", new Dictionary<string, string> { ["DeclineReason"] = "I am on leave for a month" },
            $"form[action='/proposals/{matchId}/decline']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MatchStatus.Declined, (await ReadMatchAsync(matchId)).Status);
        var back = await factory.ReadRequestAsync(request.Id);
        Assert.Equal(MatchRequestStatus.AwaitingMatch, back.Status);
        var hr = await factory.ClientFor(scene.Hr).GetPageAsync($"/hr/matching/{request.Id}");
        Assert.Contains(next.Profile.Id.ToString(), hr.QuerySelectorAll("#suggestions [data-coach]").Select(s => s.GetAttribute("data-coach")));
        Assert.Contains("Declined: I am on leave for a month", hr.QuerySelector("#proposals")!.TextContent, StringComparison.Ordinal);
        var requesterMail = await factory.MailToAsync(scene.Requester.Email);
        Assert.DoesNotContain(requesterMail, m => m.TextBody.Contains("I am on leave", StringComparison.Ordinal));
        Assert.Null((await client.GetPageAsync($"/proposals/{matchId}")).QuerySelector($"form[action='/proposals/{matchId}/accept']"));
    }

    [Fact]
    public async Task A_coach_sees_only_proposals_to_them()
    {
        var (scene, coach, request, matchId) = await ProposedAsync();
        var otherCoach = await factory.CoachAsync(scene, "Olwen");

        foreach (var user in new[] { otherCoach.User, scene.Manager, scene.Hr })
        {
            var client = factory.ClientFor(user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/proposals/{matchId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/matches/{matchId}/chemistry")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/proposals/{matchId}/accept", new())).StatusCode);
        }

        Assert.DoesNotContain(matchId.ToString(), (await factory.ClientFor(otherCoach.User).GetPageAsync("/proposals")).DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains(matchId.ToString(), (await factory.ClientFor(coach.User).GetPageAsync("/proposals")).DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(coach.User).Http.GetAsync($"/requests/{request.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_deadline_job_reminds_on_day_7_and_13_once_each_and_lapses_the_proposal_on_day_14()
    {
        var (scene, coach, request, matchId) = await ProposedAsync();
        var proposedAt = (await ReadMatchAsync(matchId)).CreatedAt;
        int Reminders(IEnumerable<CoachRegister.Data.Outbox.OutboxMessage> mail) => mail.Count(m => m.Subject.Contains("Reminder", StringComparison.OrdinalIgnoreCase));

        await RunDeadlinesAsync(proposedAt.AddDays(6));
        Assert.Equal(0, Reminders(await factory.MailToAsync(coach.User.Email)));
        var runs = await Task.WhenAll(RunDeadlinesAsync(proposedAt.AddDays(7).AddMinutes(1)), RunDeadlinesAsync(proposedAt.AddDays(7).AddMinutes(1)));
        var sent = await factory.MailToAsync(coach.User.Email);
        Assert.Equal(1, Reminders(sent));
        Assert.Contains(runs, r => r.Ran);
        await RunDeadlinesAsync(proposedAt.AddDays(13).AddMinutes(1));
        await RunDeadlinesAsync(proposedAt.AddDays(13).AddMinutes(2));
        Assert.Equal(2, Reminders(await factory.MailToAsync(coach.User.Email)));

        var run = await RunDeadlinesAsync(proposedAt.AddDays(14).AddMinutes(1));

        // Other tests' proposals in this database lapse in the same run; this one must be among them.
        Assert.True(run.Ran && run.Lapsed >= 1);
        Assert.Equal(MatchStatus.Expired, (await ReadMatchAsync(matchId)).Status);
        Assert.Equal(MatchRequestStatus.AwaitingMatch, (await factory.ReadRequestAsync(request.Id)).Status);
        Assert.Contains("MatchProposalExpired", await factory.AuditActionsAsync(matchId));
        Assert.Equal(0, (await RunDeadlinesAsync(proposedAt.AddDays(15))).Lapsed);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(scene.Hr).Http.GetAsync($"/hr/matching/{request.Id}")).StatusCode);
    }

    [Fact]
    public async Task Two_yeses_after_the_chemistry_meeting_make_the_match_active()
    {
        var (scene, coach, request, matchId) = await ProposedAsync();
        var coachClient = factory.ClientFor(coach.User);
        var requesterClient = factory.ClientFor(scene.Requester);
        await coachClient.SubmitFormAsync($"/proposals/{matchId}", new Dictionary<string, string>());

        var arranged = await coachClient.SubmitFormAsync($"/matches/{matchId}/chemistry", Today(), $"form[action='/matches/{matchId}/chemistry/arrange']");
        Assert.Equal(HttpStatusCode.Redirect, arranged.StatusCode);
        Assert.Contains("MatchChemistryArranged", await factory.AuditActionsAsync(matchId));
        Assert.Contains("Chemistry meeting", (await requesterClient.GetPageAsync("/")).QuerySelector("#my-request")!.TextContent, StringComparison.Ordinal);
        await coachClient.SubmitFormAsync($"/matches/{matchId}/chemistry", new Dictionary<string, string> { ["GoOn"] = "true" }, $"form[action='/matches/{matchId}/chemistry/answer']");
        Assert.Equal(MatchStatus.ChemistryMeeting, (await ReadMatchAsync(matchId)).Status);
        var answered = await requesterClient.SubmitFormAsync($"/matches/{matchId}/chemistry", new Dictionary<string, string> { ["GoOn"] = "true" }, $"form[action='/matches/{matchId}/chemistry/answer']");

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var match = await ReadMatchAsync(matchId);
        Assert.Equal(MatchStatus.Active, match.Status);
        Assert.Equal([MatchStatus.ChemistryMeeting, MatchStatus.Active], match.History.OrderBy(h => h.ChangedAt).Select(h => h.To).Where(s => s != MatchStatus.Proposed));
        Assert.Equal(MatchRequestStatus.Matched, (await factory.ReadRequestAsync(request.Id)).Status);
        Assert.Contains("MatchActive", await factory.AuditActionsAsync(matchId));
        Assert.Equal("You have both said yes: the match is active", (await requesterClient.GetPageAsync(answered.Headers.Location!.OriginalString)).QuerySelector("#success-banner .govuk-notification-banner__heading")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_no_after_the_chemistry_meeting_sends_the_request_back_and_the_other_side_is_not_told_who_said_no()
    {
        var (scene, coach, request, matchId) = await ProposedAsync();
        var coachClient = factory.ClientFor(coach.User);
        var requesterClient = factory.ClientFor(scene.Requester);
        await coachClient.SubmitFormAsync($"/proposals/{matchId}", new Dictionary<string, string>());
        await requesterClient.SubmitFormAsync($"/matches/{matchId}/chemistry", Today(), $"form[action='/matches/{matchId}/chemistry/arrange']");
        var coachMailBefore = (await factory.MailToAsync(coach.User.Email)).Count;

        await requesterClient.SubmitFormAsync($"/matches/{matchId}/chemistry", new Dictionary<string, string> { ["GoOn"] = "false" }, $"form[action='/matches/{matchId}/chemistry/answer']");

        Assert.Equal(MatchStatus.Declined, (await ReadMatchAsync(matchId)).Status);
        Assert.Equal(MatchRequestStatus.AwaitingMatch, (await factory.ReadRequestAsync(request.Id)).Status);
        var told = (await factory.MailToAsync(coach.User.Email)).Skip(coachMailBefore).ToList();
        Assert.NotEmpty(told);
        Assert.All(told, m => Assert.DoesNotContain("said no", m.TextBody, StringComparison.OrdinalIgnoreCase));
        var coachPage = (await coachClient.GetPageAsync($"/matches/{matchId}/chemistry")).QuerySelector("main")!.TextContent;
        Assert.Contains("did not lead to a match", coachPage, StringComparison.Ordinal);
        Assert.DoesNotContain("said no", coachPage, StringComparison.OrdinalIgnoreCase);
        var hr = await factory.ClientFor(scene.Hr).GetPageAsync($"/hr/matching/{request.Id}");
        Assert.Contains("Rhys Requester said no after the chemistry meeting", hr.QuerySelector("#proposals")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_in_two_tabs_at_once_accepts_once_and_the_other_tab_is_told()
    {
        var (_, coach, _, matchId) = await ProposedAsync();
        var tabs = new[] { factory.ClientFor(coach.User), factory.ClientFor(coach.User) };
        var pages = await Task.WhenAll(tabs.Select(t => t.GetPageAsync($"/proposals/{matchId}")));

        var responses = await Task.WhenAll(tabs.Select((t, i) => t.SubmitFormAsync(pages[i], $"/proposals/{matchId}", new Dictionary<string, string>())));

        await MatchingTestData.AssertOneWinnerAsync(responses, "This proposal changed while you were answering it", "This proposal has already been answered or has lapsed");
        Assert.Single((await ReadMatchAsync(matchId)).History, h => h.To == MatchStatus.ChemistryMeeting);
    }
}
