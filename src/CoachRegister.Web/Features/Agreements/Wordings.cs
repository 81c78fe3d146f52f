using CoachRegister.Data;
using CoachRegister.Domain.Agreements;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Agreements;

/// <summary>How the agreement's pages, its PDF and its signing find the standing wording.</summary>
public sealed class Wordings(AppDbContext db, IStringLocalizer<DocumentText> documents)
{
    /// <summary>The organisation whose wording a partnership's agreement uses: the coachee's, whose programme it is.</summary>
    public Task<Guid?> OrganisationOfAsync(Guid matchId, CancellationToken ct) =>
        db.Matches.AsNoTracking().Where(m => m.Id == matchId).Select(m => m.Coachee!.OrganisationId).FirstOrDefaultAsync(ct);

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

    /// <summary>Every passage in both languages as the partnership's agreement prints it today: the organisation's edit, or the default.</summary>
    public async Task<List<PrintedPassage>> PrintedTodayAsync(Guid matchId, CancellationToken ct)
    {
        var edited = await InForceAsync(await OrganisationOfAsync(matchId, ct), ct);
        return
        [
            .. from passage in Enum.GetValues<WordingPassage>()
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
