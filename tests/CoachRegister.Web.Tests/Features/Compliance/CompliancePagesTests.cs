using System.Net;
using System.Net.Http.Headers;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.HrCompliance;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Compliance;

/// <summary>
/// The coach logs CPD (with an evidence file) and supervision; the supervisor named on the session
/// confirms it; HR sees the standing, grants an extension and exports CSV; the evidence file is shown
/// to exactly the owner, their allocated supervisor and the scheme's HR.
/// </summary>
public class CompliancePagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    private sealed record World(Guid SchemeId, TestUser Coach, Guid CoachProfile, TestUser Supervisor, Guid SupervisorProfile, TestUser Hr, TestUser OtherCoach, TestUser OtherHr);

    private async Task<World> WorldAsync()
    {
        var scheme = await factory.SchemeAsync(s => s.UseRequirements(SchemeRequirementPresets.LocalAuthority));
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var supervisor = await factory.PersonAsync("Sian", "Supervisor", organisation.Id, null, Roles.Coach, Roles.Supervisor);
        var supervisorProfile = await factory.ProfileAsync(supervisor.PersonId, scheme.Id, p => p.IsTrainedSupervisor = true);
        var coach = await factory.PersonAsync("Cai", "Coach", organisation.Id, null, Roles.Coach);
        var coachProfile = await factory.ProfileAsync(coach.PersonId, scheme.Id, p =>
        {
            p.SupportingMentorId = supervisorProfile.Id;
            p.CreatedAt = DateTimeOffset.UtcNow.AddDays(-30);
        });
        var other = await factory.PersonAsync("Osian", "Other", organisation.Id, null, Roles.Coach);
        await factory.ProfileAsync(other.PersonId, scheme.Id);
        var hr = await factory.PersonAsync("Heledd", "Hr", organisation.Id, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, scheme.Id);
        var otherScheme = await factory.SchemeAsync();
        var otherHr = await factory.PersonAsync("Huw", "Elsewhere", (await factory.OrganisationAsync(otherScheme.Id)).Id, null, Roles.HrAdmin);
        await factory.AdministerAsync(otherHr.PersonId, otherScheme.Id);
        return new World(scheme.Id, coach, coachProfile.Id, supervisor, supervisorProfile.Id, hr, other, otherHr);
    }

    [Fact]
    public async Task A_coach_logs_cpd_with_evidence_and_supervision_and_sees_progress()
    {
        var world = await WorldAsync();
        var coach = factory.ClientFor(world.Coach);

        var saved = await PostCpdAsync(coach, Pdf, "certificate.pdf");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var supervision = await coach.SubmitFormAsync("/development/supervision/new", new Dictionary<string, string>
        {
            ["Kind"] = nameof(SupervisionKind.OneToOne),
            ["SupervisorId"] = world.Supervisor.PersonId.ToString(),
            ["Date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
            ["Hours"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, supervision.StatusCode);

        var page = await coach.GetPageAsync("/development");
        var bar = page.QuerySelector("[data-requirement=SupervisionSessions]")!.TextContent;
        Assert.Contains("0 of 2", bar, StringComparison.Ordinal);
        Assert.Contains("1 waiting for the supervisor to confirm", bar, StringComparison.Ordinal);
        Assert.Contains("Reflective practice day", page.QuerySelector("#cpd")!.TextContent, StringComparison.Ordinal);
        var file = await factory.WithDbAsync(db => db.CpdEvidenceFiles.SingleAsync(f => db.CpdActivities.Any(a => a.Id == f.CpdActivityId && a.CoachProfileId == world.CoachProfile)));
        Assert.Matches("^[0-9a-f]{32}$", file.StoredName);
        Assert.Equal("application/pdf", file.ContentType);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_png_or_jpeg_by_content_is_refused_whatever_its_name()
    {
        var world = await WorldAsync();

        var response = await PostCpdAsync(factory.ClientFor(world.Coach), "<html><script>alert(1)</script></html>"u8.ToArray(), "evil.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The file must be a PDF, PNG or JPEG", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.CpdActivities.AnyAsync(a => a.CoachProfileId == world.CoachProfile)));
    }

    [Fact]
    public async Task Evidence_is_shown_to_the_owner_their_supervisor_and_the_schemes_hr_only_and_always_as_a_download()
    {
        var world = await WorldAsync();
        await PostCpdAsync(factory.ClientFor(world.Coach), Pdf, "certificate.pdf");
        var activity = await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.CoachProfileId == world.CoachProfile).Select(a => a.Id).SingleAsync());
        var url = $"/evidence/{activity}";

        foreach (var reader in new[] { world.Coach, world.Supervisor, world.Hr })
        {
            var response = await factory.ClientFor(reader).Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
        }

        foreach (var stranger in new[] { world.OtherCoach, world.OtherHr })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(stranger).Http.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Only_the_named_supervisor_confirms_a_session_and_then_it_counts()
    {
        var world = await WorldAsync();
        var session = await factory.WithDbAsync(async db =>
        {
            var s = db.SupervisionSessions.Add(new SupervisionSession
            {
                CoachProfileId = world.CoachProfile, SupervisorId = world.Supervisor.PersonId, Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), Hours = 1,
            }).Entity;
            await db.SaveChangesAsync();
            return s.Id;
        });

        // Each asks with a valid antiforgery token from a page with a form they may open, so only the policy refuses them.
        foreach (var (notTheSupervisor, formPage) in new[] { (world.Coach, "/development/cpd/new"), (world.Hr, $"/hr/compliance/rules/{world.SchemeId}"), (world.OtherCoach, "/development/cpd/new") })
        {
            var client = factory.ClientFor(notTheSupervisor);
            var token = await AntiforgeryAsync(client, formPage);
            var refused = await client.Http.PostAsync($"/supervision/sessions/{session}/confirm", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        var supervisor = factory.ClientFor(world.Supervisor);
        var page = await supervisor.GetPageAsync("/supervision");
        Assert.Contains("Cai Coach", page.QuerySelector("#supervisees")!.TextContent, StringComparison.Ordinal);
        var confirmed = await supervisor.SubmitFormAsync(page, "/supervision", new Dictionary<string, string>(), $"form[action='/supervision/sessions/{session}/confirm']");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        Assert.True(await factory.WithDbAsync(db => db.SupervisionSessions.Where(s => s.Id == session).Select(s => s.ConfirmedBySupervisor).SingleAsync()));
        var progress = (await factory.ClientFor(world.Coach).GetPageAsync("/development")).QuerySelector("[data-requirement=SupervisionSessions]")!.TextContent;
        Assert.Contains("1 of 2", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hr_sees_the_standing_grants_an_extension_with_a_reason_and_exports_csv()
    {
        var world = await WorldAsync();
        var hr = factory.ClientFor(world.Hr);

        var dashboard = await hr.GetPageAsync($"/hr/compliance?scheme={world.SchemeId}");
        Assert.NotNull(dashboard.QuerySelector($"tr[data-profile='{world.CoachProfile}']"));
        var page = await hr.GetPageAsync($"/hr/compliance/{world.CoachProfile}");
        var deadline = page.QuerySelector("#Deadline option")!.GetAttribute("value")!;
        var original = DateOnly.ParseExact(deadline.Split('|')[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var extended = await hr.SubmitFormAsync(page, $"/hr/compliance/{world.CoachProfile}", new Dictionary<string, string>
        {
            ["Deadline"] = deadline,
            ["NewDeadline"] = original.AddDays(45).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Reason"] = "Parental leave",
        }, "#extension-form");
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);

        var grant = await factory.WithDbAsync(db => db.ComplianceExtensions.SingleAsync(e => e.CoachProfileId == world.CoachProfile));
        Assert.Equal((original, original.AddDays(45), "Parental leave"), (grant.OriginalDeadline, grant.NewDeadline, grant.Reason));
        Assert.Contains("Parental leave", (await factory.ClientFor(world.Coach).GetPageAsync("/development")).QuerySelector("#extensions")!.TextContent, StringComparison.Ordinal);

        var csv = await hr.Http.GetStringAsync($"/hr/compliance/export.csv?scheme={world.SchemeId}");
        Assert.Contains("Cai Coach", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Huw Elsewhere", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(world.OtherHr).Http.GetAsync($"/hr/compliance/{world.CoachProfile}")).StatusCode);
    }

    [Fact]
    public async Task Hr_pages_through_everyone_with_each_rows_own_reasons_and_counts_of_everyone()
    {
        var scheme = await factory.SchemeAsync(s => s.UseRequirements(SchemeRequirementPresets.LeadershipAcademy));
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var everyone = new HashSet<Guid>();
        for (var i = 0; i < HrComplianceController.PageSize + 2; i++)
        {
            var coach = await factory.PersonAsync("Pat", $"Paged{i:D2}", organisation.Id, null, Roles.Coach);
            // Some joined long enough ago to be past a deadline, the rest are within their first year.
            var joined = DateTimeOffset.UtcNow.AddDays(i % 3 == 0 ? -500 : -30);
            everyone.Add((await factory.ProfileAsync(coach.PersonId, scheme.Id, p => p.CreatedAt = joined)).Id);
        }

        var hrPerson = await factory.PersonAsync("Hafwen", "Pages", organisation.Id, null, Roles.HrAdmin);
        await factory.AdministerAsync(hrPerson.PersonId, scheme.Id);
        var hr = factory.ClientFor(hrPerson);

        var pages = new[] { await hr.GetPageAsync($"/hr/compliance?scheme={scheme.Id}"), await hr.GetPageAsync($"/hr/compliance?scheme={scheme.Id}&page=2") };
        var rows = pages.SelectMany(p => p.QuerySelectorAll("#standings tbody tr")).ToList();
        Assert.Equal(HrComplianceController.PageSize, pages[0].QuerySelectorAll("#standings tbody tr").Length);
        Assert.Equal(2, pages[1].QuerySelectorAll("#standings tbody tr").Length);
        Assert.True(everyone.SetEquals(rows.Select(r => Guid.Parse(r.GetAttribute("data-profile")!))));

        var csv = (await hr.Http.GetStringAsync($"/hr/compliance/export.csv?scheme={scheme.Id}")).Split('\n');
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            Assert.NotEqual("", cells[4]);
            var line = Assert.Single(csv, l => l.StartsWith(cells[0] + ",", StringComparison.Ordinal));
            Assert.Contains(cells[4], line, StringComparison.Ordinal);
        }

        foreach (var page in pages)
        {
            foreach (var count in page.QuerySelectorAll("#counts strong"))
            {
                var status = count.GetAttribute("data-status")!;
                var shown = rows.Count(r => r.QuerySelector(".govuk-tag")!.TextContent.Trim() == pages[0].QuerySelector($"#status option[value='{status}']")!.TextContent.Trim());
                Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), count.TextContent.Trim());
            }
        }

        var paused = (await hr.GetPageAsync($"/hr/compliance?scheme={scheme.Id}&status=Paused")).QuerySelectorAll("#standings tbody tr");
        Assert.Equal(Enumerable.Range(0, HrComplianceController.PageSize + 2).Count(i => i % 3 == 0), paused.Length);
        Assert.All(paused, r => Assert.Equal(
            pages[0].QuerySelector("#status option[value='Paused']")!.TextContent.Trim(), r.QuerySelector(".govuk-tag")!.TextContent.Trim()));
    }

    [Fact]
    public async Task Hr_applies_a_preset_to_a_scheme_it_administers_only()
    {
        var world = await WorldAsync();
        var hr = factory.ClientFor(world.Hr);
        var page = await hr.GetPageAsync($"/hr/compliance/rules/{world.SchemeId}");

        var applied = await hr.SubmitFormAsync(page, $"/hr/compliance/rules/{world.SchemeId}",
            new Dictionary<string, string> { ["preset"] = nameof(SchemePreset.PrimaryCareTrainingHub) }, "form[action$='/preset']");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var scheme = await factory.WithDbAsync(db => db.Schemes.SingleAsync(s => s.Id == world.SchemeId));
        Assert.Equal((4, 24, 4), (scheme.Compliance.Mentors.PeerSupportSessions, scheme.Compliance.Mentors.QualificationMonths, scheme.Compliance.YearStartMonth));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(world.OtherHr).Http.GetAsync($"/hr/compliance/rules/{world.SchemeId}")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostCpdAsync(FormClient client, byte[] file, string fileName)
    {
        var token = await AntiforgeryAsync(client, "/development/cpd/new");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(nameof(CpdKind.TrainingWorkshop)), "Kind" },
            { new StringContent("Reflective practice day"), "Title" },
            { new StringContent("Regional network"), "Provider" },
            { new StringContent(DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd")), "Date" },
            { new StringContent("3"), "Hours" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, "Evidence", fileName);
        return await client.Http.PostAsync("/development/cpd/new", form);
    }

    private static async Task<string> AntiforgeryAsync(FormClient client, string url) =>
        (await client.GetPageAsync(url)).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
