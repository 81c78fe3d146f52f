using System.Globalization;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Documents.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

/// <summary>The sample document through the whole pipeline: Razor view, print layout, Chromium, PDF read back.</summary>
[Collection(PdfCollection.Name)]
public sealed class MeetingPreparationFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] EnglishQuestions =
    [
        "What have you achieved since your last session?",
        "What did you mean to do that you have not done yet?",
        "What is on your mind at work at the moment?",
        "What challenges are you facing now?",
        "What opportunities do you see now?",
        "Is there anything else you want to mention?",
        "What do you want from this session?",
    ];

    private static readonly string[] WelshQuestions =
    [
        "Beth ydych chi wedi’i gyflawni ers eich sesiwn ddiwethaf?",
        "Beth oeddech chi’n bwriadu ei wneud nad ydych wedi’i wneud eto?",
        "Beth sydd ar eich meddwl yn y gwaith ar hyn o bryd?",
        "Pa heriau ydych chi’n eu hwynebu nawr?",
        "Pa gyfleoedd ydych chi’n eu gweld nawr?",
        "Oes unrhyw beth arall rydych chi am ei grybwyll?",
        "Beth ydych chi eisiau ei gael o’r sesiwn hon?",
    ];

    [Fact]
    public async Task The_English_form_has_every_field_and_question_the_page_numbers_and_its_classification()
    {
        var document = await RenderAsync(new MeetingPreparationForm(), "en-GB");
        var pdf = PdfContent.Read(document.Pdf);

        Assert.Equal("Meeting preparation form", document.Title);
        Assert.Equal("meeting-preparation-form.pdf", document.FileName);
        Assert.Equal("Meeting preparation form", pdf.Title);
        Assert.Equal("en-GB", pdf.Language);
        Assert.True(pdf.IsTagged, "The PDF should be tagged for screen readers.");
        foreach (var phrase in EnglishQuestions.Concat(["Your name", "Your coach", "Date of the session", "Session number"]))
        {
            Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
        }

        Assert.Equal(EnglishQuestions, pdf.Bookmarks.Where(b => b != "Meeting preparation form"));
        Assert.True(pdf.Pages.Count >= 2, $"The form should run over two pages; it has {pdf.Pages.Count}.");
        for (var page = 1; page <= pdf.Pages.Count; page++)
        {
            Assert.Contains($"Page {page} of {pdf.Pages.Count}", pdf.Pages[page - 1], StringComparison.Ordinal);
            Assert.Contains("CONFIDENTIAL", pdf.Pages[page - 1], StringComparison.Ordinal);
            Assert.Contains("Example Organisation", pdf.Pages[page - 1], StringComparison.Ordinal);
        }

        Assert.DoesNotContain("OFFICIAL", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Welsh_form_is_in_Welsh_throughout()
    {
        var document = await RenderAsync(new MeetingPreparationForm(), "cy-GB");
        var pdf = PdfContent.Read(document.Pdf);

        Assert.Equal("Ffurflen paratoi ar gyfer cyfarfod", pdf.Title);
        Assert.Equal("ffurflen-paratoi-ar-gyfer-cyfarfod.pdf", document.FileName);
        Assert.Equal("cy-GB", pdf.Language);
        foreach (var phrase in WelshQuestions.Concat(["Eich enw", "Eich hyfforddwr", "Dyddiad y sesiwn", "Rhif y sesiwn"]))
        {
            Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
        }

        Assert.Contains($"Tudalen 1 o {pdf.Pages.Count}", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("CYFRINACHOL", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("Sefydliad Enghreifftiol", pdf.Pages[0], StringComparison.Ordinal);
        foreach (var english in EnglishQuestions.Concat(["Page 1 of", "CONFIDENTIAL", "Your name"]))
        {
            Assert.DoesNotContain(english, pdf.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task What_is_known_is_filled_in_with_dates_in_the_readers_language()
    {
        var form = new MeetingPreparationForm("Rhiannon Ŵyn-Jones", "Gareth Price", new DateOnly(2026, 12, 3), 4);

        var english = PdfContent.Read((await RenderAsync(form, "en-GB")).Pdf);
        var welsh = PdfContent.Read((await RenderAsync(form, "cy-GB")).Pdf);

        Assert.Contains("Your name Rhiannon Ŵyn-Jones", english.Text, StringComparison.Ordinal);
        Assert.Contains("Your coach Gareth Price", english.Text, StringComparison.Ordinal);
        Assert.Contains("Date of the session 3 December 2026", english.Text, StringComparison.Ordinal);
        Assert.Contains("Session number 4", english.Text, StringComparison.Ordinal);
        Assert.Contains("Dyddiad y sesiwn 3 Rhagfyr 2026", welsh.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_download_is_a_pdf_attachment_that_no_cache_keeps()
    {
        var document = await RenderAsync(new MeetingPreparationForm(), "en-GB");
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = factory.Services };
        http.Response.Body = new MemoryStream();

        await document.ToFileResult().ExecuteResultAsync(new Microsoft.AspNetCore.Mvc.ActionContext(
            http, new Microsoft.AspNetCore.Routing.RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));

        Assert.Equal("application/pdf", http.Response.ContentType);
        Assert.StartsWith("attachment; filename=meeting-preparation-form.pdf", http.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Equal("no-store", http.Response.Headers.CacheControl.ToString());
        Assert.Equal(document.Pdf, ((MemoryStream)http.Response.Body).ToArray());
    }

    [Theory]
    [InlineData("Meeting preparation form", "meeting-preparation-form.pdf")]
    [InlineData("Cytundeb hyfforddi: Siân & Gŵyn", "cytundeb-hyfforddi-sian-gwyn.pdf")]
    [InlineData("  --  ", "document.pdf")]
    public void A_file_name_is_the_title_in_plain_lower_case_words(string title, string expected) =>
        Assert.Equal(expected, DocumentRenderer.FileNameFor(title));

    private async Task<RenderedDocument> RenderAsync(MeetingPreparationForm form, string culture)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<DocumentRenderer>();
        return await renderer.RenderAsync(MeetingPreparationForm.ViewPath, form, new CultureInfo(culture));
    }
}
