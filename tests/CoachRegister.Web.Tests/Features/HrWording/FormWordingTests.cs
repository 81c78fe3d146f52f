using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Agreements;
using CoachRegister.Web.Tests.Features.Documents;
using CoachRegister.Web.Tests.Features.Relationships;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrWording;

/// <summary>
/// HR's own wording of the printed forms' opening paragraphs and notices: a filled form prints the wording of the
/// coachee's organisation, a blank form the reader's own, and the declaration signed with the agreement keeps the
/// agreement's.
/// </summary>
[Collection(PdfCollection.Name)]
public sealed class FormWordingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string DefaultEnglish = "Written by the coach after each session.";
    private const string DefaultWelsh = "Yr hyfforddwr sy’n ei lenwi ar ôl pob sesiwn.";

    [Fact]
    public async Task A_forms_lead_edited_in_english_and_welsh_prints_for_the_organisation_and_nowhere_else()
    {
        var p = await factory.PartnershipAsync();
        var organisationId = await OrganisationOfAsync(p.Coachee);
        var hr = factory.ClientFor(p.Hr);
        await EditAsync(hr, organisationId, WordingPassage.SessionRecordLead, WordingLanguage.English, "Our own session record: NEW-LEAD-EN.");
        await EditAsync(hr, organisationId, WordingPassage.SessionRecordLead, WordingLanguage.Welsh, "Ein cofnod sesiwn ein hunain: ARWEINIAD-NEWYDD-CY.");

        // The coach works for another organisation: the filled form follows the coachee's, as the agreement does.
        var elsewhere = await factory.OrganisationAsync(p.SchemeId);
        await factory.WithDbAsync(db => db.People.Where(x => x.Id == p.Coach.PersonId).ExecuteUpdateAsync(s => s.SetProperty(x => x.OrganisationId, elsewhere.Id)));
        var coach = factory.ClientFor(p.Coach);
        var filled = await coach.PdfAsync($"/sessions/{p.HeldSessionId}/record.pdf");
        Assert.Contains("NEW-LEAD-EN", filled.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DefaultEnglish, filled.Text, StringComparison.Ordinal);
        Assert.Contains("Confidential: for the coach and the coachee only.", filled.Text, StringComparison.Ordinal);

        // A blank form follows the reader's own organisation.
        var colleague = factory.ClientFor(p.Colleague);
        Assert.Contains("NEW-LEAD-EN", (await colleague.PdfAsync("/forms/session-record.pdf")).Text, StringComparison.Ordinal);
        var coachBlank = await coach.PdfAsync("/forms/session-record.pdf");
        Assert.Contains(DefaultEnglish, coachBlank.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW-LEAD-EN", coachBlank.Text, StringComparison.Ordinal);

        await colleague.InWelshAsync();
        var welsh = await colleague.PdfAsync("/forms/session-record.pdf");
        Assert.Equal("cy-GB", welsh.Language);
        Assert.Contains("ARWEINIAD-NEWYDD-CY", welsh.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DefaultWelsh, welsh.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW-LEAD-EN", welsh.Text, StringComparison.Ordinal);
        await coach.InWelshAsync();
        Assert.Contains("ARWEINIAD-NEWYDD-CY", (await coach.PdfAsync($"/sessions/{p.HeldSessionId}/record.pdf")).Text, StringComparison.Ordinal);

        // Another organisation's staff print the portal's wording, and so does every other form of this one.
        var outsider = factory.ClientFor(await factory.PersonAsync("Ola", "Outside", elsewhere.Id, null, Roles.Staff));
        var theirs = await outsider.PdfAsync("/forms/session-record.pdf");
        Assert.Contains(DefaultEnglish, theirs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW-LEAD-EN", theirs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW-LEAD-EN", (await factory.ClientFor(p.Coachee).PdfAsync($"/relationships/{p.MatchId}/plan.pdf")).Text, StringComparison.Ordinal);

        // HR's page shows the versions under the form, its group open after the save.
        var page = await hr.GetPageAsync($"/hr/wording/{organisationId}");
        var group = page.QuerySelector($"details[data-form='{WordingPassage.SessionRecordLead}']")!;
        Assert.False(group.HasAttribute("open"), "A group is shown closed until one of its passages is saved.");
        Assert.Contains("NEW-LEAD-EN", group.TextContent, StringComparison.Ordinal);
        Assert.Contains("(2 changed)", group.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        var saved = await hr.GetPageAsync($"/hr/wording/{organisationId}?done=saved&passage={WordingPassage.SessionRecordLead}");
        Assert.True(saved.QuerySelector($"details[data-form='{WordingPassage.SessionRecordLead}']")!.HasAttribute("open"));
        Assert.Contains("The form prints it from now on", saved.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_declaration_signed_with_the_agreement_keeps_its_wording_after_hr_edit_it()
    {
        var p = await factory.PartnershipAsync();
        var organisationId = await OrganisationOfAsync(p.Coachee);
        await EditAsync(factory.ClientFor(p.Hr), organisationId, WordingPassage.DeclarationLead, WordingLanguage.English, "Declare it all: NEW-DECLARATION-EN.");

        // The partnership's agreement was signed before the edit; a blank declaration is signed from now on.
        var signed = await factory.ClientFor(p.Coachee).PdfAsync($"/relationships/{p.MatchId}/declaration.pdf");
        Assert.Contains("Signed by both with the agreement.", signed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW-DECLARATION-EN", signed.Text, StringComparison.Ordinal);
        Assert.Contains("NEW-DECLARATION-EN", (await factory.ClientFor(p.Colleague).PdfAsync("/forms/declaration-of-interest.pdf")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hr_of_another_scheme_and_staff_cannot_edit_a_forms_wording()
    {
        var p = await factory.PartnershipAsync();
        var organisationId = await OrganisationOfAsync(p.Coachee);
        var otherHr = await factory.PersonAsync("Osian", "Otherhr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(otherHr.PersonId, (await factory.SchemeAsync()).Id);
        var editUrl = $"/hr/wording/{organisationId}/{WordingPassage.SessionRecordLead}/{WordingLanguage.Welsh}";

        foreach (var outsider in new[] { otherHr, p.Colleague, p.Coachee, p.Coach, p.Manager })
        {
            var client = factory.ClientFor(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(editUrl)).StatusCode);
            // A valid token of their own (from the sign-out form), so only the access decision can refuse the post.
            var token = (await client.GetPageAsync("/")).QuerySelector("form.app-header__sign-out input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var posted = await client.Http.PostAsync(editUrl, new FormUrlEncodedContent(
                [new("BasedOn", "0"), new("Text", "Outsider's lead"), new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        Assert.False(await factory.WithDbAsync(db => db.WordingVersions.AnyAsync(v => v.OrganisationId == organisationId)));
        Assert.Contains(DefaultEnglish, (await factory.ClientFor(p.Coach).PdfAsync($"/sessions/{p.HeldSessionId}/record.pdf")).Text, StringComparison.Ordinal);
    }

    private Task<Guid> OrganisationOfAsync(TestUser person) =>
        factory.WithDbAsync(db => db.People.Where(x => x.Id == person.PersonId).Select(x => x.OrganisationId!.Value).SingleAsync());

    private static async Task EditAsync(FormClient hr, Guid organisationId, WordingPassage passage, WordingLanguage language, string text)
    {
        var saved = await hr.SubmitFormAsync($"/hr/wording/{organisationId}/{passage}/{language}", new Dictionary<string, string> { ["Text"] = text });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/hr/wording/{organisationId}?done=saved&passage={passage}#passage-{passage}", saved.Headers.Location?.OriginalString);
    }
}
