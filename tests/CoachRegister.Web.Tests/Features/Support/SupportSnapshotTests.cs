using System.Net;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Features.Join;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Support;

/// <summary>A line manager who answered keeps seeing what they answered, not what the applicant changed afterwards.</summary>
public class SupportSnapshotTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string LaterEdit = "Rewritten after my manager answered: now about a different team.";

    [Fact]
    public async Task After_not_supporting_the_manager_sees_the_application_as_they_read_it_not_the_applicants_later_edits()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        await applicant.SendAsync();
        var id = await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.ApplicantId == applicant.User.PersonId).Select(a => a.Id).SingleAsync());
        var manager = factory.ClientFor(applicant.LineManager);
        var url = $"/join/support/{id}";
        var answered = await manager.SubmitFormAsync(url, new Dictionary<string, string> { ["Supports"] = "false", ["Comment"] = "Let us talk first." });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var edited = await applicant.Client.SubmitFormAsync("/join/experience", new Dictionary<string, string> { ["ExperienceAndSkills"] = LaterEdit });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(LaterEdit, await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == id).Select(a => a.ExperienceAndSkills).SingleAsync()));
        Assert.Equal(ApplicationStatus.Draft, await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        var page = (await manager.GetPageAsync(url)).Body!.TextContent;
        Assert.Contains(JoinApplicant.Experience, page);
        Assert.DoesNotContain(LaterEdit, page);
        Assert.Contains("You did not support this application", page);
    }
}
