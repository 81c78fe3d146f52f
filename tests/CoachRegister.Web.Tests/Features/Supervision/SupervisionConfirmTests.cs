using System.Net;
using AngleSharp.Html.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Development;
using CoachRegister.Web.Tests.Features.Documents;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Supervision;

/// <summary>
/// A supervisor who confirms a session that is already confirmed (a second tab, the back button) is told so in
/// GOV.UK's neutral "Important" banner, in English and Welsh: the green success banner is kept for changes made.
/// </summary>
public class SupervisionConfirmTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(false, "Important", "This session is already confirmed")]
    [InlineData(true, "Pwysig", "Mae'r sesiwn hon eisoes wedi'i chadarnhau")]
    public async Task Confirming_a_confirmed_session_again_is_refused_in_the_important_banner(bool inWelsh, string title, string message)
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var supervisor = await factory.PersonAsync("Sian", "Supervisor", organisation.Id, null, Roles.Coach, Roles.Supervisor);
        var supervisorProfile = await factory.ProfileAsync(supervisor.PersonId, scheme.Id, p => p.IsTrainedSupervisor = true);
        var coach = await factory.PersonAsync("Cai", "Coach", organisation.Id, null, Roles.Coach);
        var coachProfile = await factory.ProfileAsync(coach.PersonId, scheme.Id, p => p.SupportingMentorId = supervisorProfile.Id);
        var session = await factory.WithDbAsync(async db =>
        {
            var s = db.SupervisionSessions.Add(new SupervisionSession
            {
                CoachProfileId = coachProfile.Id, SupervisorId = supervisor.PersonId, Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), Hours = 1,
            }).Entity;
            await db.SaveChangesAsync();
            return s.Id;
        });
        var client = factory.ClientFor(supervisor);
        if (inWelsh)
        {
            await client.InWelshAsync();
        }

        var stale = await client.GetPageAsync("/supervision");
        var form = $"form[action='/supervision/sessions/{session}/confirm']";
        var first = await client.SubmitFormAsync(stale, "/supervision", new Dictionary<string, string>(), form);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.NotNull((await client.GetPageAsync(first.Headers.Location!.OriginalString)).QuerySelector("#success-banner"));

        var again = await client.SubmitFormAsync(stale, "/supervision", new Dictionary<string, string>(), form);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = await client.GetPageAsync(again.Headers.Location!.OriginalString);
        AssertImportant(page, title, message);
    }

    private static void AssertImportant(IHtmlDocument page, string title, string message)
    {
        Assert.Null(page.QuerySelector("#success-banner"));
        var banner = page.QuerySelector("#important-banner")!;
        Assert.DoesNotContain("govuk-notification-banner--success", banner.ClassList);
        Assert.Equal(title, banner.QuerySelector(".govuk-notification-banner__title")!.TextContent.Trim());
        Assert.Equal(message, banner.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
    }
}
