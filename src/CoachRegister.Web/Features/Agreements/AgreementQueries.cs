using CoachRegister.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Agreements;

/// <summary>How the agreement's pages and its PDF find one version of a partnership's agreement.</summary>
public static class AgreementQueries
{
    /// <summary>The version asked for, or the latest when none is, with its signatures; null when there is none.</summary>
    public static Task<Agreement?> VersionAsync(this IQueryable<Agreement> agreements, Guid matchId, int? version, CancellationToken ct)
    {
        var ofMatch = agreements.Include(a => a.Signatures).Where(a => a.MatchId == matchId);
        return version is { } wanted
            ? ofMatch.FirstOrDefaultAsync(a => a.Version == wanted, ct)
            : ofMatch.OrderByDescending(a => a.Version).FirstOrDefaultAsync(ct);
    }
}
