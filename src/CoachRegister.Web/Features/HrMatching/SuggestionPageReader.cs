using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.HrMatching;

/// <summary>A coach as the scheme team's page names them.</summary>
public sealed record CoachName(string Name, string? JobTitle, string? Organisation);

/// <summary>An earlier or current match of the request, as read for the scheme team.</summary>
public sealed record RequestMatch(
    Guid Id, string CoachName, MatchStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? RespondBy,
    string? EndReason, bool? CoachWantsToGoOn, bool? CoacheeWantsToGoOn);

/// <summary>What the scheme team's page for one request shows, before it is put into words.</summary>
public sealed record SuggestionPageFacts(
    RequestSummary Summary,
    int EligibleCount,
    int Page,
    int PageCount,
    IReadOnlyList<Suggestion> Shown,
    IReadOnlyList<IneligiblePreference> IneligiblePreferences,
    IReadOnlyDictionary<Guid, CoachName> Names,
    IReadOnlyList<RequestMatch> Matches);

/// <summary>
/// Reads the scheme team's page for one request (<see cref="HrMatchingController"/>): the request read back, its
/// ranked suggestions when the team may act on it, the names of one page of them and of the named coaches who
/// cannot be matched, and the request's matches. The suggestion page's benchmark calls this too, so it measures
/// the page's own queries.
/// </summary>
public sealed class SuggestionPageReader(AppDbContext db, RequestReader reader, MatchingFacts facts)
{
    public const int SuggestionsPerPage = 10;

    /// <summary>A request of the asker's schemes that its line manager supported, with its scheme and matches.</summary>
    public Task<MatchRequest?> SupportedAsync(Asker asker, Guid id, bool tracked, CancellationToken ct)
    {
        var requests = db.MatchRequests.SupportedInSchemesOf(asker).Include(r => r.Scheme).Include(r => r.Matches);
        return (tracked ? requests : requests.AsNoTracking()).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct);
    }

    /// <summary>
    /// The page for <paramref name="request"/> (loaded with its scheme), with the suggestions on page
    /// <paramref name="page"/> (kept within the pages there are) only when <paramref name="withSuggestions"/>.
    /// </summary>
    public async Task<SuggestionPageFacts> ReadAsync(MatchRequest request, bool withSuggestions, int page, CancellationToken ct)
    {
        var summary = (await reader.SummaryAsync(request.Id, ct))!;
        var suggestions = withSuggestions ? (await facts.SuggestionsAsync(request.Id, request.Scheme!.Matching.Rules, ct))?.Suggestions : null;
        var ranked = suggestions?.Ranked ?? [];
        var pageCount = Pagination.PageCountFor(ranked.Count, SuggestionsPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var shown = ranked.Skip((page - 1) * SuggestionsPerPage).Take(SuggestionsPerPage).ToList();
        var ineligible = suggestions?.IneligiblePreferences ?? [];

        var named = shown.Select(s => s.Coach.ProfileId).Concat(ineligible.Select(i => i.ProfileId)).Distinct().ToList();
        var names = await db.CoachProfiles.AsNoTracking().Where(p => named.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.Person!.GivenName + " " + p.Person.FamilyName, p.Person.JobTitle, Organisation = p.Person.Organisation!.Name })
            .ToDictionaryAsync(p => p.Id, p => new CoachName(p.Name, p.JobTitle, p.Organisation), ct);
        var matches = await db.Matches.AsNoTracking().Where(m => m.MatchRequestId == request.Id).OrderByDescending(m => m.CreatedAt)
            .Select(m => new RequestMatch(
                m.Id,
                m.Coach!.Person!.GivenName + " " + m.Coach.Person.FamilyName,
                m.Status,
                m.CreatedAt,
                m.RespondBy,
                m.EndReason,
                m.CoachWantsToGoOn,
                m.CoacheeWantsToGoOn))
            .ToListAsync(ct);
        return new SuggestionPageFacts(summary, ranked.Count, page, pageCount, shown, ineligible, names, matches);
    }
}
