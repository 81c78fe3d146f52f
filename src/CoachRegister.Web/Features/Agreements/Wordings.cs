using CoachRegister.Data;
using CoachRegister.Domain.Agreements;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Agreements;

/// <summary>How the agreement's pages, its PDF and its signing, and the printed forms, find the standing wording.</summary>
public sealed class Wordings(AppDbContext db, IStringLocalizer<DocumentText> documents)
{
    /// <summary>The organisation whose wording a partnership's agreement uses: the coachee's, whose programme it is.</summary>
    public Task<Guid?> OrganisationOfAsync(Guid matchId, CancellationToken ct) =>
        db.Matches.AsNoTracking().Where(m => m.Id == matchId).Select(m => m.Coachee!.OrganisationId).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The organisation whose wording a form about one person uses: the applicant's for an application, the
    /// reader's own for a blank form. Someone in no organisation (an HR or system administrator) reads the default.
    /// </summary>
    public Task<Guid?> OrganisationOfPersonAsync(Guid? personId, CancellationToken ct) =>
        personId is { } id
            ? db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.OrganisationId).FirstOrDefaultAsync(ct)
            : Task.FromResult<Guid?>(null);

    /// <summary>What a printed form (not signed with the agreement) prints: the organisation's wording in force today.</summary>
    public async Task<StandingText> InForceTextAsync(Guid? organisationId, CancellationToken ct) =>
        new(await InForceAsync(organisationId, ct));

    /// <summary>The latest edited version of each passage and language; a passage never edited has none.</summary>
    public async Task<List<WordingVersion>> InForceAsync(Guid? organisationId, CancellationToken ct)
    {
        if (organisationId is not { } id)
        {
            return [];
        }

        return await db.WordingVersions.AsNoTracking()
            .Where(v => v.OrganisationId == id
                && !db.WordingVersions.Any(n => n.OrganisationId == id && n.Passage == v.Passage && n.Language == v.Language && n.Version > v.Version))
            .ToListAsync(ct);
    }

    /// <summary>The portal's default wording of a passage in the language asked for, whatever the page's language.</summary>
    public string DefaultIn(WordingPassage passage, WordingLanguage language) =>
        UiCulture.In(DefaultWording.CultureOf(language), () => documents[DefaultWording.Text[passage]].Value);

    /// <summary>
    /// Every passage the agreement keeps when first signed (its own and the declaration's), in both languages, as
    /// the partnership's agreement prints it today: the organisation's edit, or the default.
    /// </summary>
    public async Task<List<PrintedPassage>> PrintedTodayAsync(Guid matchId, CancellationToken ct)
    {
        var edited = await InForceAsync(await OrganisationOfAsync(matchId, ct), ct);
        return
        [
            .. from passage in DefaultWording.SignedWithAgreement
               from language in Enum.GetValues<WordingLanguage>()
               let version = edited.FirstOrDefault(v => v.Passage == passage && v.Language == language)
               select new PrintedPassage(passage, language, version?.Text ?? DefaultIn(passage, language), version?.Id),
        ];
    }

    /// <summary>A signed (or half-signed) version shows the words it was signed under, as kept then; a draft, today's.</summary>
    public async Task<StandingText> ForAgreementAsync(Agreement? agreement, Guid matchId, CancellationToken ct)
    {
        if (agreement is { WordingFixed: true })
        {
            return new StandingText(await db.AgreementWordings.AsNoTracking()
                .Where(w => w.AgreementId == agreement.Id)
                .Select(w => new WordingVersion { Passage = w.Passage, Language = w.Language, Text = w.Text })
                .ToListAsync(ct));
        }

        return new StandingText(await InForceAsync(await OrganisationOfAsync(matchId, ct), ct));
    }
}
