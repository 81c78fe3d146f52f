using CoachRegister.Domain.Agreements;
using CoachRegister.Web.Infrastructure.Calendar;
using CoachRegister.Web.Tests.Features.Relationships;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.Documents;

/// <summary>The agreement as a PDF: filled, signed by both with dates, its version, in the reader's language, and for the two of them only.</summary>
[Collection(PdfCollection.Name)]
public sealed class AgreementDocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_agreement_prints_filled_with_both_signatures_their_dates_and_its_version()
    {
        var p = await factory.PartnershipAsync();
        var signedOn = await SignedOnAsync(p);

        var pdf = await factory.ClientFor(p.Coachee).PdfAsync($"/relationships/{p.MatchId}/agreement.pdf");

        Assert.Equal("Coaching agreement, version 1", pdf.Title);
        Assert.Equal("en-GB", pdf.Language);
        Assert.True(pdf.IsTagged, "The PDF should be tagged for screen readers.");
        foreach (var phrase in new[]
        {
            "Coaching agreement", "Between Ceri Coach, the coach, and Cai Coachee, the coachee",
            "Version 1", "Status Signed by both", "Main objectives Grow as a new manager", "6 sessions, Monthly, of 60 minutes",
            "What is said stays between us, except where there is a risk of harm.", "What coaching is", "Confidentiality in the scheme",
            $"Signed as “Ceri Coach” on {signedOn}", $"Signed as “Cai Coachee” on {signedOn}",
        })
        {
            Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Not signed yet", pdf.Text, StringComparison.Ordinal);
        pdf.AssertNumbered();
        Assert.All(pdf.Pages, page => Assert.Contains("CONFIDENTIAL", page, StringComparison.Ordinal));
        foreach (var secret in ArrangedPartnership.Confidential)
        {
            Assert.DoesNotContain(secret, pdf.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_welsh_reader_gets_the_standing_text_and_labels_in_welsh()
    {
        var p = await factory.PartnershipAsync();
        var coach = factory.ClientFor(p.Coach);
        await coach.InWelshAsync();

        var pdf = await coach.PdfAsync($"/relationships/{p.MatchId}/agreement.pdf");

        Assert.Equal("Cytundeb hyfforddi, fersiwn 1", pdf.Title);
        Assert.Equal("cy-GB", pdf.Language);
        foreach (var phrase in new[] { "Beth yw hyfforddi", "Cyfrinachedd yn y cynllun", "Llofnodion", "Fersiwn 1", "Llofnodwyd fel “Ceri Coach”", "CYFRINACHOL", "Sefydliad Enghreifftiol" })
        {
            Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
        }

        pdf.AssertNumbered("Tudalen {0} o {1}");
        foreach (var english in new[] { "What coaching is", "Confidentiality in the scheme", "Signatures", "Signed as", "Main objectives", "Page 1 of", "CONFIDENTIAL", "December", "November", "January", "October" })
        {
            Assert.DoesNotContain(english, pdf.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_version_prints_as_it_stands_and_an_unsigned_one_says_so()
    {
        var p = await factory.PartnershipAsync();
        await factory.WithDbAsync(async db =>
        {
            var first = await db.Agreements.AsNoTracking().SingleAsync(a => a.MatchId == p.MatchId);
            var second = Agreement.Draft(p.MatchId, first.Terms with { Objectives = "Lead the new team through the merger" }, DateTimeOffset.UtcNow);
            second.Version = 2;
            db.Agreements.Add(second);
            await db.SaveChangesAsync();
        });
        var coachee = factory.ClientFor(p.Coachee);

        var latest = await coachee.PdfAsync($"/relationships/{p.MatchId}/agreement.pdf");
        var first = await coachee.PdfAsync($"/relationships/{p.MatchId}/agreement.pdf?version=1");

        Assert.Contains("Version 2", latest.Text, StringComparison.Ordinal);
        Assert.Contains("Lead the new team through the merger", latest.Text, StringComparison.Ordinal);
        Assert.Contains("Not agreed yet: this version is not in force", latest.Text, StringComparison.Ordinal);
        Assert.Equal(2, latest.Text.Split("Not signed yet.").Length - 1);
        Assert.Contains("Grow as a new manager", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lead the new team", first.Text, StringComparison.Ordinal);
        await coachee.AssertRefusedAsync($"/relationships/{p.MatchId}/agreement.pdf?version=3");
    }

    [Fact]
    public async Task Nobody_but_the_coach_and_the_coachee_gets_the_agreement()
    {
        var p = await factory.PartnershipAsync();
        var url = $"/relationships/{p.MatchId}/agreement.pdf";

        foreach (var other in new[] { p.Manager, p.Hr, p.Colleague })
        {
            await factory.ClientFor(other).AssertRefusedAsync(url);
        }

        await factory.ClientFor(p.Coach).AssertRefusedAsync($"/relationships/{Guid.NewGuid()}/agreement.pdf");
        Assert.Contains("agreement.pdf?version=1", (await factory.ClientFor(p.Coach).GetPageAsync($"/relationships/{p.MatchId}/agreement")).Body!.InnerHtml, StringComparison.Ordinal);
    }

    private async Task<string> SignedOnAsync(ArrangedPartnership p)
    {
        var signedAt = await factory.WithDbAsync(db => db.Agreements.Where(a => a.MatchId == p.MatchId).SelectMany(a => a.Signatures).Select(s => s.SignedAt).FirstAsync());
        return factory.Services.GetRequiredService<SchemeClock>().ToLocal(signedAt).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
    }
}
