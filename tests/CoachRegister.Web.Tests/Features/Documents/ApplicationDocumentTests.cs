using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Features.Matching;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Documents;

/// <summary>
/// The applications printed filled on their paper forms: the application to join the register (the line manager's
/// copy as it was when they answered), and the request for a coach or mentor, whole for the requester and the scheme
/// team, and without the parts kept private for the line manager.
/// </summary>
[Collection(PdfCollection.Name)]
public sealed class ApplicationDocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string PrivateGoal = "Delegate with confidence";

    [Fact]
    public async Task The_application_prints_for_the_applicant_hr_and_the_line_manager_as_it_was_when_they_answered()
    {
        var scene = await factory.SceneAsync();
        var application = await factory.ApplicationAsync(scene.Requester.PersonId, scene.Scheme.Id, scene.Manager.PersonId, ApplicationStatus.AwaitingLineManager, OfferType.Mentoring);
        await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == application.Id).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.RecentSupportOfOthers, "Ran the induction for new starters")
            .SetProperty(a => a.AgreesToExpectations, true).SetProperty(a => a.ConfirmsCodeOfEthics, true).SetProperty(a => a.ConfirmsSupervisionAndCpd, true)
            .SetProperty(a => a.ConfirmsLineManagerRelease, true).SetProperty(a => a.ConfirmsDataProcessing, true)));
        var manager = factory.ClientFor(scene.Manager);
        var answered = await manager.SubmitFormAsync($"/join/support/{application.Id}", new Dictionary<string, string> { ["Supports"] = "true" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, answered.StatusCode);
        await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == application.Id).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.Motivation, "Changed after the manager answered LATER-TEXT")
            .SetProperty(a => a.InterviewNotes, "Nervous at first INTERVIEW-NOTES")));
        var url = $"/join/applications/{application.Id}/application.pdf";

        var applicants = await factory.ClientFor(scene.Requester).PdfAsync(url);
        var hrs = await factory.ClientFor(scene.Hr).PdfAsync(url);
        var managers = await manager.PdfAsync(url);

        foreach (var pdf in new[] { applicants, hrs, managers })
        {
            Assert.Equal("Application to join the register as a coach or mentor", pdf.Title);
            foreach (var phrase in new[]
            {
                "Your name Rhys Requester", "I am applying to be A mentor Do you hold",
                "What you have done recently to support other people's development Ran the induction for new starters",
                "Your experience of coaching or mentoring, and what came of it Years of team leadership",
                "Can you give the scheme at least 12 months? Yes",
            })
            {
                Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
            }

            Assert.Contains("OFFICIAL", pdf.Pages[0], StringComparison.Ordinal);
            Assert.DoesNotContain("INTERVIEW-NOTES", pdf.Text, StringComparison.Ordinal);
        }

        Assert.Contains("Why you want to join the register Changed after the manager answered LATER-TEXT", applicants.Text, StringComparison.Ordinal);
        Assert.Contains("Why you want to join the register Helping others", managers.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LATER-TEXT", managers.Text, StringComparison.Ordinal);
        Assert.NotNull((await factory.ClientFor(scene.Requester).GetPageAsync("/join/application")).QuerySelector($"a[href='{url}'][download]"));
        Assert.NotNull((await manager.GetPageAsync($"/join/support/{application.Id}")).QuerySelector($"a[href='{url}'][download]"));
        Assert.NotNull((await factory.ClientFor(scene.Hr).GetPageAsync($"/hr/applications/{application.Id}")).QuerySelector($"a[href='{url}'][download]"));
        await factory.ClientFor(scene.Director).AssertRefusedAsync(url);
    }

    [Fact]
    public async Task A_welsh_applicant_gets_the_application_in_welsh()
    {
        var scene = await factory.SceneAsync();
        var application = await factory.ApplicationAsync(scene.Requester.PersonId, scene.Scheme.Id, scene.Manager.PersonId, ApplicationStatus.AwaitingDecision);
        var applicant = factory.ClientFor(scene.Requester);
        await applicant.InWelshAsync();

        var pdf = await applicant.PdfAsync($"/join/applications/{application.Id}/application.pdf");

        Assert.Equal("Cais i ymuno â’r gofrestr fel hyfforddwr neu fentor", pdf.Title);
        Assert.Equal("cy-GB", pdf.Language);
        Assert.Contains("Helping others", pdf.Text, StringComparison.Ordinal);
        foreach (var english in new[] { "Application to join the register as a coach or mentor", "Why you want to join the register", "Your name", "Page 1 of" })
        {
            Assert.DoesNotContain(english, pdf.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_request_prints_whole_for_the_requester_and_the_scheme_team()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene, kind: OfferType.Mentoring, keepPrivate: RequestPart.GoalsForSelf);
        var url = $"/requests/{request.Id}/request.pdf";

        var requesters = await factory.ClientFor(scene.Requester).PdfAsync(url);
        var hrs = await factory.ClientFor(scene.Hr).PdfAsync(url);

        foreach (var pdf in new[] { requesters, hrs })
        {
            Assert.Equal("Application for a coach or mentor", pdf.Title);
            foreach (var phrase in new[]
            {
                "Your name Rhys Requester",
                "Reason 1 I have just become a team manager",
                "Reason 2 I want to lead through the restructure",
                "Was the need identified through supervision or appraisal? Yes",
                "I would like Mentoring Reason 1",
                "For mentoring: the gap you want to fill Contacts, Leadership",
                $"What you hope to gain for yourself {PrivateGoal}",
                "What you hope to gain for your team A team that plans its own rota",
            })
            {
                Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
            }

            Assert.Contains("CONFIDENTIAL", pdf.Pages[0], StringComparison.Ordinal);
            pdf.AssertNumbered();
        }

        Assert.NotNull((await factory.ClientFor(scene.Requester).GetPageAsync($"/requests/{request.Id}")).QuerySelector($"a[href='{url}'][download]"));
        Assert.NotNull((await factory.ClientFor(scene.Hr).GetPageAsync($"/hr/matching/{request.Id}")).QuerySelector($"a[href='{url}'][download]"));
    }

    [Fact]
    public async Task The_line_managers_copy_of_the_request_leaves_out_what_the_requester_kept_private()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene, MatchRequestStatus.AwaitingLineManager, keepPrivate: RequestPart.GoalsForSelf | RequestPart.Reasons);
        var url = $"/requests/{request.Id}/request.pdf";

        var pdf = await factory.ClientFor(scene.Manager).PdfAsync(url);

        Assert.Contains("What you hope to gain for your team A team that plans its own rota", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("The parts the applicant keeps from their line manager are not printed on this copy.", pdf.Text, StringComparison.Ordinal);
        foreach (var hidden in new[] { PrivateGoal, "I have just become a team manager", "I want to lead through the restructure" })
        {
            Assert.DoesNotContain(hidden, pdf.Text, StringComparison.Ordinal);
        }

        Assert.NotNull((await factory.ClientFor(scene.Manager).GetPageAsync($"/requests/support/{request.Id}")).QuerySelector($"a[href='{url}'][download]"));

        // Before the line manager supports it, the scheme team has no sight of the request, on paper or on screen.
        foreach (var other in new[] { scene.Hr, scene.Director })
        {
            await factory.ClientFor(other).AssertRefusedAsync(url);
        }
    }

    [Fact]
    public async Task The_coach_of_an_open_proposal_prints_the_request_as_their_proposal_page_shows_it_and_not_after_declining()
    {
        var scene = await factory.SceneAsync();
        var proposed = await factory.CoachAsync(scene, "Cara");
        var named = await factory.CoachAsync(scene, "Gwen");
        var request = await factory.RequestAsync(scene, preferences: named.Profile.Id);
        var matchId = await factory.ProposeAsync(scene, request.Id, proposed.Profile.Id);
        var url = $"/requests/{request.Id}/request.pdf";
        var coach = factory.ClientFor(proposed.User);

        var pdf = await coach.PdfAsync(url);

        Assert.Contains("Reason 1 I have just become a team manager", pdf.Text, StringComparison.Ordinal);
        Assert.Contains($"What you hope to gain for yourself {PrivateGoal}", pdf.Text, StringComparison.Ordinal);
        var namedFamilyName = await factory.WithDbAsync(db => db.People.Where(p => p.Id == named.User.PersonId).Select(p => p.FamilyName).SingleAsync());
        Assert.DoesNotContain(namedFamilyName, pdf.Text, StringComparison.Ordinal);
        Assert.NotNull((await coach.GetPageAsync($"/proposals/{matchId}")).QuerySelector($"a[href='{url}'][download]"));
        await factory.ClientFor(named.User).AssertRefusedAsync(url);

        var declined = await coach.SubmitFormAsync($"/proposals/{matchId}", new Dictionary<string, string> { ["DeclineReason"] = "On leave" }, $"form[action='/proposals/{matchId}/decline']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, declined.StatusCode);
        await coach.AssertRefusedAsync(url);
    }

    [Fact]
    public async Task A_welsh_requester_gets_the_request_in_welsh()
    {
        var scene = await factory.SceneAsync();
        var request = await factory.RequestAsync(scene);
        var requester = factory.ClientFor(scene.Requester);
        await requester.InWelshAsync();

        var pdf = await requester.PdfAsync($"/requests/{request.Id}/request.pdf");

        Assert.Equal("Cais am hyfforddwr neu fentor", pdf.Title);
        Assert.Equal("cy-GB", pdf.Language);
        Assert.Contains("Rheswm 1 I have just become a team manager", pdf.Text, StringComparison.Ordinal);
        Assert.Contains($"Beth rydych yn gobeithio ei ennill i chi eich hun {PrivateGoal}", pdf.Text, StringComparison.Ordinal);
        foreach (var english in new[] { "Application for a coach or mentor", "Reason 1", "What you hope to gain for yourself", "Page 1 of" })
        {
            Assert.DoesNotContain(english, pdf.Text, StringComparison.Ordinal);
        }
    }
}
