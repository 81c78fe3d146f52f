using System.Net;
using AngleSharp.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.HrApplications;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.HrApplications;

public class HrApplicationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Arranged(CoachApplication Application, Guid ApplicantUser, Guid ManagerUser, FormClient Hr);

    private async Task<Arranged> ArrangeAsync(ApplicationStatus status = ApplicationStatus.AwaitingDecision, bool interviews = true,
        params (QualificationLevel, QualificationStatus)[] qualifications)
    {
        var scheme = await factory.SchemeAsync(s => s.AllowsCompetencyInterview = interviews);
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var manager = await factory.PersonAsync("Mia", "Manager", organisation.Id, null, Roles.Staff);
        var applicant = await factory.PersonAsync("Ari", "Applicant", organisation.Id, manager.PersonId, Roles.Staff);
        var hr = await factory.PersonAsync("Hal", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, scheme.Id);
        var application = await factory.ApplicationAsync(applicant.PersonId, scheme.Id, manager.PersonId, status, OfferType.Coaching, DateTimeOffset.UtcNow.AddDays(-5).AddHours(-1), qualifications);
        return new Arranged(application, applicant.UserId, manager.UserId, factory.ClientFor(hr));
    }

    /// <summary>The rows of the queue at <paramref name="url"/> on every page, so a test finds its own application however long the queue is.</summary>
    private static async Task<List<IElement>> QueueRowsAsync(FormClient hr, string url)
    {
        var rows = new List<IElement>();
        for (var next = url; next is not null;)
        {
            var page = await hr.GetPageAsync(next);
            rows.AddRange(page.QuerySelectorAll("#applications tbody tr"));
            next = page.QuerySelector("nav.govuk-pagination a[rel=next]")?.GetAttribute("href");
        }

        return rows;
    }

    [Fact]
    public async Task Only_hr_can_open_the_queue_or_an_application()
    {
        var a = await ArrangeAsync();

        foreach (var user in new[] { a.ApplicantUser, a.ManagerUser })
        {
            var client = factory.ClientFor(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/hr/applications")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/hr/applications/{a.Application.Id}")).StatusCode);
        }

        var page = await a.Hr.GetPageAsync($"/hr/applications/{a.Application.Id}");
        Assert.Contains("Years of team leadership", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_queue_shows_the_stage_and_days_since_sending_and_filters_by_stage()
    {
        var a = await ArrangeAsync();

        var all = await QueueRowsAsync(a.Hr, "/hr/applications");
        var row = all.Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/hr/applications/{a.Application.Id}");
        var accepted = (await QueueRowsAsync(a.Hr, "/hr/applications?stage=Accepted")).SelectMany(r => r.QuerySelectorAll("a"));
        var waiting = (await QueueRowsAsync(a.Hr, "/hr/applications?stage=AwaitingDecision")).SelectMany(r => r.QuerySelectorAll("a"));

        Assert.Equal("5", row.QuerySelectorAll("td")[^1].TextContent.Trim());
        Assert.Contains("Waiting for decision", row.TextContent);
        Assert.DoesNotContain(accepted, x => x.GetAttribute("href")!.Contains(a.Application.Id.ToString()));
        Assert.Contains(waiting, x => x.GetAttribute("href")!.Contains(a.Application.Id.ToString()));
    }

    [Fact]
    public async Task The_queue_is_read_from_the_database_once_and_shows_a_withdrawal_at_once()
    {
        var a = await ArrangeAsync();
        const string waitingUrl = "/hr/applications?stage=AwaitingDecision";
        bool Listed(IEnumerable<IElement> rows) => rows.Any(r => r.QuerySelector("a")!.GetAttribute("href") == $"/hr/applications/{a.Application.Id}");

        Assert.True(Listed(await QueueRowsAsync(a.Hr, waitingUrl)));
        factory.Commands.Reset();
        var again = await QueueRowsAsync(a.Hr, waitingUrl);
        Assert.True(Listed(again));
        Assert.Empty(factory.Commands.Mentioning("CoachApplications"));

        await factory.WithDbAsync(async db =>
        {
            var application = await db.CoachApplications.SingleAsync(x => x.Id == a.Application.Id);
            application.Withdraw(application.ApplicantId, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

        Assert.False(Listed(await QueueRowsAsync(a.Hr, waitingUrl)));
    }

    [Fact]
    public async Task Accepting_a_qualified_coach_makes_a_draft_profile_adds_the_role_and_tells_the_applicant()
    {
        var a = await ArrangeAsync(qualifications: (QualificationLevel.Ilm5, QualificationStatus.Achieved));

        var response = await a.Hr.SubmitFormAsync($"/hr/applications/{a.Application.Id}",
            new Dictionary<string, string> { ["Decision"] = "Accept", ["StartDay"] = "1", ["StartMonth"] = "10", ["StartYear"] = "2026" }, "#decision-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CoachRegister.Data.AppDbContext>();
            var application = await db.CoachApplications.Include(x => x.Applicant).SingleAsync(x => x.Id == a.Application.Id);
            var profile = await db.CoachProfiles.Include(p => p.Areas).Include(p => p.Qualifications).SingleAsync(p => p.PersonId == application.ApplicantId);
            var user = await db.Users.SingleAsync(u => u.Id == a.ApplicantUser);
            Assert.Equal(ApplicationStatus.Accepted, application.Status);
            Assert.Equal(new DateOnly(2026, 10, 1), application.ExpectedStartDate);
            Assert.Equal(ProfileStatus.Draft, profile.Status);
            Assert.Equal(OfferType.Coaching, profile.Offers);
            Assert.Single(profile.Areas);
            Assert.Equal(QualificationLevel.Ilm5, Assert.Single(profile.Qualifications).Level);
            Assert.True(await services.GetRequiredService<UserManager<ApplicationUser>>().IsInRoleAsync(user, Roles.Coach));
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.To == application.Applicant!.Email && m.HtmlBody.Contains("/profile")));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityId == application.Id && e.Action == "RegisterApplicationAccepted"));
        });
    }

    [Fact]
    public async Task A_coach_without_ilm5_is_accepted_only_after_a_passed_competency_interview()
    {
        var a = await ArrangeAsync(qualifications: (QualificationLevel.Ilm3, QualificationStatus.Achieved));
        var url = $"/hr/applications/{a.Application.Id}";
        var accept = new Dictionary<string, string> { ["Decision"] = "Accept", ["StartDay"] = "1", ["StartMonth"] = "10", ["StartYear"] = "2026" };

        var refused = await FormClient.ParseAsync(await a.Hr.SubmitFormAsync(url, accept, "#decision-form"));
        Assert.NotNull(refused.QuerySelector(".govuk-error-summary a[href='#Decision']"));

        var interview = await a.Hr.SubmitFormAsync(url, new Dictionary<string, string> { ["Day"] = "3", ["Month"] = "3", ["Year"] = "2026", ["Outcome"] = "Passed", ["Notes"] = "Strong <script>alert(1)</script>" }, "#interview-form");
        Assert.Equal(HttpStatusCode.Redirect, interview.StatusCode);
        var html = await a.Hr.Http.GetStringAsync(url);
        Assert.Contains("Strong &lt;script&gt;alert(1)&lt;/script&gt;", html);

        var accepted = await a.Hr.SubmitFormAsync(url, accept, "#decision-form");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var profile = await factory.WithDbAsync(db => db.CoachProfiles.SingleAsync(p => p.PersonId == a.Application.ApplicantId));
        Assert.True(profile.CompetencyInterviewPassed);
    }

    [Fact]
    public async Task Declining_needs_a_reason_which_the_applicant_is_sent()
    {
        var a = await ArrangeAsync(qualifications: (QualificationLevel.Ilm5, QualificationStatus.Achieved));
        var url = $"/hr/applications/{a.Application.Id}";

        var noReason = await FormClient.ParseAsync(await a.Hr.SubmitFormAsync(url, new Dictionary<string, string> { ["Decision"] = "Decline" }, "#decision-form"));
        var tooLong = await FormClient.ParseAsync(await a.Hr.SubmitFormAsync(url, new Dictionary<string, string> { ["Decision"] = "Decline", ["Reason"] = new string('x', 2001) }, "#decision-form"));
        var declined = await a.Hr.SubmitFormAsync(url, new Dictionary<string, string> { ["Decision"] = "Decline", ["Reason"] = "No places on the course this year." }, "#decision-form");

        Assert.NotNull(noReason.QuerySelector(".govuk-error-summary a[href='#Reason']"));
        Assert.NotNull(tooLong.QuerySelector(".govuk-error-summary a[href='#Reason']"));
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var (status, mailed, profiles) = await factory.WithDbAsync(async db =>
        {
            var app = await db.CoachApplications.Include(x => x.Applicant).SingleAsync(x => x.Id == a.Application.Id);
            return (app.Status, await db.OutboxMessages.AnyAsync(m => m.To == app.Applicant!.Email && m.HtmlBody.Contains("No places on the course this year.")),
                await db.CoachProfiles.CountAsync(p => p.PersonId == app.ApplicantId));
        });
        Assert.Equal(ApplicationStatus.Declined, status);
        Assert.True(mailed);
        Assert.Equal(0, profiles);
    }

    [Fact]
    public async Task An_application_still_waiting_for_the_line_manager_cannot_be_decided()
    {
        var a = await ArrangeAsync(ApplicationStatus.AwaitingLineManager, qualifications: (QualificationLevel.Ilm5, QualificationStatus.Achieved));

        var page = await a.Hr.GetPageAsync($"/hr/applications/{a.Application.Id}");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var forced = await a.Hr.Http.PostAsync($"/hr/applications/{a.Application.Id}/decision", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Decision", "Decline"), new("Reason", "x")]));

        Assert.Null(page.QuerySelector("#decision-form"));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(ApplicationStatus.AwaitingLineManager, await factory.WithDbAsync(db => db.CoachApplications.Where(x => x.Id == a.Application.Id).Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_decision_on_an_application_changed_meanwhile_is_refused_with_a_message()
    {
        var a = await ArrangeAsync(qualifications: (QualificationLevel.Ilm5, QualificationStatus.Achieved));
        var url = $"/hr/applications/{a.Application.Id}";
        var page = await a.Hr.GetPageAsync(url);
        await factory.WithDbAsync(async db =>
        {
            var app = await db.CoachApplications.SingleAsync(x => x.Id == a.Application.Id);
            app.InterviewNotes = "Changed by a colleague";
            await db.SaveChangesAsync();
        });

        var response = await a.Hr.SubmitFormAsync(page, url, new Dictionary<string, string> { ["Decision"] = "Decline", ["Reason"] = "Not now" }, "#decision-form");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this application", html);
        Assert.Equal(ApplicationStatus.AwaitingDecision, await factory.WithDbAsync(db => db.CoachApplications.Where(x => x.Id == a.Application.Id).Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task Drafts_are_not_visible_to_hr()
    {
        var a = await ArrangeAsync(ApplicationStatus.Draft);

        Assert.Equal(HttpStatusCode.NotFound, (await a.Hr.Http.GetAsync($"/hr/applications/{a.Application.Id}")).StatusCode);
    }

    [Fact]
    public async Task Hr_cannot_record_an_interview_or_decide_on_their_own_application()
    {
        var scheme = await factory.SchemeAsync(s => s.AllowsCompetencyInterview = true);
        var hrApplicant = await factory.PersonAsync("Hetty", "HrApplicant", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hrApplicant.PersonId, scheme.Id);
        var application = await factory.ApplicationAsync(hrApplicant.PersonId, scheme.Id, null, ApplicationStatus.AwaitingDecision, OfferType.Coaching, null, (QualificationLevel.Ilm5, QualificationStatus.Achieved));
        var hr = factory.ClientFor(hrApplicant);
        var url = $"/hr/applications/{application.Id}";

        var decision = await hr.SubmitFormAsync(url, new Dictionary<string, string> { ["Decision"] = "Accept", ["StartDay"] = "1", ["StartMonth"] = "10", ["StartYear"] = "2026" }, "#decision-form");
        var interview = await hr.SubmitFormAsync(url, new Dictionary<string, string> { ["Day"] = "3", ["Month"] = "3", ["Year"] = "2026", ["Outcome"] = "Passed" }, "#interview-form");

        foreach (var response in new[] { decision, interview })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("You cannot record an interview or decide on your own application",
                (await FormClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
        }

        var saved = await factory.WithDbAsync(db => db.CoachApplications.SingleAsync(x => x.Id == application.Id));
        Assert.Equal(ApplicationStatus.AwaitingDecision, saved.Status);
        Assert.Equal(InterviewOutcome.NotHeld, saved.InterviewOutcome);
        Assert.False(await factory.WithDbAsync(db => db.CoachProfiles.AnyAsync(p => p.PersonId == hrApplicant.PersonId)));
    }

    [Fact]
    public async Task After_a_concurrency_conflict_the_redisplayed_decision_form_can_be_saved()
    {
        var a = await ArrangeAsync(qualifications: (QualificationLevel.Ilm5, QualificationStatus.Achieved));
        var url = $"/hr/applications/{a.Application.Id}";
        var page = await a.Hr.GetPageAsync(url);
        await factory.WithDbAsync(async db =>
        {
            var app = await db.CoachApplications.SingleAsync(x => x.Id == a.Application.Id);
            app.InterviewNotes = "Changed by a colleague";
            await db.SaveChangesAsync();
        });
        var decline = new Dictionary<string, string> { ["Decision"] = "Decline", ["Reason"] = "Not now" };

        var conflict = await FormClient.ParseAsync(await a.Hr.SubmitFormAsync(page, url, decline, "#decision-form"));
        Assert.Contains("Someone else changed this application", conflict.Body!.TextContent);
        var retry = await a.Hr.SubmitFormAsync(conflict, url, decline, "#decision-form");

        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(ApplicationStatus.Declined, await factory.WithDbAsync(db => db.CoachApplications.Where(x => x.Id == a.Application.Id).Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_queue_is_paged_so_no_application_is_left_out()
    {
        var a = await ArrangeAsync();
        var applicant = a.Application.ApplicantId;
        for (var i = 0; i < HrApplicationsController.PageSize; i++)
        {
            await factory.ApplicationAsync(applicant, a.Application.SchemeId, null, ApplicationStatus.AwaitingDecision, submittedAt: DateTimeOffset.UtcNow.AddMinutes(-i));
        }

        var total = await factory.WithDbAsync(db => db.CoachApplications.CountAsync(x => x.Status == ApplicationStatus.AwaitingDecision && x.SchemeId == a.Application.SchemeId));
        var links = new HashSet<string>();
        var pages = (total + HrApplicationsController.PageSize - 1) / HrApplicationsController.PageSize;
        var first = await a.Hr.GetPageAsync("/hr/applications?stage=AwaitingDecision");
        for (var p = 1; p <= pages; p++)
        {
            var page = p == 1 ? first : await a.Hr.GetPageAsync($"/hr/applications?stage=AwaitingDecision&page={p}");
            var rows = page.QuerySelectorAll("#applications tbody tr a").Select(x => x.GetAttribute("href")!).ToList();
            Assert.True(rows.Count <= HrApplicationsController.PageSize);
            links.UnionWith(rows);
        }

        Assert.True(total > HrApplicationsController.PageSize);
        Assert.NotNull(first.QuerySelector("nav.govuk-pagination a[rel=next][href='/hr/applications?stage=AwaitingDecision&page=2']"));
        Assert.Equal(total, links.Count);
    }

    [Fact]
    public async Task Hr_is_warned_when_the_support_request_went_to_someone_other_than_the_recorded_line_manager()
    {
        var a = await ArrangeAsync();
        var other = await factory.PersonAsync("Oscar", "Other", null, null, Roles.Staff);
        var url = $"/hr/applications/{a.Application.Id}";

        var recorded = await a.Hr.GetPageAsync(url);
        await factory.WithDbAsync(async db =>
        {
            var app = await db.CoachApplications.SingleAsync(x => x.Id == a.Application.Id);
            app.LineManagerId = other.PersonId;
            await db.SaveChangesAsync();
        });
        var changed = await a.Hr.GetPageAsync(url);

        Assert.Null(recorded.QuerySelector("#line-manager-warning"));
        var warning = changed.QuerySelector("#line-manager-warning.govuk-warning-text")!.TextContent;
        Assert.Contains("Oscar Other is not the line manager recorded for this person: Mia Manager", warning);
    }
}
