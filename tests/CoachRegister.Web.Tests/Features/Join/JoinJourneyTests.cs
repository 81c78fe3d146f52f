using System.Net;
using AngleSharp.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Join;

public class JoinJourneyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A start date must not be in the past: the tests propose one next year.</summary>
    private static readonly string NextYear = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Applicant(FormClient Client, Guid PersonId, Guid UserId, Guid LineManagerPersonId, Guid LineManagerUserId, Guid SchemeId, Guid AreaId);

    private async Task<Applicant> ArrangeAsync(bool references = true, bool practice = false)
    {
        var scheme = await factory.SchemeAsync(s => { s.RequiresReferences = references; s.RequiresPracticeDetails = practice; });
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var area = await factory.AreaAsync("Leadership skills");
        var manager = await factory.PersonAsync("Lena", "Manager", organisation.Id, null, Roles.Staff);
        var applicant = await factory.PersonAsync("Alex", "Applicant", organisation.Id, manager.PersonId, Roles.Staff);
        return new Applicant(factory.ClientFor(applicant), applicant.PersonId, applicant.UserId, manager.PersonId, manager.UserId, scheme.Id, area.Id);
    }

    private static async Task<HttpResponseMessage> PostAsync(FormClient client, string url, Dictionary<string, string> fields) =>
        await client.SubmitFormAsync(url, fields);

    private static async Task FillEverythingAsync(Applicant a, bool practice = false)
    {
        var c = a.Client;
        Assert.Equal("/join/offer", (await c.SubmitFormAsync("/join", new Dictionary<string, string>())).Headers.Location!.ToString());
        Assert.Equal("/join/experience", (await PostAsync(c, "/join/offer", new() { ["Offers"] = "Both", ["SchemeId"] = a.SchemeId.ToString() })).Headers.Location!.ToString());
        Assert.Equal("/join/areas", (await PostAsync(c, "/join/experience", new()
        {
            ["ExperienceAndSkills"] = "Twelve years leading a children's services team.",
            ["Motivation"] = "I want to help colleagues grow.",
            ["RecentSupportOfOthers"] = "Shadowing programme for new starters.",
        })).Headers.Location!.ToString());
        Assert.Equal("/join/qualifications", (await PostAsync(c, "/join/areas", new() { ["AreaIds"] = a.AreaId.ToString() })).Headers.Location!.ToString());
        var afterQualifications = (await PostAsync(c, "/join/qualifications", new()
        {
            ["HoldsAccreditation"] = "true", ["Accreditation"] = "Emcc", ["Ilm3"] = "Achieved", ["Ilm5"] = "InTraining", ["Ilm7"] = "NotHeld", ["Other"] = "NotHeld",
        })).Headers.Location!.ToString();
        Assert.Equal("/join/references", afterQualifications);
        var afterReferences = (await PostAsync(c, "/join/references", new()
        {
            ["Reference1.Name"] = "Rhiannon Ref", ["Reference1.JobTitle"] = "Head of service", ["Reference1.Email"] = "rhiannon@example.org",
            ["Reference1.Telephone"] = "01234 567890", ["Reference1.Relationship"] = "Former manager",
            ["Reference2.Name"] = "Owen Ref", ["Reference2.JobTitle"] = "Team leader", ["Reference2.Email"] = "owen@example.org",
            ["Reference2.Telephone"] = "01234 567891", ["Reference2.Relationship"] = "Colleague",
        })).Headers.Location!.ToString();
        if (practice)
        {
            Assert.Equal("/join/practice", afterReferences);
            Assert.Equal("/join/start-date", (await PostAsync(c, "/join/practice", new()
            {
                ["ClaimAs"] = "Practice", ["PracticeName"] = "Riverside Surgery", ["PracticeCode"] = "P81001",
                ["PracticeManagerEmail"] = "pm@example.org", ["IsSelfEmployed"] = "true", ["SlaSigned"] = "true", ["HasLiabilityInsurance"] = "false",
            })).Headers.Location!.ToString());
        }
        else
        {
            Assert.Equal("/join/start-date", afterReferences);
        }

        Assert.Equal("/join/commitments", (await PostAsync(c, "/join/start-date", new() { ["StartDay"] = "1", ["StartMonth"] = "9", ["StartYear"] = NextYear })).Headers.Location!.ToString());
        Assert.Equal("/join/check", (await PostAsync(c, "/join/commitments", new()
        {
            ["AgreesToExpectations"] = "true", ["ConfirmsCodeOfEthics"] = "true", ["ConfirmsSupervisionAndCpd"] = "true",
            ["ConfirmsLineManagerRelease"] = "true", ["ConfirmsDataProcessing"] = "true",
        })).Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_applicant_completes_every_page_checks_the_answers_and_sends_it_to_the_line_manager()
    {
        var a = await ArrangeAsync(references: true, practice: true);
        await FillEverythingAsync(a, practice: true);

        var check = await a.Client.GetPageAsync("/join/check");
        var text = check.Body!.TextContent;
        Assert.Contains("Twelve years leading", text);
        Assert.Contains("Rhiannon Ref", text);
        Assert.Contains("Riverside Surgery", text);
        Assert.Contains("ILM Level 5", text);
        Assert.Contains("In training", text);
        Assert.Contains("Lena Manager", text);
        Assert.Contains("1 September " + NextYear, text);

        var sent = await a.Client.SubmitFormAsync(check, "/join/check", new Dictionary<string, string>());
        Assert.Equal("/join/sent", sent.Headers.Location!.ToString());

        var (application, mail) = await factory.WithDbAsync(async db =>
        {
            var app = await db.CoachApplications.Include(x => x.References).Include(x => x.Qualifications).SingleAsync(x => x.ApplicantId == a.PersonId);
            var manager = await db.People.SingleAsync(p => p.Id == a.LineManagerPersonId);
            var message = await db.OutboxMessages.SingleAsync(m => m.To == manager.Email);
            return (app, message);
        });
        Assert.Equal(ApplicationStatus.AwaitingLineManager, application.Status);
        Assert.NotNull(application.SubmittedAt);
        Assert.Equal(2, application.References.Count);
        Assert.Equal(2, application.Qualifications.Count);
        Assert.Equal(OfferType.Both, application.Offers);
        Assert.True(application.IsSelfEmployed);
        Assert.False(application.HasLiabilityInsurance);
        Assert.Contains($"/join/support/{application.Id}", mail.HtmlBody);
    }

    [Fact]
    public async Task A_draft_is_kept_between_visits_and_pages_are_prefilled()
    {
        var a = await ArrangeAsync();
        await a.Client.SubmitFormAsync("/join", new Dictionary<string, string>());
        await PostAsync(a.Client, "/join/offer", new() { ["Offers"] = "Mentoring", ["SchemeId"] = a.SchemeId.ToString() });

        var again = factory.ClientFor(a.UserId);
        var start = await again.GetPageAsync("/join");
        var offer = await again.GetPageAsync("/join/offer");

        Assert.Contains("Continue your application", start.Body!.TextContent);
        Assert.True(offer.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Offers][value=Mentoring]")!.IsChecked);
    }

    [Fact]
    public async Task Sending_an_incomplete_application_is_refused()
    {
        var a = await ArrangeAsync();
        await a.Client.SubmitFormAsync("/join", new Dictionary<string, string>());
        await PostAsync(a.Client, "/join/offer", new() { ["Offers"] = "Coaching", ["SchemeId"] = a.SchemeId.ToString() });
        var check = await a.Client.GetPageAsync("/join/check");

        Assert.Null(check.QuerySelector("form[action='/join/submit']"));
        var token = (await a.Client.GetPageAsync("/join")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var forced = await a.Client.Http.PostAsync("/join/submit", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var status = await factory.WithDbAsync(db => db.CoachApplications.Where(x => x.ApplicantId == a.PersonId).Select(x => x.Status).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Contains("Complete every section", await forced.Content.ReadAsStringAsync());
        Assert.Equal(ApplicationStatus.Draft, status);
    }

    [Fact]
    public async Task The_references_page_is_skipped_where_the_scheme_needs_no_references()
    {
        var a = await ArrangeAsync(references: false);
        await a.Client.SubmitFormAsync("/join", new Dictionary<string, string>());
        await PostAsync(a.Client, "/join/offer", new() { ["Offers"] = "Coaching", ["SchemeId"] = a.SchemeId.ToString() });

        var next = await PostAsync(a.Client, "/join/qualifications", new() { ["HoldsAccreditation"] = "false", ["Ilm3"] = "NotHeld", ["Ilm5"] = "Achieved", ["Ilm7"] = "NotHeld", ["Other"] = "NotHeld" });
        var references = await a.Client.Http.GetAsync("/join/references");

        Assert.Equal("/join/start-date", next.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, references.StatusCode);
    }

    [Fact]
    public async Task Only_the_named_line_manager_can_see_and_answer_the_support_request()
    {
        var a = await ArrangeAsync(references: true);
        await FillEverythingAsync(a);
        await a.Client.SubmitFormAsync("/join/check", new Dictionary<string, string>());
        var id = await factory.WithDbAsync(db => db.CoachApplications.Where(x => x.ApplicantId == a.PersonId).Select(x => x.Id).SingleAsync());
        var stranger = await factory.PersonAsync("Sid", "Stranger", null, null, Roles.Staff);
        var hr = await factory.PersonAsync("Hari", "HR", null, null, Roles.HrAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(stranger).Http.GetAsync($"/join/support/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Client.Http.GetAsync($"/join/support/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(hr).Http.GetAsync($"/join/support/{id}")).StatusCode);

        var manager = factory.ClientFor(a.LineManagerUserId);
        var page = await manager.GetPageAsync($"/join/support/{id}");
        Assert.Contains("Twelve years leading", page.Body!.TextContent);

        var answered = await manager.SubmitFormAsync(page, $"/join/support/{id}", new Dictionary<string, string> { ["Supports"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var (status, support, mailed) = await factory.WithDbAsync(async db =>
        {
            var app = await db.CoachApplications.Include(x => x.Applicant).SingleAsync(x => x.Id == id);
            return (app.Status, app.LineManagerSupport, await db.OutboxMessages.AnyAsync(m => m.To == app.Applicant!.Email));
        });
        Assert.Equal(ApplicationStatus.AwaitingDecision, status);
        Assert.Equal(LineManagerSupport.Supported, support);
        Assert.True(mailed);
        Assert.Contains("no longer waiting", (await manager.GetPageAsync($"/join/support/{id}")).Body!.TextContent);
    }

    [Fact]
    public async Task Not_supporting_needs_a_comment_and_returns_the_application_to_the_applicant_as_a_draft()
    {
        var a = await ArrangeAsync(references: true);
        await FillEverythingAsync(a);
        await a.Client.SubmitFormAsync("/join/check", new Dictionary<string, string>());
        var id = await factory.WithDbAsync(db => db.CoachApplications.Where(x => x.ApplicantId == a.PersonId).Select(x => x.Id).SingleAsync());
        var manager = factory.ClientFor(a.LineManagerUserId);

        var noComment = await FormClient.ParseAsync(await manager.SubmitFormAsync($"/join/support/{id}", new Dictionary<string, string> { ["Supports"] = "false" }));
        Assert.NotNull(noComment.QuerySelector(".govuk-error-summary a[href='#Comment']"));

        var answered = await manager.SubmitFormAsync($"/join/support/{id}", new Dictionary<string, string> { ["Supports"] = "false", ["Comment"] = "Let us talk after the inspection <b>first</b>." });
        var afterAnswer = await manager.GetPageAsync(answered.Headers.Location!.ToString());
        Assert.Contains("You did not support this application", afterAnswer.Body!.TextContent);
        Assert.Null(afterAnswer.QuerySelector("form[action^='/join/support']"));
        var status = await factory.WithDbAsync(db => db.CoachApplications.Where(x => x.Id == id).Select(x => x.Status).SingleAsync());
        var start = await a.Client.Http.GetStringAsync("/join");

        Assert.Equal(ApplicationStatus.Draft, status);
        Assert.Contains("Let us talk after the inspection &lt;b&gt;first&lt;/b&gt;.", start);
        Assert.Contains("Continue your application", start);
    }

    [Fact]
    public async Task A_value_that_cannot_be_bound_on_the_start_date_page_is_not_lost()
    {
        var a = await ArrangeAsync(references: true);
        await FillEverythingAsync(a);

        var response = await a.Client.SubmitFormAsync("/join/start-date", new Dictionary<string, string>
        {
            ["StartDay"] = "2", ["StartMonth"] = "10", ["StartYear"] = NextYear, ["ReturnToCheck"] = "not-a-boolean",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await FormClient.ParseAsync(response)).QuerySelector(".govuk-error-summary"));
        Assert.Equal(new DateOnly(int.Parse(NextYear, System.Globalization.CultureInfo.InvariantCulture), 9, 1), await factory.WithDbAsync(db => db.CoachApplications.Where(x => x.ApplicantId == a.PersonId).Select(x => x.ProposedStartDate).SingleAsync()));
    }

    [Fact]
    public async Task Without_a_recorded_line_manager_the_start_date_page_asks_for_one_whatever_the_form_claims()
    {
        var scheme = await factory.SchemeAsync(s => { s.RequiresReferences = false; s.RequiresPracticeDetails = false; });
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var user = await factory.PersonAsync("Nia", "Nomanager", organisation.Id, null, Roles.Staff);
        var client = factory.ClientFor(user);
        await client.SubmitFormAsync("/join", new Dictionary<string, string>());

        var page = await FormClient.ParseAsync(await client.SubmitFormAsync("/join/start-date", new Dictionary<string, string>
        {
            ["StartDay"] = "1", ["StartMonth"] = "9", ["StartYear"] = NextYear, ["RecordedLineManager"] = "Someone",
        }));

        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#LineManagerEmail']"));
        Assert.Null(await factory.WithDbAsync(db => db.CoachApplications.Where(x => x.ApplicantId == user.PersonId).Select(x => x.ProposedStartDate).SingleAsync()));
    }
}
