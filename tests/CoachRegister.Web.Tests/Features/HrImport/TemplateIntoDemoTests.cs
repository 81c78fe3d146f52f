using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using CoachRegister.Web.Infrastructure.Seeding;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrImport;

/// <summary>A new HR admin's first try: the template downloaded from the import page imports, unchanged, into the demo register.</summary>
public class TemplateIntoDemoTests(SeededPortalFactory factory) : IClassFixture<SeededPortalFactory>
{
    [Theory]
    [InlineData("hr")]
    [InlineData("hr.academy")]
    [InlineData("hr.hub")]
    public async Task The_template_imports_unchanged_and_the_finished_page_says_what_was_done(string account)
    {
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == $"{account}@{DemoSeeder.EmailDomain}").Select(u => u.Id).SingleAsync());
        var hr = factory.ClientFor(userId);
        var page = await hr.GetPageAsync("/hr/import");
        var codes = page.QuerySelectorAll("#scheme-codes tbody code").Select(c => c.TextContent).ToList();
        var template = await hr.Http.GetByteArrayAsync("/hr/import/template.csv");
        var example = Encoding.UTF8.GetString(template).Split("\r\n")[1].Split(',');
        // Ann's address is the template's: each HR admin's run imports her into their own scheme, so make it theirs.
        var content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(template).Replace("ann.example@", $"ann.example.{account}@", StringComparison.Ordinal));

        Assert.NotEmpty(codes);
        Assert.Contains(example[5], codes);

        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "register-import-template.csv");
        var uploaded = await hr.Http.PostAsync("/hr/import", form);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var previewUrl = uploaded.Headers.Location!.ToString();
        var preview = await hr.GetPageAsync(previewUrl);

        var row = Assert.Single(preview.QuerySelectorAll("#import-rows tbody tr"));
        Assert.True(row.GetAttribute("data-outcome") == "Create", row.TextContent);
        Assert.Contains("Will create", row.TextContent);

        var confirmed = await hr.SubmitFormAsync(preview, previewUrl, new Dictionary<string, string>(), "#confirm-import");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var done = await hr.GetPageAsync(confirmed.Headers.Location!.ToString());

        Assert.Equal("Import complete", done.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Will create", done.Body!.TextContent);
        Assert.Equal("Created", done.QuerySelector("#import-rows .govuk-tag")!.TextContent.Trim());
        Assert.True(await factory.WithDbAsync(db => db.CoachProfiles.AnyAsync(p => p.Person!.Email == $"ann.example.{account}@example.org")));
    }
}
