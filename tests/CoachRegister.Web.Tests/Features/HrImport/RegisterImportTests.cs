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

    private sealed record Setup(FormClient Hr, TestUser HrUser, string SchemeCode, string OrganisationName, string AreaName, string Tag);

    private async Task<Setup> ArrangeAsync()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var area = await factory.AreaAsync("Team development");
        var hr = await factory.PersonAsync("Ivy", "Importer", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, scheme.Id);
        return new Setup(factory.ClientFor(hr), hr, scheme.Code, organisation.Name, area.Name, Guid.NewGuid().ToString("N")[..8]);
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
        var response = await client.Http.PostAsync("/hr/import", form);
        // A readable file is kept under a key and its check shown on a page of its own (post-redirect-get).
        return response.StatusCode == HttpStatusCode.Redirect ? await client.Http.GetAsync(response.Headers.Location) : response;
    }

    /// <summary>Confirms the import shown on <paramref name="preview"/> and follows the redirect to what it did.</summary>
    private static async Task<IDocument> ConfirmAsync(FormClient client, AngleSharp.Html.Dom.IHtmlDocument preview)
    {
        var confirmed = await client.SubmitFormAsync(preview, "/hr/import", new Dictionary<string, string>(), "#confirm-import");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return await client.GetPageAsync(confirmed.Headers.Location!.ToString());
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

        var done = await ConfirmAsync(s.Hr, preview);
        Assert.All(Rows(done), r => Assert.Equal("Create", r.Outcome));
        Assert.Equal(["Created", "Created"], done.QuerySelectorAll("#import-rows .govuk-tag").Select(t => t.TextContent.Trim()));
        Assert.DoesNotContain("Will create", done.Body!.TextContent);
        Assert.Null(done.QuerySelector("#confirm-import"));
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
        await ConfirmAsync(s.Hr, first);

        var changed = Row(s, "dan", capacity: "4").Replace($"dan.{s.Tag}@example.org", $"DAN.{s.Tag}@EXAMPLE.ORG");
        var preview = await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, changed)));

        Assert.Equal("Update", Rows(preview).Single().Outcome);
        await ConfirmAsync(s.Hr, preview);
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
        await ConfirmAsync(s.Hr, first);
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
        await ConfirmAsync(s.Hr, preview);
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
        await ConfirmAsync(s.Hr, first);

        var blank = Csv(s, Row(s, "gil").Replace(",Both,Published,", ",Both,,"), Row(s, "hal").Replace(",Both,Published,", ",Both,,"));
        var preview = await FormClient.ParseAsync(await UploadAsync(s.Hr, blank));
        await ConfirmAsync(s.Hr, preview);

        var statuses = await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.Person!.Email.Contains(s.Tag)).Select(p => new { p.Person!.GivenName, p.Status }).ToDictionaryAsync(p => p.GivenName, p => p.Status));
        Assert.Equal(ProfileStatus.Draft, statuses["gil"]);
        Assert.Equal(ProfileStatus.Published, statuses["hal"]);
    }

    [Fact]
    public async Task Hr_cannot_import_themselves_or_an_administrator()
    {
        var s = await ArrangeAsync();
        var otherHr = await factory.PersonAsync("Hal", "Hr", null, null, Roles.HrAdmin);
        var admin = await factory.PersonAsync("Sid", "Sysadmin", null, null, Roles.SystemAdmin);
        string As(TestUser user) => Row(s, "ann").Replace($"ann.{s.Tag}@example.org", user.Email);

        var preview = await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, As(s.HrUser), As(otherHr), As(admin), Row(s, "bob"))));
        var rows = Rows(preview);

        Assert.Equal(["Error", "Error", "Error", "Create"], rows.Select(r => r.Outcome));
        Assert.Contains("You cannot import yourself", rows[0].Text);
        Assert.Contains("administrator's account", rows[1].Text);
        Assert.Contains("administrator's account", rows[2].Text);
        Assert.Null(preview.QuerySelector("#confirm-import"));
        var untouched = await factory.WithDbAsync(db => db.People.Where(p => p.Id == admin.PersonId || p.Id == s.HrUser.PersonId).Select(p => p.GivenName).ToListAsync());
        Assert.Equal(["Ivy", "Sid"], untouched.Order());
        Assert.False(await factory.WithDbAsync(db => db.CoachProfiles.AnyAsync(p => p.PersonId == s.HrUser.PersonId || p.PersonId == admin.PersonId || p.PersonId == otherHr.PersonId)));
    }

    [Fact]
    public async Task A_coach_without_a_coaching_qualification_is_refused_as_the_form_refuses_them()
    {
        var s = await ArrangeAsync();
        var coachWithIlm3 = Row(s, "cal").Replace(",Both,Published,", ",Coaching,Published,").Replace("Ilm5:Achieved;Ilm7:InTraining", "Ilm3:Achieved");
        var mentorWithIlm3 = Row(s, "meg").Replace(",Both,Published,", ",Mentoring,Published,").Replace("Ilm5:Achieved;Ilm7:InTraining", "Ilm3:Achieved");

        var rows = Rows(await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, coachWithIlm3, mentorWithIlm3))));

        Assert.Equal(("Error", "Create"), (rows[0].Outcome, rows[1].Outcome));
        Assert.Contains("Qualifications", rows[0].Text);
    }

    [Fact]
    public async Task A_published_row_needs_what_the_profile_form_needs()
    {
        var s = await ArrangeAsync();
        var noBio = Row(s, "nia").Replace("\"Bio, with a comma\"", "");

        var row = Rows(await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, noBio)))).Single();

        // The form lets a draft be saved without it; publishing is what needs it, in the import as in the portal.
        Assert.Equal("Error", row.Outcome);
        Assert.Contains("Status", row.Text);
        Assert.Contains("Before you publish", row.Text);
    }

    [Theory]
    [InlineData(@"Ann\u0000", "GivenName")]
    [InlineData(@"""Ann\r\nEvil""", "GivenName")]
    [InlineData(@"Ann\u202Enaa", "GivenName")]
    [InlineData(@"""x@example.test, y@evil.example""", "Email")]
    [InlineData("x@example.test;y@evil.example", "Email")]
    [InlineData(@"""Eve <x@example.test>""", "Email")]
    public async Task Control_characters_and_anything_but_one_address_are_refused(string value, string column)
    {
        var s = await ArrangeAsync();
        // The data is written with escapes, so the test's name shows them; the file holds the characters.
        var text = System.Text.RegularExpressions.Regex.Unescape(value);
        var row = column == "Email"
            ? Row(s, "ann").Replace($"ann.{s.Tag}@example.org", text)
            : Row(s, "ann").Replace(",ann,Imported,", $",{text},Imported,");

        var result = Rows(await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, row)))).Single();

        Assert.Equal("Error", result.Outcome);
        Assert.Contains(column, result.Text);
        Assert.False(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.Email.Contains("evil") || p.Email.Contains(s.Tag))));
    }

    [Fact]
    public async Task Each_changed_row_writes_an_audit_event_and_an_unchanged_row_none()
    {
        var s = await ArrangeAsync();
        await ConfirmAsync(s.Hr, await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, Row(s, "ann"), Row(s, "bob")))));
        await ConfirmAsync(s.Hr, await FormClient.ParseAsync(await UploadAsync(s.Hr, Csv(s, Row(s, "ann", capacity: "4"), Row(s, "bob")))));

        var events = await factory.WithDbAsync(db => db.AuditEvents
            .Where(e => e.ActorPersonId == s.HrUser.PersonId && e.EntityType == nameof(CoachProfile) && e.EntityId != null)
            .Join(db.CoachProfiles, e => e.EntityId, p => p.Id, (e, p) => new { e.Action, p.Person!.GivenName })
            .ToListAsync());

        Assert.Equal(
            ["ann RegisterProfileImportCreated", "ann RegisterProfileImportUpdated", "bob RegisterProfileImportCreated"],
            events.Select(e => $"{e.GivenName} {e.Action}").Order());
    }
}
