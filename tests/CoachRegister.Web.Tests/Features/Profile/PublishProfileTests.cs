using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Profile;

/// <summary>"Save and publish" is part of the profile form, so what was typed is kept; a draft is not offered "confirm still current".</summary>
public class PublishProfileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ConfirmForm = "form[action='/profile/confirm']";

    private async Task<(FormClient Client, CoachProfile Profile, Guid AreaId)> ArrangeAsync(ProfileStatus status)
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var area = await factory.AreaAsync("Managing upwards");
        var coach = await factory.PersonAsync("Carys", "Coach", organisation.Id, null, Roles.Staff, Roles.Coach);
        var profile = await factory.ProfileAsync(coach.PersonId, scheme.Id, p => { p.Status = status; p.Bio = null; p.Formats = DeliveryFormat.None; });
        return (factory.ClientFor(coach), profile, area.Id);
    }

    [Fact]
    public async Task One_post_of_changed_fields_with_publish_keeps_them_and_publishes()
    {
        var (client, profile, areaId) = await ArrangeAsync(ProfileStatus.Draft);

        var response = await client.SubmitFormAsync("/profile", new Dictionary<string, string>
        {
            ["Bio"] = "Typed just before pressing publish.",
            ["Experience"] = "Ten years as a service manager.",
            ["AreaIds"] = areaId.ToString(),
            ["Ilm3"] = "NotHeld", ["Ilm5"] = "Achieved", ["Ilm7"] = "NotHeld", ["Other"] = "NotHeld",
            ["Accreditation"] = "Emcc",
            ["TrainedSupervisor"] = "true",
            ["ChargesFees"] = "false",
            ["Formats"] = "Video",
            ["Location"] = "Aberystwyth",
            ["Capacity"] = "2",
            ["Accepting"] = "true",
            ["Publish"] = "true",
        }, "#profile-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.CoachProfiles.AsNoTracking().SingleAsync(p => p.Id == profile.Id));
        Assert.Equal(ProfileStatus.Published, saved.Status);
        Assert.Equal("Typed just before pressing publish.", saved.Bio);
        Assert.Equal("Aberystwyth", saved.Location);
        Assert.Equal(DeliveryFormat.Video, saved.Formats);
    }

    [Fact]
    public async Task Publish_is_a_button_of_the_profile_form_itself()
    {
        var (client, _, _) = await ArrangeAsync(ProfileStatus.Draft);

        var page = await client.GetPageAsync("/profile");

        Assert.NotNull(page.QuerySelector("#profile-form button[name=Publish][value=true]"));
        Assert.Single(page.QuerySelectorAll("button[name=Publish]"));
    }

    [Fact]
    public async Task Confirm_still_current_is_offered_on_a_published_profile_only()
    {
        var (draftClient, _, _) = await ArrangeAsync(ProfileStatus.Draft);
        var (publishedClient, _, _) = await ArrangeAsync(ProfileStatus.Published);

        Assert.Null((await draftClient.GetPageAsync("/profile")).QuerySelector(ConfirmForm));
        Assert.NotNull((await publishedClient.GetPageAsync("/profile")).QuerySelector(ConfirmForm));
    }
}
