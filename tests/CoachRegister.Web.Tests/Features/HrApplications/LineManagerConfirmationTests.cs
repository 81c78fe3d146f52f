using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Features.Join;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrApplications;

/// <summary>
/// An applicant can name someone other than their recorded line manager, even an account they control; so
/// HR confirms that person as the manager before the application can be accepted.
/// </summary>
public class LineManagerConfirmationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Accept() => new()
    {
        ["Decision"] = "Accept", ["StartDay"] = "1", ["StartMonth"] = "10", ["StartYear"] = JoinApplicant.NextYear,
    };

    /// <summary>A sent application supported by <paramref name="supporter"/> (named on the form when not the recorded manager), and an HR admin of its scheme.</summary>
    private async Task<(Guid Id, FormClient Hr)> SupportedAsync(JoinApplicant applicant, TestUser supporter, bool named)
    {
        await applicant.SendAsync(named ? supporter.Email : null);
        var id = await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.ApplicantId == applicant.User.PersonId).Select(a => a.Id).SingleAsync());
        var answered = await factory.ClientFor(supporter).SubmitFormAsync($"/join/support/{id}", new Dictionary<string, string> { ["Supports"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var hr = await factory.PersonAsync("Hafwen", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, applicant.SchemeId);
        return (id, factory.ClientFor(hr));
    }

    private async Task<ApplicationStatus> StatusAsync(Guid id) =>
        await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    [Fact]
    public async Task An_application_supported_by_someone_other_than_the_recorded_manager_is_accepted_only_after_hr_confirms_them()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        var other = await factory.PersonAsync("Olwen", "Otherone", applicant.OrganisationId, null, Roles.Staff);
        var (id, hr) = await SupportedAsync(applicant, other, named: true);
        var url = $"/hr/applications/{id}";
        Assert.Equal(ApplicationStatus.AwaitingDecision, await StatusAsync(id));

        var details = await hr.GetPageAsync(url);
        Assert.NotNull(details.QuerySelector("#confirm-line-manager-form"));
        var refused = await hr.SubmitFormAsync(details, url, Accept(), "#decision-form");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Confirm the line manager the applicant named before you accept the application",
            (await FormClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(ApplicationStatus.AwaitingDecision, await StatusAsync(id));
        Assert.False(await factory.WithDbAsync(db => db.CoachProfiles.AnyAsync(p => p.PersonId == applicant.User.PersonId)));

        var confirmed = await hr.SubmitFormAsync(url, new Dictionary<string, string>(), "#confirm-line-manager-form");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var afterConfirming = await hr.GetPageAsync(url);
        Assert.Null(afterConfirming.QuerySelector("#confirm-line-manager-form"));

        var accepted = await hr.SubmitFormAsync(afterConfirming, url, Accept(), "#decision-form");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(ApplicationStatus.Accepted, await StatusAsync(id));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == id && e.Action == "RegisterApplicationLineManagerConfirmed")));
    }

    [Fact]
    public async Task An_application_supported_by_the_recorded_manager_needs_no_confirmation()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        var (id, hr) = await SupportedAsync(applicant, applicant.LineManager, named: false);
        var url = $"/hr/applications/{id}";

        var details = await hr.GetPageAsync(url);
        Assert.Null(details.QuerySelector("#confirm-line-manager-form"));
        var accepted = await hr.SubmitFormAsync(details, url, Accept(), "#decision-form");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(ApplicationStatus.Accepted, await StatusAsync(id));
    }
}
