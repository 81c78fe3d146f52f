using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Agreements;
using CoachRegister.Web.Features.Agreements;
using CoachRegister.Web.Tests.Features.Documents;
using CoachRegister.Web.Tests.Features.Relationships;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrWording;

/// <summary>HR's own wording of the agreement's standing text: versioned, and never changing an agreement already signed.</summary>
[Collection(PdfCollection.Name)]
public sealed class StandingWordingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string DefaultEnglish = "The coach asks and listens more than they advise.";
    private const string DefaultWelsh = "Mae’r hyfforddwr yn holi ac yn gwrando";

    [Fact]
    public async Task A_signed_agreement_keeps_its_wording_after_hr_edit_it_and_the_next_one_prints_the_new_wording()
    {
        var p = await factory.PartnershipAsync();
        var organisationId = await OrganisationOfAsync(p);
        var hr = factory.ClientFor(p.Hr);

        await EditAsync(hr, organisationId, WordingPassage.WhatCoachingIs, WordingLanguage.English, "Coaching at our place: NEW-WORDING-EN.");
        await EditAsync(hr, organisationId, WordingPassage.WhatCoachingIs, WordingLanguage.Welsh, "Hyfforddi yn ein lle ni: GEIRIAD-NEWYDD-CY.");

        // Version 1 was signed before the edits: it prints the wording it was signed under, in both languages.
        var coachee = factory.ClientFor(p.Coachee);
        var signed = await coachee.PdfAsync($"/relationships/{p.MatchId}/agreement.pdf?version=1");
        Assert.Contains(DefaultEnglish, signed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW-WORDING-EN", signed.Text, StringComparison.Ordinal);

        // A new version, revised and signed by both through the pages, is signed under the new wording.
        await ReviseAndSignAsync(p);
        var second = await coachee.PdfAsync($"/relationships/{p.MatchId}/agreement.pdf?version=2");
        Assert.Contains("NEW-WORDING-EN", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DefaultEnglish, second.Text, StringComparison.Ordinal);

        // A later edit changes neither signed version.
        await EditAsync(hr, organisationId, WordingPassage.WhatCoachingIs, WordingLanguage.English, "Third time: LATER-WORDING-EN.");
        var secondAgain = await coachee.PdfAsync($"/relationships/{p.MatchId}/agreement.pdf?version=2");
        Assert.Contains("NEW-WORDING-EN", secondAgain.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LATER-WORDING-EN", secondAgain.Text, StringComparison.Ordinal);
        Assert.Contains("NEW-WORDING-EN", (await coachee.GetPageAsync($"/relationships/{p.MatchId}/agreement")).QuerySelector("#standing-wording")!.TextContent, StringComparison.Ordinal);

        var coach = factory.ClientFor(p.Coach);
        await coach.InWelshAsync();
        var signedCy = await coach.PdfAsync($"/relationships/{p.MatchId}/agreement.pdf?version=1");
        var secondCy = await coach.PdfAsync($"/relationships/{p.MatchId}/agreement.pdf?version=2");
        Assert.Equal("cy-GB", secondCy.Language);
        Assert.Contains(DefaultWelsh, signedCy.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("GEIRIAD-NEWYDD-CY", signedCy.Text, StringComparison.Ordinal);
        Assert.Contains("GEIRIAD-NEWYDD-CY", secondCy.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW-WORDING-EN", secondCy.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DefaultWelsh, secondCy.Text, StringComparison.Ordinal);

        // Every version is kept, with who saved it.
        var versions = await factory.WithDbAsync(db => db.WordingVersions.AsNoTracking()
            .Where(v => v.OrganisationId == organisationId && v.Passage == WordingPassage.WhatCoachingIs && v.Language == WordingLanguage.English)
            .OrderBy(v => v.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.Equal(p.Hr.PersonId, v.EditedById));
        var history = await hr.GetPageAsync($"/hr/wording/{organisationId}/WhatCoachingIs/English");
        Assert.Contains("NEW-WORDING-EN", history.QuerySelector("#versions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("LATER-WORDING-EN", history.QuerySelector("#versions")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_agreement_prints_the_words_it_was_signed_under_even_when_the_default_has_changed_since()
    {
        var p = await factory.PartnershipAsync();
        await ReviseAndSignAsync(p);

        // Signed under the portal's default: every passage it keeps (its own and the declaration's) in both languages is kept with the words printed.
        var kept = await factory.WithDbAsync(db => db.AgreementWordings.AsNoTracking()
            .Where(w => w.AgreementId == db.Agreements.Single(a => a.MatchId == p.MatchId && a.Version == 2).Id).ToListAsync());
        Assert.Equal(8 * 2, kept.Count);
        Assert.Equal(DefaultWording.SignedWithAgreement.Order(), kept.Select(w => w.Passage).Distinct().Order());
        var coaching = Assert.Single(kept, w => w.Passage == WordingPassage.WhatCoachingIs && w.Language == WordingLanguage.English);
        Assert.Null(coaching.WordingVersionId);
        Assert.Contains(DefaultEnglish, coaching.Text, StringComparison.Ordinal);
        Assert.Contains(DefaultWelsh, Assert.Single(kept, w => w.Passage == WordingPassage.WhatCoachingIs && w.Language == WordingLanguage.Welsh).Text, StringComparison.Ordinal);

        // A release changes the default: the code's words are now not those it was signed under. Standing in for
        // the old release's words, the kept text is set apart from today's default; the agreement prints the kept words.
        await factory.WithDbAsync(db => db.AgreementWordings.Where(w => w.Id == coaching.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Text, "The words of an earlier release: OLD-DEFAULT-EN.")));
        var printed = await factory.ClientFor(p.Coachee).PdfAsync($"/relationships/{p.MatchId}/agreement.pdf?version=2");

        Assert.Contains("OLD-DEFAULT-EN", printed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DefaultEnglish, printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_shows_the_wording_in_force_today()
    {
        var p = await factory.PartnershipAsync();
        var organisationId = await OrganisationOfAsync(p);
        await EditAsync(factory.ClientFor(p.Hr), organisationId, WordingPassage.ConfidentialityLimits, WordingLanguage.English, "Our limits: DRAFT-WORDING.");
        await ReviseAsync(p);

        var draft = await factory.ClientFor(p.Coach).PdfAsync($"/relationships/{p.MatchId}/agreement.pdf?version=2");

        Assert.Contains("DRAFT-WORDING", draft.Text, StringComparison.Ordinal);
        Assert.Contains(DefaultEnglish, draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_told_and_keeps_its_text()
    {
        var p = await factory.PartnershipAsync();
        var organisationId = await OrganisationOfAsync(p);
        var otherHr = await factory.PersonAsync("Huw", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(otherHr.PersonId, p.SchemeId);
        var url = $"/hr/wording/{organisationId}/Versions/English";
        var first = factory.ClientFor(p.Hr);
        var second = factory.ClientFor(otherHr);
        var firstPage = await first.GetPageAsync(url);
        var secondPage = await second.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(firstPage, url, new Dictionary<string, string> { ["Text"] = "Hana's versions" })).StatusCode);
        var conflict = await second.SubmitFormAsync(secondPage, url, new Dictionary<string, string> { ["Text"] = "Huw's versions" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await FormClient.ParseAsync(conflict);
        Assert.Contains("Someone else saved a new version", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Huw's versions", page.QuerySelector("textarea[name=Text]")!.TextContent.Trim());
        Assert.Contains("Hana's versions", page.QuerySelector("#saved-meanwhile")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Hana's versions"], await TextsAsync(organisationId));

        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitFormAsync(page, url, new Dictionary<string, string> { ["Text"] = "Both versions" })).StatusCode);
        Assert.Equal(["Hana's versions", "Both versions"], await TextsAsync(organisationId));
    }

    [Fact]
    public async Task Empty_wording_is_refused_with_a_message_in_welsh_too()
    {
        var p = await factory.PartnershipAsync();
        var organisationId = await OrganisationOfAsync(p);
        var hr = factory.ClientFor(p.Hr);
        await hr.InWelshAsync();

        var refused = await hr.SubmitFormAsync($"/hr/wording/{organisationId}/Versions/Welsh", new Dictionary<string, string> { ["Text"] = "  " });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Rhowch y geiriad", (await FormClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await TextsAsync(organisationId));
    }

    [Fact]
    public async Task Hr_of_another_scheme_and_staff_get_not_found_and_change_nothing()
    {
        var p = await factory.PartnershipAsync();
        var organisationId = await OrganisationOfAsync(p);
        var otherHr = await factory.PersonAsync("Ola", "Otherhr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(otherHr.PersonId, (await factory.SchemeAsync()).Id);
        var editUrl = $"/hr/wording/{organisationId}/Versions/English";

        foreach (var outsider in new[] { otherHr, p.Colleague, p.Coachee, p.Coach })
        {
            var client = factory.ClientFor(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/hr/wording/{organisationId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(editUrl)).StatusCode);
            var posted = await client.Http.PostAsync(editUrl, new FormUrlEncodedContent([new("BasedOn", "0"), new("Text", "Outsider's wording")]));
            Assert.True(posted.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"The POST answered {(int)posted.StatusCode}.");
        }

        Assert.DoesNotContain(organisationId.ToString(), await factory.ClientFor(otherHr).Http.GetStringAsync("/hr/wording"), StringComparison.Ordinal);
        Assert.Empty(await TextsAsync(organisationId));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(p.Hr).Http.GetAsync($"/hr/wording/{organisationId}/Versions/99")).StatusCode);
    }

    private Task<Guid> OrganisationOfAsync(ArrangedPartnership p) =>
        factory.WithDbAsync(db => db.People.Where(x => x.Id == p.Coachee.PersonId).Select(x => x.OrganisationId!.Value).SingleAsync());

    private Task<List<string>> TextsAsync(Guid organisationId) =>
        factory.WithDbAsync(db => db.WordingVersions.Where(v => v.OrganisationId == organisationId).OrderBy(v => v.EditedAt).ThenBy(v => v.Version).Select(v => v.Text).ToListAsync());

    private static async Task EditAsync(FormClient hr, Guid organisationId, WordingPassage passage, WordingLanguage language, string text)
    {
        var saved = await hr.SubmitFormAsync($"/hr/wording/{organisationId}/{passage}/{language}", new Dictionary<string, string> { ["Text"] = text });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private async Task ReviseAsync(ArrangedPartnership p)
    {
        var url = $"/relationships/{p.MatchId}/agreement/edit";
        var coach = factory.ClientFor(p.Coach);
        var page = await coach.GetPageAsync(url);
        var fields = page.QuerySelectorAll("main form textarea").ToDictionary(a => a.GetAttribute("name")!, a => a.TextContent.TrimStart('\n'));
        fields["Objectives"] = "Lead the new team through the merger";
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitFormAsync(page, url, fields)).StatusCode);
    }

    private async Task ReviseAndSignAsync(ArrangedPartnership p)
    {
        await ReviseAsync(p);
        var url = $"/relationships/{p.MatchId}/agreement";
        foreach (var (who, name) in new[] { (p.Coach, "Ceri Coach"), (p.Coachee, "Cai Coachee") })
        {
            var signed = await factory.ClientFor(who).SubmitFormAsync(url, new Dictionary<string, string> { ["FullName"] = name }, "form[action$='agreement/sign']");
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }

        Assert.Equal(AgreementStatus.Signed, await factory.WithDbAsync(db => db.Agreements.Where(a => a.MatchId == p.MatchId && a.Version == 2).Select(a => a.Status).SingleAsync()));
    }
}
