using CoachRegister.Data;
using CoachRegister.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Agreements;

/// <summary>How the agreement's pages, its PDF and its signing find the standing wording.</summary>
public sealed class Wordings(AppDbContext db)
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

    /// <summary>A signed (or half-signed) version shows the wording it was signed under; a draft, today's.</summary>
    public async Task<StandingText> ForAgreementAsync(Agreement? agreement, Guid matchId, CancellationToken ct)
    {
        if (agreement is { WordingFixed: true })
        {
            return new StandingText(await db.AgreementWordings.AsNoTracking()
                .Where(w => w.AgreementId == agreement.Id)
                .Select(w => w.WordingVersion!)
                .ToListAsync(ct));
        }

        return new StandingText(await InForceAsync(await OrganisationOfAsync(matchId, ct), ct));
    }
}
