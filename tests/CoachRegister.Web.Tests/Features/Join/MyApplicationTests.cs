using System.Net;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Join;

/// <summary>An applicant sees the application they sent and may withdraw it while it is in progress.</summary>
public class MyApplicationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Withdrawing_a_sent_application_makes_it_withdrawn_and_the_pages_say_so()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        await applicant.SendAsync();
        var id = await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.ApplicantId == applicant.User.PersonId).Select(a => a.Id).SingleAsync());

        var sent = await applicant.Client.GetPageAsync("/join/application");
        Assert.Equal("Waiting for line manager", sent.QuerySelector("#stage")!.TextContent.Trim());
        var withdrawn = await applicant.Client.SubmitFormAsync(sent, "/join/application", new Dictionary<string, string>(), "#withdraw-application");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(ApplicationStatus.Withdrawn, await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        var start = await applicant.Client.GetPageAsync(withdrawn.Headers.Location!.ToString());
        Assert.Contains("You have withdrawn your application", start.QuerySelector("#success-banner")!.TextContent);
        var after = await applicant.Client.GetPageAsync("/join/application");
        Assert.Equal("Withdrawn", after.QuerySelector("#stage")!.TextContent.Trim());
        Assert.Null(after.QuerySelector("#withdraw-application"));
    }
}
