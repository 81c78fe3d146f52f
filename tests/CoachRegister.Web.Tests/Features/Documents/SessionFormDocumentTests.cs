using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Tests.Features.Relationships;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Documents;

/// <summary>
/// The forms around a partnership's sessions, printed filled: the coachee's meeting preparation, the coach's own
/// preparation and reflection, and the declaration of interest signed with the agreement. Each prints the same form
/// as the blank one, for the people its page is for, in the reader's language.
/// </summary>
[Collection(PdfCollection.Name)]
public sealed class SessionFormDocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Prepared = "Drafted the team agenda PREPARATION-TEXT";
    private const string Interest = "My sister works in the coach's team DECLARED-INTEREST";

    [Fact]
    public async Task The_meeting_preparation_prints_what_the_coachee_wrote_for_both_sides_and_nobody_else()
    {
        var p = await factory.PartnershipAsync();
        await PrepareAsync(p.PlannedSessionId);
        var url = $"/sessions/{p.PlannedSessionId}/preparation.pdf";

        var coachees = await factory.ClientFor(p.Coachee).PdfAsync(url);
        var coachs = await factory.ClientFor(p.Coach).PdfAsync(url);

        foreach (var pdf in new[] { coachees, coachs })
        {
            Assert.Equal("Meeting preparation form", pdf.Title);
            foreach (var phrase in new[] { $"What have you achieved since your last session? {Prepared}", "What do you want from this session? Practise the opening", "Your name Cai Coachee", "Your coach Ceri Coach", "Session number 2" })
            {
                Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
            }

            Assert.Contains("CONFIDENTIAL", pdf.Pages[0], StringComparison.Ordinal);
            pdf.AssertNumbered();
        }

        Assert.NotNull((await factory.ClientFor(p.Coachee).GetPageAsync($"/sessions/{p.PlannedSessionId}/preparation")).QuerySelector($"a[href='{url}'][download]"));
        foreach (var other in new[] { p.Manager, p.Hr, p.Colleague })
        {
            await factory.ClientFor(other).AssertRefusedAsync(url);
        }
    }

    [Fact]
    public async Task A_welsh_coachee_gets_the_meeting_preparation_in_welsh()
    {
        var p = await factory.PartnershipAsync();
        await PrepareAsync(p.PlannedSessionId);
        var coachee = factory.ClientFor(p.Coachee);
        await coachee.InWelshAsync();

        var pdf = await coachee.PdfAsync($"/sessions/{p.PlannedSessionId}/preparation.pdf");

        Assert.Equal("Ffurflen paratoi ar gyfer cyfarfod", pdf.Title);
        Assert.Equal("cy-GB", pdf.Language);
        Assert.Contains($"Beth ydych chi wedi’i gyflawni ers eich sesiwn ddiwethaf? {Prepared}", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("CYFRINACHOL", pdf.Pages[0], StringComparison.Ordinal);
        foreach (var english in new[] { "What have you achieved since your last session?", "Your name", "Page 1 of" })
        {
            Assert.DoesNotContain(english, pdf.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_coachs_preparation_and_reflection_prints_for_the_coach_alone()
    {
        var p = await factory.PartnershipAsync();
        var url = $"/sessions/{p.HeldSessionId}/reflection.pdf";

        var pdf = await factory.ClientFor(p.Coach).PdfAsync(url);

        Assert.Equal("Preparation and reflection form", pdf.Title);
        foreach (var phrase in new[] { $"What worked less well {ArrangedPartnership.CoachReflection}", "Coachee Cai Coachee", "Session number 1", "For the coach only. Nobody else reads it." })
        {
            Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
        }

        Assert.Contains("CONFIDENTIAL", pdf.Pages[0], StringComparison.Ordinal);
        Assert.NotNull((await factory.ClientFor(p.Coach).GetPageAsync($"/sessions/{p.HeldSessionId}/reflection")).QuerySelector($"a[href='{url}'][download]"));
        foreach (var other in new[] { p.Coachee, p.Manager, p.Hr, p.Colleague })
        {
            await factory.ClientFor(other).AssertRefusedAsync(url);
        }
    }

    [Fact]
    public async Task A_welsh_coach_gets_the_preparation_and_reflection_in_welsh()
    {
        var p = await factory.PartnershipAsync();
        var coach = factory.ClientFor(p.Coach);
        await coach.InWelshAsync();

        var pdf = await coach.PdfAsync($"/sessions/{p.HeldSessionId}/reflection.pdf");

        Assert.Equal("Ffurflen paratoi a myfyrio", pdf.Title);
        Assert.Contains(ArrangedPartnership.CoachReflection, pdf.Text, StringComparison.Ordinal);
        pdf.AssertNumbered("Tudalen {0} o {1}");
        foreach (var english in new[] { "Preparation and reflection form", "What worked less well", "Before the session", "Session number" })
        {
            Assert.DoesNotContain(english, pdf.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_declaration_of_interest_prints_what_each_side_declared_when_signing_for_both_sides_only()
    {
        var p = await factory.PartnershipAsync(s => s.RequiresDeclarationOfInterest = true);
        await DeclareAsync(p.MatchId);
        var url = $"/relationships/{p.MatchId}/declaration.pdf";

        var pdf = await factory.ClientFor(p.Coachee).PdfAsync(url);
        var coachs = await factory.ClientFor(p.Coach).PdfAsync(url);

        Assert.Equal("Declaration of interest", pdf.Title);
        foreach (var phrase in new[]
        {
            "Coach Ceri Coach", "Coachee Cai Coachee",
            "Does the coach have an interest to declare? No",
            "Does the coachee have an interest to declare? Yes",
            $"The coachee's interest Only if you answered yes. {Interest}",
            "Signed as “Ceri Coach” on", "Signed as “Cai Coachee” on",
        })
        {
            Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
        }

        Assert.Equal(pdf.Text, coachs.Text);
        Assert.Contains("CONFIDENTIAL", pdf.Pages[0], StringComparison.Ordinal);
        Assert.NotNull((await factory.ClientFor(p.Coach).GetPageAsync($"/relationships/{p.MatchId}/agreement")).QuerySelector($"a[href='{url}'][download]"));
        foreach (var other in new[] { p.Manager, p.Hr, p.Colleague })
        {
            await factory.ClientFor(other).AssertRefusedAsync(url);
        }
    }

    [Fact]
    public async Task A_welsh_reader_gets_the_declaration_in_welsh()
    {
        var p = await factory.PartnershipAsync(s => s.RequiresDeclarationOfInterest = true);
        await DeclareAsync(p.MatchId);
        var coach = factory.ClientFor(p.Coach);
        await coach.InWelshAsync();

        var pdf = await coach.PdfAsync($"/relationships/{p.MatchId}/declaration.pdf");

        Assert.Equal("Datganiad o fuddiant", pdf.Title);
        Assert.Contains("Oes gan yr hyfforddwr fuddiant i’w ddatgan? Na", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Llofnodwyd fel “Ceri Coach” ar", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(Interest, pdf.Text, StringComparison.Ordinal);
        foreach (var english in new[] { "Declaration of interest", "Does the coach have an interest to declare?", "Signed as" })
        {
            Assert.DoesNotContain(english, pdf.Text, StringComparison.Ordinal);
        }
    }

    private Task PrepareAsync(Guid sessionId) => factory.WithDbAsync(async db =>
    {
        var session = await db.SessionRecords.SingleAsync(s => s.Id == sessionId);
        var preparation = MeetingPreparation.For(session);
        preparation.Write(new PreparationAnswers(Prepared, null, null, null, null, null, "Practise the opening"), DateTimeOffset.UtcNow);
        db.MeetingPreparations.Add(preparation);
        await db.SaveChangesAsync();
    });

    private Task DeclareAsync(Guid matchId) => factory.WithDbAsync(async db =>
    {
        var signatures = await db.Agreements.Where(a => a.MatchId == matchId).SelectMany(a => a.Signatures).ToListAsync();
        foreach (var signature in signatures)
        {
            signature.HasInterestToDeclare = signature.Role == SignatoryRole.Coachee;
            signature.InterestDeclared = signature.Role == SignatoryRole.Coachee ? Interest : null;
        }

        await db.SaveChangesAsync();
    });
}
