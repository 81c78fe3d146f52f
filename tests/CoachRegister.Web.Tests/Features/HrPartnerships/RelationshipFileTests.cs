using System.IO.Compression;
using System.Net;
using CoachRegister.Data.Documents;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Features.Documents;
using CoachRegister.Web.Tests.Features.Documents;
using CoachRegister.Web.Tests.Features.Relationships;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.HrPartnerships;

/// <summary>
/// HR's whole file of a partnership as one ZIP: asked for on HR's partnership page, made by the background worker
/// (run here by the test), followed on a page that refreshes itself, and holding only what HR may read.
/// </summary>
[Collection(PdfCollection.Name)]
public sealed class RelationshipFileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(FormClient Hr, string ProgressUrl)> AskAsync(ArrangedPartnership p, bool welsh = false)
    {
        var hr = factory.ClientFor(p.Hr);
        if (welsh)
        {
            await hr.InWelshAsync();
        }

        var asked = await hr.SubmitFormAsync($"/hr/partnerships/{p.MatchId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        return (hr, asked.Headers.Location!.OriginalString);
    }

    /// <summary>Runs the worker as its loop does, until no file waits (the class's tests share one database).</summary>
    private async Task<int> RunWorkerAsync()
    {
        var worker = factory.Services.GetRequiredService<RelationshipFileWorker>();
        var runs = 0;
        while (await worker.RunNextAsync(CancellationToken.None))
        {
            runs++;
        }

        return runs;
    }

    private static async Task<Dictionary<string, byte[]>> DownloadAsync(FormClient hr, string progressUrl)
    {
        var ready = await hr.GetPageAsync(progressUrl);
        var link = ready.QuerySelector("a[href$='/download']")!.GetAttribute("href")!;
        using var response = await hr.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var stream = new MemoryStream();
            await using (var open = entry.Open())
            {
                await open.CopyToAsync(stream);
            }

            entries[entry.FullName] = stream.ToArray();
        }

        return entries;
    }

    [Fact]
    public async Task HR_gets_the_documents_HR_may_read_and_a_contents_list_of_what_was_left_out_and_why()
    {
        var p = await factory.PartnershipAsync();
        var (hr, progressUrl) = await AskAsync(p);

        var waiting = await hr.GetPageAsync(progressUrl);
        Assert.Equal("2", waiting.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Equal("Waiting to start", waiting.QuerySelector("#progress")!.TextContent.Trim());
        Assert.NotNull(waiting.QuerySelector($"a.govuk-link[href='{progressUrl}']"));

        Assert.True(await RunWorkerAsync() >= 1);
        Assert.Equal(0, await RunWorkerAsync());

        var file = await factory.WithDbAsync(db => db.RelationshipFiles.AsNoTracking().SingleAsync(f => f.MatchId == p.MatchId));
        Assert.Equal((RelationshipFileStatus.Ready, 2, 2, p.Hr.PersonId), (file.Status, file.DocumentsDone, file.DocumentsTotal, file.RequestedByPersonId));
        var ready = await hr.GetPageAsync(progressUrl);
        Assert.Null(ready.QuerySelector("meta[http-equiv='refresh']"));

        var entries = await DownloadAsync(hr, progressUrl);
        Assert.Equal(["01-partnership.pdf", "02-sessions-and-hours.pdf", RelationshipFileBuilder.ContentsEntry], entries.Keys.Order(StringComparer.Ordinal).ToArray());

        var partnership = PdfContent.Read(entries["01-partnership.pdf"]);
        Assert.Equal("The partnership", partnership.Title);
        foreach (var phrase in new[] { "Coach Ceri Coach", "Coachee Cai Coachee", "Status Active", "Coaching or mentoring Coaching" })
        {
            Assert.Contains(phrase, partnership.Text, StringComparison.Ordinal);
        }

        var activity = PdfContent.Read(entries["02-sessions-and-hours.pdf"]);
        Assert.Equal("Sessions and hours", activity.Title);
        Assert.Contains("Sessions held 1", activity.Text, StringComparison.Ordinal);
        Assert.Contains("Total hours 1.5", activity.Text, StringComparison.Ordinal);
        Assert.Contains("Held 1.5", activity.Text, StringComparison.Ordinal);

        var contents = System.Text.Encoding.UTF8.GetString(entries[RelationshipFileBuilder.ContentsEntry]);
        Assert.Contains("01-partnership.pdf: The partnership", contents, StringComparison.Ordinal);
        Assert.Contains("The agreement (1): the confidentiality rules keep it to the coach and the coachee.", contents, StringComparison.Ordinal);
        Assert.Contains("Session records (1): the confidentiality rules", contents, StringComparison.Ordinal);
        Assert.Contains("Learning and development plan (1): the confidentiality rules", contents, StringComparison.Ordinal);
        Assert.Contains("reflective log", contents, StringComparison.Ordinal);

        // Nothing of the coaching's content, in any entry: the session notes, the private goal, the coach's
        // reflection and reflective log, the agreement's objectives, the plan.
        var everything = string.Join("\n", entries.Select(e => e.Key.EndsWith(".pdf", StringComparison.Ordinal) ? PdfContent.Read(e.Value).Text : System.Text.Encoding.UTF8.GetString(e.Value)));
        foreach (var secret in ArrangedPartnership.Confidential.Concat(["Grow as a new manager", "Chair a team meeting", ArrangedPartnership.SharedGoal]))
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_progress_page_counts_the_documents_done_and_refreshes_itself_until_the_file_is_ready()
    {
        var p = await factory.PartnershipAsync();
        var (hr, progressUrl) = await AskAsync(p);
        // A worker is half-way through it (and holds it, so no other worker of this class's tests takes it).
        var held = DateTimeOffset.UtcNow.AddHours(1);
        await factory.WithDbAsync(db => db.RelationshipFiles.Where(f => f.MatchId == p.MatchId).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.Status, RelationshipFileStatus.Preparing).SetProperty(f => f.DocumentsDone, 1).SetProperty(f => f.DocumentsTotal, 2)
            .SetProperty(f => f.ClaimedBy, Guid.NewGuid()).SetProperty(f => f.ClaimedUntil, held)));

        var page = await hr.GetPageAsync(progressUrl);

        Assert.Equal("Preparing: 1 of 2 documents", page.QuerySelector("#progress")!.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("a[href$='/download']"));
        await hr.AssertRefusedAsync(progressUrl + "/download");
    }

    [Fact]
    public async Task Another_schemes_HR_the_coach_and_the_coachee_get_404_for_the_page_the_progress_and_the_download()
    {
        var p = await factory.PartnershipAsync();
        var (_, progressUrl) = await AskAsync(p);
        Assert.True(await RunWorkerAsync() >= 1);
        var otherHr = await factory.PersonAsync("Owen", "Otherhr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(otherHr.PersonId, (await factory.SchemeAsync()).Id);

        foreach (var other in new[] { otherHr, p.Coach, p.Coachee, p.Manager })
        {
            var client = factory.ClientFor(other);
            foreach (var url in new[] { $"/hr/partnerships/{p.MatchId}", progressUrl, progressUrl + "/download" })
            {
                await client.AssertRefusedAsync(url);
            }
        }
    }

    [Fact]
    public async Task A_welsh_HR_admin_gets_the_file_printed_in_welsh()
    {
        var p = await factory.PartnershipAsync();
        var (hr, progressUrl) = await AskAsync(p, welsh: true);
        Assert.True(await RunWorkerAsync() >= 1);

        var entries = await DownloadAsync(hr, progressUrl);

        var partnership = PdfContent.Read(entries["01-partnership.pdf"]);
        Assert.Equal("Y bartneriaeth", partnership.Title);
        Assert.Equal("cy-GB", partnership.Language);
        Assert.Contains("Y cytundeb (1): mae'r rheolau cyfrinachedd", System.Text.Encoding.UTF8.GetString(entries[RelationshipFileBuilder.ContentsEntry]), StringComparison.Ordinal);
    }
}
