using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace CoachRegister.Web.Tests.Features.Profile;

/// <summary>
/// Writes to one profile sent at the same moment through the real pipeline: each either succeeds, is retried
/// safely, or tells the person; none answers with a server error (which the factory would also fail on).
/// </summary>
public class ConcurrentWriteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Requests = 10;

    private sealed record Coach(FormClient Client, string Token, CoachProfile Profile, Guid SchemeId);

    private async Task<Coach> ArrangeAsync()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var coach = await factory.PersonAsync("Cai", "Concurrent", organisation.Id, null, Roles.Staff, Roles.Coach);
        var profile = await factory.ProfileAsync(coach.PersonId, scheme.Id, p => p.LastConfirmedOn = new DateOnly(2020, 1, 31));
        var client = factory.ClientFor(coach);
        return new Coach(client, await TokenAsync(client, "/profile"), profile, scheme.Id);
    }

    private static async Task<string> TokenAsync(FormClient client, string url) =>
        (await client.GetPageAsync(url)).QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    /// <summary>Starts every request before awaiting any, so they reach the database together.</summary>
    private static async Task<HttpResponseMessage[]> AllAtOnceAsync(IEnumerable<Func<Task<HttpResponseMessage>>> requests)
    {
        using var start = new SemaphoreSlim(0);
        var running = requests.Select(async send =>
        {
            await start.WaitAsync();
            return await send();
        }).ToList();
        start.Release(running.Count);
        return await Task.WhenAll(running);
    }

    [Fact]
    public async Task Ten_confirmations_at_once_all_succeed_and_the_profile_is_confirmed_today()
    {
        var c = await ArrangeAsync();

        var responses = await AllAtOnceAsync(Enumerable.Range(0, Requests)
            .Select(_ => (Func<Task<HttpResponseMessage>>)(() => c.Client.Http.PostAsync("/profile/confirm", Form(c.Token)))));

        Assert.All(responses, r => Assert.Equal((HttpStatusCode.Redirect, "/profile"), (r.StatusCode, r.Headers.Location?.ToString())));
        var confirmed = await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == c.Profile.Id).Select(p => p.LastConfirmedOn).SingleAsync());
        Assert.Equal(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime), confirmed);
    }

    [Fact]
    public async Task Photos_uploaded_at_once_all_succeed_and_leave_one_photo()
    {
        var c = await ArrangeAsync();
        var token = await TokenAsync(c.Client, "/profile");
        var colours = new[] { SKColors.Crimson, SKColors.Teal, SKColors.Gold, SKColors.Navy, SKColors.Olive, SKColors.Plum };

        var responses = await AllAtOnceAsync(colours.Select(colour => (Func<Task<HttpResponseMessage>>)(async () =>
        {
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent(token), "__RequestVerificationToken");
            var file = new ByteArrayContent(Jpeg(colour));
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, "photo", "me.jpg");
            return await c.Client.Http.PostAsync("/profile/photo", form);
        })));

        Assert.All(responses, r => Assert.Equal((HttpStatusCode.Redirect, "/profile"), (r.StatusCode, r.Headers.Location?.ToString())));
        var (photos, hasPhoto) = await factory.WithDbAsync(async db => (
            await db.ProfilePhotos.CountAsync(f => f.CoachProfileId == c.Profile.Id),
            await db.CoachProfiles.Where(p => p.Id == c.Profile.Id).Select(p => p.HasPhoto).SingleAsync()));
        Assert.Equal((1, true), (photos, hasPhoto));
    }

    [Fact]
    public async Task Hr_pausing_while_the_coach_confirms_pauses_and_each_confirmation_succeeds_or_says_why_not()
    {
        var c = await ArrangeAsync();
        var hrUser = await factory.PersonAsync("Hana", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hrUser.PersonId, c.SchemeId);
        var hr = factory.ClientFor(hrUser);
        var pauseUrl = $"/hr/profiles/{c.Profile.Id}/pause";
        var hrToken = await TokenAsync(hr, pauseUrl);

        var confirmations = Enumerable.Range(0, Requests)
            .Select(_ => (Func<Task<HttpResponseMessage>>)(() => c.Client.Http.PostAsync("/profile/confirm", Form(c.Token))));
        var pauses = Enumerable.Range(0, 2)
            .Select(_ => (Func<Task<HttpResponseMessage>>)(() => hr.Http.PostAsync(pauseUrl, Form(hrToken, ("Reason", "Supervision has lapsed")))));
        var responses = await AllAtOnceAsync(confirmations.Take(5).Concat(pauses).Concat(confirmations.Skip(5)));

        var pauseResponses = responses.Skip(5).Take(2).ToList();
        Assert.All(pauseResponses, r => Assert.Equal((HttpStatusCode.Redirect, "/hr/profiles"), (r.StatusCode, r.Headers.Location?.ToString())));
        foreach (var confirmation in responses.Take(5).Concat(responses.Skip(7)))
        {
            if (confirmation.StatusCode != HttpStatusCode.Redirect)
            {
                // Confirmed after the pause: the coach is told their profile is not on the register, on their profile page.
                var page = await FormClient.ParseAsync(confirmation);
                Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
                Assert.Contains("Only a profile on the register can be confirmed as still current", page.Body!.TextContent);
            }
        }

        var stored = await factory.WithDbAsync(db => db.CoachProfiles.SingleAsync(p => p.Id == c.Profile.Id));
        Assert.Equal((ProfileStatus.Paused, "Supervision has lapsed"), (stored.Status, stored.PausedReason));
    }

    private static byte[] Jpeg(SKColor colour)
    {
        using var bitmap = new SKBitmap(640, 480);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(colour);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
