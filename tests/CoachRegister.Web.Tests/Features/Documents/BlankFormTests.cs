using CoachRegister.Data.Identity;
using CoachRegister.Web.Features.Agreements;
using CoachRegister.Web.Features.Documents;
using CoachRegister.Web.Infrastructure.Documents.Forms;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Pdf;

namespace CoachRegister.Web.Tests.Features.Documents;

/// <summary>The paper forms: every one listed on /forms, printed blank with its fields, in English and in Welsh.</summary>
[Collection(PdfCollection.Name)]
public sealed class BlankFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Expected =
    [
        "coach-application", "coachee-application", "declaration-of-interest", "meeting-preparation", "session-record",
        "preparation-and-reflection", "reflective-log", "session-feedback", "coach-rating", "final-evaluation", "development-plan",
    ];

    [Fact]
    public async Task The_forms_page_lists_every_paper_form_and_each_prints_blank_with_its_fields()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.ClientFor(user);

        var page = await client.GetPageAsync("/forms");
        var links = page.QuerySelectorAll("main a[href^='/forms/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Expected.Select(slug => $"/forms/{slug}.pdf"), links);
        Assert.NotNull((await client.GetPageAsync("/relationships")).QuerySelector("a[href='/forms']"));

        foreach (var form in BlankForms.All)
        {
            var pdf = await client.PdfAsync($"/forms/{form.Slug}.pdf");
            Assert.Equal(form.Title, pdf.Title);
            Assert.Equal("en-GB", pdf.Language);
            pdf.AssertNumbered();
            foreach (var label in LabelsOf(form))
            {
                Assert.Contains(label, pdf.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_welsh_reader_gets_every_form_in_welsh()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.ClientFor(user);
        await client.InWelshAsync();

        Assert.Contains("Ffurflenni papur", (await client.GetPageAsync("/forms")).Body!.TextContent, StringComparison.Ordinal);
        foreach (var form in BlankForms.All)
        {
            var pdf = await client.PdfAsync($"/forms/{form.Slug}.pdf");
            Assert.Equal("cy-GB", pdf.Language);
            Assert.NotEqual(form.Title, pdf.Title);
            pdf.AssertNumbered("Tudalen {0} o {1}");
            foreach (var label in LabelsOf(form).Where(l => l.Contains(' ', StringComparison.Ordinal)))
            {
                Assert.False(pdf.Text.Contains(label, StringComparison.Ordinal), $"{form.Slug} prints \"{label}\" in English.");
            }
        }
    }

    [Fact]
    public async Task The_rating_form_has_the_fifteen_attributes_on_a_scale_of_one_to_ten()
    {
        var client = factory.ClientFor(await factory.CreateUserAsync(Roles.Staff));

        var pdf = await client.PdfAsync("/forms/coach-rating.pdf");

        Assert.Contains("1 2 3 4 5 6 7 8 9 10", pdf.Text, StringComparison.Ordinal);
        foreach (var attribute in new[] { "Builds rapport", "Is non-judgemental", "Maintains confidentiality", "Accepts feedback", "Helps me achieve my goals" })
        {
            Assert.Contains(attribute, pdf.Text, StringComparison.Ordinal);
        }

        Assert.Equal(15, Enum.GetValues<Domain.Feedback.CoachAttribute>().Length);
        await client.AssertRefusedAsync("/forms/no-such-form.pdf");
    }

    /// <summary>The English labels a blank form prints: its title, details and every question, heading and signatory.</summary>
    private static IEnumerable<string> LabelsOf(BlankForm form)
    {
        if (form.Model(StandingText.Default) is not PrintedForm printed)
        {
            yield return form.Title;
            yield break;
        }

        yield return printed.Title;
        foreach (var detail in printed.Details)
        {
            yield return detail.Label;
        }

        foreach (var part in printed.Parts)
        {
            switch (part)
            {
                case FormHeading h:
                    yield return h.Text;
                    break;
                case FormQuestion q:
                    yield return q.Label;
                    break;
                case FormYesNo y:
                    yield return y.Label;
                    break;
                case FormChecklist c:
                    yield return c.Label;
                    break;
                case FormTable t:
                    yield return t.Caption;
                    break;
                case FormScale s:
                    yield return s.Caption;
                    break;
                case FormSignatures g:
                    foreach (var signatory in g.Signatories)
                    {
                        yield return signatory;
                    }

                    break;
            }
        }
    }
}
