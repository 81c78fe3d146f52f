using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrImport;

public class RegisterImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Header = "Email,GivenName,FamilyName,JobTitle,Organisation,Scheme,Offers,Status,Bio,Experience,Location,Formats,Areas,Qualifications,Accreditation,AccreditationOther,TrainedSupervisor,ChargesFees,FeesDetails,Capacity,AcceptingNewCoachees,LastConfirmedOn";

    private sealed record Setup(FormClient Hr, string SchemeCode, string OrganisationName, string AreaName, string Tag);

    private async Task<Setup> ArrangeAsync()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var area = await factory.AreaAsync("Team development");
        var hr = await factory.PersonAsync("Ivy", "Importer", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, scheme.Id);
        return new Setup(factory.ClientFor(hr), scheme.Code, organisation.Name, area.Name, Guid.NewGuid().ToString("N")[..8]);
    }

    private static async Task<HttpResponseMessage> UploadAsync(FormClient client, string csv)
    {
        var page = await client.GetPageAsync("/hr/import");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "register.csv");
        return await client.Http.PostAsync("/hr/import", form);
    }

    private static string Csv(Setup s, params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static string Row(Setup s, string who, string capacity = "3", string areas = "") =>
        $"{who}.{s.Tag}@example.org,{who},Imported,Coach,{s.OrganisationName},{s.SchemeCode},Both,Published,\"Bio, with a comma\",Years,Swansea,Video;FaceToFace,{(areas == "" ? s.AreaName : areas)},Ilm5:Achieved;Ilm7:InTraining,Icf,,yes,no,,{capacity},yes,2026-01-31";

    private static List<(string Row, string Outcome, string Text)> Rows(IDocument page) =>
        page.QuerySelectorAll("#import-rows tbody tr").Select(r => (r.QuerySelector("td")!.TextContent.Trim(), r.GetAttribute("data-outcome")!, r.TextContent)).ToList();

    [Fact]
    public async Task A_preview_shows_each_row_and_nothing_is_written_until_hr_confirms()
    {
        var s = await ArrangeAsync();
        var csv = Csv(s, Row(s, "ann"), Row(s, "bob", capacity: "9"), Row(s, "cat", areas: "No such area"));

        var preview = await FormClient.ParseAsync(await UploadAsync(s.Hr, csv));
        var rows = Rows(preview);

        Assert.Equal(("2", "Create"), (rows[0].Row, rows[0].Outcome));
        Assert.Equal(("3", "Error"), (rows[1].Row, rows[1].Outcome));
        Assert.Contains("Capacity", rows[1].Text);
        Assert.Equal(("4", "Error"), (rows[2].Row, rows[2].Outcome));
        Assert.Contains("Areas", rows[2].Text);
        Assert.Null(preview.QuerySelector("#confirm-import"));
        Assert.False(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.Email.Contains(s.Tag))));
    }

    [Fact]
    public async Task Confirming_imports_the_rows_and_a_second_import_of_the_same_file_changes_nothing()
    {
        var s = await ArrangeAsync();
        var csv = Csv(s, Row(s, "ann"), Row(s, "bob"));

        var preview = await FormClient.ParseAsync(await UploadAsync(s.Hr, csv));
        Assert.All(Rows(preview), r => Assert.Equal("Create", r.Outcome));
        Assert.False(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.Email.Contains(s.Tag))));

        var done = await s.Hr.SubmitFormAsync(preview, "/hr/import", new Dictionary<string, string>(), "#confirm-import");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var profiles = await factory.WithDbAsync(db => db.CoachProfiles.Include(p => p.Person).Include(p => p.Areas).Include(p => p.Qualifications)
            .Where(p => p.Person!.Email.Contains(s.Tag)).ToListAsync());
        Assert.Equal(2, profiles.Count);
        var ann = profiles.Single(p => p.Person!.GivenName == "ann");
        Assert.Equal(OfferType.Both, ann.Offers);
        Assert.Equal("Bio, with a comma", ann.Bio);
        Assert.Equal(DeliveryFormat.Video | DeliveryFormat.FaceToFace, ann.Formats);
        Assert.Single(ann.Areas);
        Assert.Equal(2, ann.Qualifications.Count);
        Assert.True(ann.IsTrainedSupervisor);
        Assert.Equal(new DateOnly(2026, 1, 31), ann.LastConfirmedOn);

        var again = await FormClient.ParseAsync(await UploadAsync(s.Hr, csv));
        Assert.All(Rows(again), r => Assert.Equal("Unchanged", r.Outcome));
        Assert.Null(again.QuerySelector("#confirm-import"));

        var replay = await s.Hr.SubmitFormAsync(preview, "/hr/import", new Dictionary<string, string>(), "#confirm-import");
        Assert.Contains("expired or was already imported", await replay.Content.ReadAsStringAsync());
        Assert.Equal(2, await factory.WithDbAsync(db => db.CoachProfiles.CountAsync(p => p.Person!.Email.Contains(s.Tag))));
    }

    [Fact]
    public async Task A_changed_row_is_an_update_matched_by_email_whatever_its_case()
    {
        var s = await ArrangeAsync();
        var first = await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, Row(s, "dan"))));
        await s.Hr.SubmitFormAsync(first, "/hr/import", new Dictionary<string, string>(), "#confirm-import");

        var changed = Row(s, "dan", capacity: "4").Replace($"dan.{s.Tag}@example.org", $"DAN.{s.Tag}@EXAMPLE.ORG");
        var preview = await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, changed)));

        Assert.Equal("Update", Rows(preview).Single().Outcome);
        await s.Hr.SubmitFormAsync(preview, "/hr/import", new Dictionary<string, string>(), "#confirm-import");
        Assert.Equal(4, await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Person!.Email.Contains(s.Tag)).Select(p => p.Capacity).SingleAsync()));
    }

    [Fact]
    public async Task Files_that_cannot_be_read_give_an_error_summary_not_a_server_error()
    {
        var s = await ArrangeAsync();

        foreach (var csv in new[] { "", "Name,Telephone\nx,y\n", Header + "\n", "\"unclosed,quote\n" + new string('x', 1000) })
        {
            var response = await UploadAsync(s.Hr, csv);
            var page = await FormClient.ParseAsync(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#file']"));
        }
    }

    [Fact]
    public async Task Script_and_over_long_values_in_a_file_are_reported_and_shown_encoded()
    {
        var s = await ArrangeAsync();
        var row = Row(s, "eve").Replace(",eve,Imported,", ",<script>alert(1)</script>,Imported,").Replace("Swansea", new string('s', 201));

        var response = await UploadAsync(s.Hr, Csv(s, row));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Equal("Error", Rows(await FormClient.ParseAsync(response)).Single().Outcome);
        Assert.Contains("Location", html);
    }

    [Fact]
    public async Task The_template_lists_every_column()
    {
        var s = await ArrangeAsync();

        var response = await s.Hr.Http.GetAsync("/hr/import/template.csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(Header, text);
    }

    [Fact]
    public async Task A_blank_status_leaves_a_paused_coach_paused_and_an_explicit_publish_lifts_the_pause()
    {
        var s = await ArrangeAsync();
        var first = await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, Row(s, "fay"))));
        await s.Hr.SubmitFormAsync(first, "/hr/import", new Dictionary<string, string>(), "#confirm-import");
        await factory.WithDbAsync(async db =>
        {
            var profile = await db.CoachProfiles.SingleAsync(p => p.Person!.Email.Contains(s.Tag));
            profile.Status = ProfileStatus.Paused;
            profile.StatusBeforePause = ProfileStatus.Published;
            profile.PausedAt = DateTimeOffset.UtcNow;
            profile.PausedReason = "Supervision lapsed";
            await db.SaveChangesAsync();
        });
        Task<CoachProfile> ProfileAsync() => factory.WithDbAsync(db => db.CoachProfiles.SingleAsync(p => p.Person!.Email.Contains(s.Tag)));

        var blank = await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, Row(s, "fay").Replace(",Both,Published,", ",Both,,"))));
        Assert.Equal("Unchanged", Rows(blank).Single().Outcome);
        Assert.Null(blank.QuerySelector("#confirm-import"));
        Assert.Equal(ProfileStatus.Paused, (await ProfileAsync()).Status);

        var publish = Csv(s, Row(s, "fay"));
        var preview = await FormClient.ParseAsync(await UploadAsync(s.Hr, publish));
        Assert.Equal("Update", Rows(preview).Single().Outcome);
        await s.Hr.SubmitFormAsync(preview, "/hr/import", new Dictionary<string, string>(), "#confirm-import");
        var published = await ProfileAsync();
        Assert.Equal((ProfileStatus.Published, (DateTimeOffset?)null, (string?)null), (published.Status, published.PausedAt, published.PausedReason));

        var again = await FormClient.ParseAsync(await UploadAsync(s.Hr, publish));
        Assert.Equal("Unchanged", Rows(again).Single().Outcome);
    }

    [Fact]
    public async Task A_blank_status_does_not_publish_a_draft_but_a_new_coach_is_published()
    {
        var s = await ArrangeAsync();
        var first = await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, Row(s, "gil").Replace(",Both,Published,", ",Both,Draft,"))));
        await s.Hr.SubmitFormAsync(first, "/hr/import", new Dictionary<string, string>(), "#confirm-import");

        var blank = Csv(s, Row(s, "gil").Replace(",Both,Published,", ",Both,,"), Row(s, "hal").Replace(",Both,Published,", ",Both,,"));
        var preview = await FormClient.ParseAsync(await UploadAsync(s.Hr, blank));
        await s.Hr.SubmitFormAsync(preview, "/hr/import", new Dictionary<string, string>(), "#confirm-import");

        var statuses = await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Person!.Email.Contains(s.Tag)).Select(p => new { p.Person!.GivenName, p.Status }).ToDictionaryAsync(p => p.GivenName, p => p.Status));
        Assert.Equal(ProfileStatus.Draft, statuses["gil"]);
        Assert.Equal(ProfileStatus.Published, statuses["hal"]);
    }
}
