using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Profile;

/// <summary>A photo must disappear as soon as its profile is paused, so no browser may keep a copy.</summary>
public class ProfilePhotoCachingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_register_photo_is_never_kept_by_the_browser_and_is_gone_once_the_profile_is_paused()
    {
        var coach = await factory.CreateUserAsync(Roles.Staff, Roles.Coach);
        var profileId = await factory.WithDbAsync(async db =>
        {
            var profile = new CoachProfile
            {
                PersonId = coach.PersonId,
                SchemeId = (await db.Schemes.FirstAsync()).Id,
                Offers = OfferType.Coaching,
                Status = ProfileStatus.Published,
                HasPhoto = true,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.CoachProfiles.Add(profile);
            db.ProfilePhotos.Add(new CoachProfilePhoto { CoachProfileId = profile.Id, Content = [0xFF, 0xD8, 0xFF, 0xD9], ContentType = "image/jpeg" });
            await db.SaveChangesAsync();
            return profile.Id;
        });
        var viewer = factory.CreateFormClient();
        await viewer.SignInAsync(await factory.CreateUserAsync(Roles.Staff));

        var published = await viewer.Http.GetAsync($"/register/photos/{profileId}");
        await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == profileId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProfileStatus.Paused)));
        var paused = await viewer.Http.GetAsync($"/register/photos/{profileId}");

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.True(published.Headers.CacheControl?.NoStore, $"Cache-Control was {published.Headers.CacheControl}.");
        Assert.Null(published.Headers.CacheControl?.MaxAge);
        Assert.Equal(HttpStatusCode.NotFound, paused.StatusCode);
    }
}
