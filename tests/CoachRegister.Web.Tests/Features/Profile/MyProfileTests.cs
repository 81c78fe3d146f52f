using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Profile;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace CoachRegister.Web.Tests.Features.Profile;

public class MyProfileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Coach(FormClient Client, CoachProfile Profile, Guid OrganisationId, Guid AreaId);

    private async Task<Coach> ArrangeAsync(ProfileStatus status = ProfileStatus.Draft)
    {
        var scheme = await factory.SchemeAsync(s => { s.MaxCoachees = 8; s.MaxCoacheesWhileDeveloping = 4; });
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var area = await factory.AreaAsync("Managing upwards");
        var coach = await factory.PersonAsync("Carys", "Coach", organisation.Id, null, Roles.Staff, Roles.Coach);
        var profile = await factory.ProfileAsync(coach.PersonId, scheme.Id, p => { p.Status = status; p.Bio = null; p.Formats = DeliveryFormat.None; });
        return new Coach(factory.ClientFor(coach), profile, organisation.Id, area.Id);
    }

    private static Dictionary<string, string> Valid(Guid areaId, string capacity = "3") => new()
    {
        ["Bio"] = "I help managers find their own answers.",
        ["Experience"] = "Ten years as a service manager.",
        ["AreaIds"] = areaId.ToString(),
        ["Ilm3"] = "NotHeld", ["Ilm5"] = "Achieved", ["Ilm7"] = "NotHeld", ["Other"] = "NotHeld",
        ["Accreditation"] = "Emcc",
        ["TrainedSupervisor"] = "true",
        ["ChargesFees"] = "false",
        ["Formats"] = "Video",
        ["Location"] = "Cardiff",
        ["Capacity"] = capacity,
        ["Accepting"] = "true",
    };

    private static async Task<IDocument> PostProfileAsync(FormClient client, Dictionary<string, string> fields) =>
        await FormClient.ParseAsync(await client.SubmitFormAsync("/profile", fields, "#profile-form"));

    /// <summary>The success banner of the page a change redirected to (shown once).</summary>
    private static async Task<string?> BannerAsync(FormClient client, HttpResponseMessage redirect) =>
        (await client.GetPageAsync(redirect.Headers.Location!.ToString())).QuerySelector("#success-banner")?.TextContent;

    [Fact]
    public async Task A_coach_completes_and_publishes_the_profile_and_staff_then_find_it()
    {
        var c = await ArrangeAsync();
        var staff = await factory.PersonAsync("Sam", "Staff", c.OrganisationId, null, Roles.Staff);
        var saved = await c.Client.SubmitFormAsync("/profile", Valid(c.AreaId), "#profile-form");
        Assert.Equal("/profile", saved.Headers.Location!.ToString());
        Assert.Contains("Your profile has been saved.", await BannerAsync(c.Client, saved));

        var before = await factory.ClientFor(staff).GetPageAsync($"/coaches?organisation={c.OrganisationId}");
        Assert.Empty(before.QuerySelectorAll("#results h2"));

        var published = await c.Client.SubmitFormAsync("/profile", new Dictionary<string, string> { ["Publish"] = "true" }, "#profile-form");
        Assert.Equal("/profile", published.Headers.Location!.ToString());
        Assert.Contains("Your profile is published.", await BannerAsync(c.Client, published));

        var after = await factory.ClientFor(staff).GetPageAsync($"/coaches?organisation={c.OrganisationId}");
        Assert.Equal("Carys Coach", after.QuerySelector("#results h2 a")!.TextContent.Trim());
        Assert.Contains("3 of 3 places", after.QuerySelector("#results")!.TextContent);
        var profile = await factory.WithDbAsync(db => db.CoachProfiles.Include(p => p.Qualifications).SingleAsync(p => p.Id == c.Profile.Id));
        Assert.Equal(ProfileStatus.Published, profile.Status);
        Assert.True(profile.IsTrainedSupervisor);
        Assert.Equal(QualificationLevel.Ilm5, Assert.Single(profile.Qualifications).Level);
        Assert.NotNull(profile.LastConfirmedOn);
    }

    [Fact]
    public async Task An_incomplete_profile_cannot_be_published()
    {
        var c = await ArrangeAsync();

        var page = await FormClient.ParseAsync(await c.Client.SubmitFormAsync("/profile", new Dictionary<string, string> { ["Publish"] = "true" }, "#profile-form"));

        Assert.NotNull(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal(ProfileStatus.Draft, await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == c.Profile.Id).Select(p => p.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("9", "NotHeld", "You can support from 1 to 8 people at once")]
    [InlineData("5", "InTraining", "While a qualification is in training you can support from 1 to 4 people at once")]
    [InlineData("0", "NotHeld", "You can support from 1 to 8 people at once")]
    [InlineData("two", "NotHeld", "Enter the number of people you can support at once")]
    public async Task Capacity_is_bounded_by_the_scheme(string capacity, string ilm7, string message)
    {
        var c = await ArrangeAsync();
        var fields = Valid(c.AreaId, capacity);
        fields["Ilm7"] = ilm7;

        var page = await PostProfileAsync(c.Client, fields);

        Assert.Contains(message, page.QuerySelector(".govuk-error-summary a[href='#Capacity']")!.TextContent);
    }

    [Fact]
    public async Task Charging_fees_needs_the_details_declared()
    {
        var c = await ArrangeAsync();
        var fields = Valid(c.AreaId);
        fields["ChargesFees"] = "true";

        var page = await PostProfileAsync(c.Client, fields);

        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#FeesDetails']"));
    }

    [Fact]
    public async Task Empty_over_long_and_script_values_give_errors_or_encoded_output_never_a_server_error()
    {
        var c = await ArrangeAsync(ProfileStatus.Published);
        var empty = await c.Client.SubmitFormAsync("/profile", new Dictionary<string, string>
        {
            ["Bio"] = "", ["Ilm3"] = "", ["Ilm5"] = "", ["Ilm7"] = "", ["Other"] = "", ["Accreditation"] = "", ["TrainedSupervisor"] = "", ["ChargesFees"] = "", ["Capacity"] = "", ["Accepting"] = "",
        }, "#profile-form");
        var tooLong = Valid(c.AreaId);
        tooLong["Bio"] = new string('a', ProfileInput.MaxTextLength + 1);
        tooLong["Location"] = new string('b', ProfileInput.MaxShortLength + 1);
        var wrongType = Valid(c.AreaId);
        wrongType["Accreditation"] = "Pigeon";
        wrongType["Formats"] = "77";
        wrongType["AreaIds"] = "not-a-guid";
        var script = Valid(c.AreaId);
        script["Bio"] = "<script>alert(1)</script>";

        var emptyPage = await FormClient.ParseAsync(empty);
        var longPage = await PostProfileAsync(c.Client, tooLong);
        var wrongResponse = await c.Client.SubmitFormAsync("/profile", wrongType, "#profile-form");
        var saved = await c.Client.SubmitFormAsync("/profile", script, "#profile-form");
        var publicHtml = await c.Client.Http.GetStringAsync($"/coaches/{c.Profile.Id}");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.NotNull(emptyPage.QuerySelector(".govuk-error-summary a[href='#Capacity']"));
        Assert.NotNull(longPage.QuerySelector(".govuk-error-summary a[href='#Bio']"));
        Assert.NotNull(longPage.QuerySelector(".govuk-error-summary a[href='#Location']"));
        Assert.Equal(HttpStatusCode.OK, wrongResponse.StatusCode);
        Assert.NotNull((await FormClient.ParseAsync(wrongResponse)).QuerySelector(".govuk-error-summary"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", publicHtml);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", publicHtml);
    }

    [Fact]
    public async Task An_edit_over_a_change_made_meanwhile_is_refused_with_a_message()
    {
        var c = await ArrangeAsync();
        var page = await c.Client.GetPageAsync("/profile");
        await factory.WithDbAsync(async db =>
        {
            var profile = await db.CoachProfiles.SingleAsync(p => p.Id == c.Profile.Id);
            profile.Location = "Changed elsewhere";
            await db.SaveChangesAsync();
        });

        var response = await c.Client.SubmitFormAsync(page, "/profile", Valid(c.AreaId), "#profile-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed somewhere else", await response.Content.ReadAsStringAsync());
        Assert.Equal("Changed elsewhere", await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == c.Profile.Id).Select(p => p.Location).SingleAsync()));
        var retry = await c.Client.SubmitFormAsync(await FormClient.ParseAsync(response), "/profile", Valid(c.AreaId), "#profile-form");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
    }

    [Fact]
    public async Task Confirming_the_profile_is_current_sets_today()
    {
        var c = await ArrangeAsync(ProfileStatus.Published);

        var response = await c.Client.SubmitFormAsync(await c.Client.GetPageAsync("/profile"), "/profile/confirm", new Dictionary<string, string>(), "form[action='/profile/confirm']");

        Assert.Equal("/profile", response.Headers.Location!.ToString());
        Assert.Contains("Thank you for confirming", await BannerAsync(c.Client, response));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == c.Profile.Id).Select(p => p.LastConfirmedOn).SingleAsync()));
    }

    [Fact]
    public async Task Someone_without_a_profile_has_no_profile_page()
    {
        var user = await factory.PersonAsync("No", "Profile", null, null, Roles.Staff);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(user).Http.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task Saving_changes_only_the_signed_in_coachs_own_profile()
    {
        var mine = await ArrangeAsync();
        var theirs = await ArrangeAsync();

        await mine.Client.SubmitFormAsync("/profile", Valid(mine.AreaId), "#profile-form");

        var other = await factory.WithDbAsync(db => db.CoachProfiles.SingleAsync(p => p.Id == theirs.Profile.Id));
        Assert.Null(other.Location);
        Assert.Equal("Cardiff", await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Id == mine.Profile.Id).Select(p => p.Location).SingleAsync()));
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.CornflowerBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();

        // An EXIF segment with a GPS-like marker right after the start-of-image marker, as a phone writes it.
        var exifPayload = Encoding.ASCII.GetBytes("Exif\0\0GPS-SECRET-LOCATION");
        var length = exifPayload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(exifPayload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(FormClient client, byte[] content, string fileName, string contentType)
    {
        var page = await client.GetPageAsync("/profile");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#photo-form input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "photo", fileName);
        return await client.Http.PostAsync("/profile/photo", form);
    }

    [Fact]
    public async Task A_photo_is_resized_stripped_of_exif_and_served_as_jpeg_from_its_own_route()
    {
        var c = await ArrangeAsync(ProfileStatus.Published);
        var upload = Jpeg(1200, 900);
        Assert.Contains("GPS-SECRET-LOCATION", Encoding.ASCII.GetString(upload));

        var response = await UploadAsync(c.Client, upload, "me.jpg", "image/jpeg");
        var served = await c.Client.Http.GetAsync($"/register/photos/{c.Profile.Id}");
        var bytes = await served.Content.ReadAsByteArrayAsync();

        Assert.Equal("/profile", response.Headers.Location!.ToString());
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("GPS-SECRET-LOCATION", Encoding.ASCII.GetString(bytes));
        using var decoded = SKBitmap.Decode(bytes);
        Assert.Equal(ProfilePhoto.MaxSide, decoded.Width);
        Assert.Equal(300, decoded.Height);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_or_is_too_big_is_refused_whatever_its_name()
    {
        var c = await ArrangeAsync(ProfileStatus.Published);
        var big = new byte[ProfilePhoto.MaxBytes + 10];
        Jpeg(10, 10).CopyTo(big, 0);

        var fakeResponse = await UploadAsync(c.Client, Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "me.jpg", "image/jpeg");
        var bigResponse = await UploadAsync(c.Client, big, "big.jpg", "image/jpeg");
        var fake = await FormClient.ParseAsync(fakeResponse);
        var tooBig = await FormClient.ParseAsync(bigResponse);

        Assert.Equal(HttpStatusCode.OK, fakeResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bigResponse.StatusCode);
        Assert.Contains("must be a JPG, PNG or WebP", fake.QuerySelector(".govuk-error-summary a[href='#photo']")?.TextContent);
        Assert.Contains("smaller than 2 MB", tooBig.QuerySelector(".govuk-error-summary a[href='#photo']")?.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.ProfilePhotos.AnyAsync(p => p.CoachProfileId == c.Profile.Id)));
    }

    [Fact]
    public async Task Staff_cannot_see_the_photo_or_profile_of_a_draft_or_paused_coach()
    {
        var c = await ArrangeAsync(ProfileStatus.Published);
        await UploadAsync(c.Client, Jpeg(50, 50), "me.jpg", "image/jpeg");
        await factory.WithDbAsync(async db =>
        {
            var profile = await db.CoachProfiles.SingleAsync(p => p.Id == c.Profile.Id);
            profile.Status = ProfileStatus.Paused;
            await db.SaveChangesAsync();
        });
        var staff = await factory.PersonAsync("Sam", "Staff", null, null, Roles.Staff);
        var client = factory.ClientFor(staff);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/register/photos/{c.Profile.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/coaches/{c.Profile.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Client.Http.GetAsync($"/coaches/{c.Profile.Id}")).StatusCode);
    }

    [Theory]
    [InlineData(ProfileStatus.Published)]
    [InlineData(ProfileStatus.Paused)]
    public async Task Qualifications_on_the_register_are_read_only_to_the_coach(ProfileStatus status)
    {
        var c = await ArrangeAsync(status);
        await factory.WithDbAsync(async db =>
        {
            db.Qualifications.Add(new Qualification { CoachProfileId = c.Profile.Id, Level = QualificationLevel.Ilm3, Status = QualificationStatus.Achieved });
            await db.SaveChangesAsync();
        });

        var page = await c.Client.GetPageAsync("/profile");
        var fields = Valid(c.AreaId);
        fields["Ilm5"] = "Achieved";
        fields["Ilm7"] = "Achieved";
        var saved = await c.Client.SubmitFormAsync("/profile", fields, "#profile-form");

        Assert.Null(page.QuerySelector("#profile-form input[name=Ilm5]"));
        Assert.Contains("Contact them to update your qualifications", page.QuerySelector("#qualifications-locked")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var levels = await factory.WithDbAsync(db => db.Qualifications.Where(q => q.CoachProfileId == c.Profile.Id).Select(q => q.Level).ToListAsync());
        Assert.Equal([QualificationLevel.Ilm3], levels);
    }

    [Fact]
    public async Task A_draft_profile_still_edits_its_qualifications()
    {
        var c = await ArrangeAsync();

        var page = await c.Client.GetPageAsync("/profile");
        var saved = await c.Client.SubmitFormAsync("/profile", Valid(c.AreaId), "#profile-form");

        Assert.NotNull(page.QuerySelector("#profile-form input[name=Ilm5]"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(QualificationLevel.Ilm5, await factory.WithDbAsync(db => db.Qualifications.Where(q => q.CoachProfileId == c.Profile.Id).Select(q => q.Level).SingleAsync()));
    }
}
