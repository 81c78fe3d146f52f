using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>One partnership as every coaching page needs it: who, where it stands, the scheme's rules. One query.</summary>
public sealed record Partnership(
    Guid Id,
    PartnershipParties Parties,
    OfferType Kind,
    MatchStatus Status,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    Guid CoachProfileId,
    PartyPerson Coach,
    PartyPerson Coachee,
    PartyPerson? LineManager,
    SchemeRules Scheme)
{
    public bool IsOpen => Parties.IsOpen;

    /// <summary>Which side the person is on, if either.</summary>
    public PartnershipSide? SideOf(Guid personId) =>
        personId == Coach.Id ? PartnershipSide.Coach : personId == Coachee.Id ? PartnershipSide.Coachee : null;

    public PartyPerson Other(PartnershipSide side) => side == PartnershipSide.Coach ? Coachee : Coach;
}

public sealed record PartyPerson(Guid Id, string GivenName, string FamilyName, string Email, string PreferredLanguage)
{
    public string FullName => $"{GivenName} {FamilyName}";
}

public sealed record SchemeRules(
    Guid Id,
    string Name,
    int ReviewAfterSessions,
    int ReviewAfterMonths,
    int CancellationsBeforeReview,
    bool RequiresDeclarationOfInterest,
    int SessionMinutesMin,
    int SessionMinutesMax,
    int TypicalSessionCount);

/// <summary>
/// Loads <see cref="Partnership"/> by the match, or by one of its sessions, in a single query. The
/// <c>Readable</c> and <c>Changeable</c> forms return it only when the one access decision lets the
/// signed-in person read or change every named kind of its records; otherwise nothing, shown as not found.
/// </summary>
public sealed class Partnerships(AppDbContext db, PortalAccess access)
{
    public Task<Partnership?> ReadableAsync(Guid matchId, RecordKind kind, CancellationToken ct) =>
        AllowedAsync(Match(matchId), Access.Read, [kind], ct);

    public Task<Partnership?> ReadableAsync(Guid matchId, IReadOnlyList<RecordKind> kinds, CancellationToken ct) =>
        AllowedAsync(Match(matchId), Access.Read, kinds, ct);

    public Task<Partnership?> ChangeableAsync(Guid matchId, RecordKind kind, CancellationToken ct) =>
        AllowedAsync(Match(matchId), Access.Write, [kind], ct);

    /// <summary>The partnership one of whose sessions this is, under the same rule.</summary>
    public Task<Partnership?> BySessionAsync(Guid sessionId, Access needed, IReadOnlyList<RecordKind> kinds, CancellationToken ct) =>
        AllowedAsync(db.Matches.AsNoTracking().Where(m => db.SessionRecords.Any(s => s.Id == sessionId && s.MatchId == m.Id)), needed, kinds, ct);

    private IQueryable<Match> Match(Guid matchId) => db.Matches.AsNoTracking().Where(m => m.Id == matchId);

    private async Task<Partnership?> AllowedAsync(IQueryable<Match> match, Access needed, IReadOnlyList<RecordKind> kinds, CancellationToken ct)
    {
        var found = await Project(match).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        foreach (var kind in kinds)
        {
            if (!await access.AllowsAsync(found.Parties.For(kind), needed))
            {
                return null;
            }
        }

        return found;
    }

    public static IQueryable<Partnership> Project(IQueryable<Match> matches) =>
        matches.Select(m => new Partnership(
            m.Id,
            new PartnershipParties(
                m.Coach!.SchemeId,
                m.Status,
                m.Coach.PersonId,
                m.CoacheeId,
                m.Coachee!.LineManagerId,
                m.Coach.SupportingMentorId == null ? null : (Guid?)m.Coach.SupportingMentor!.PersonId),
            m.Kind,
            m.Status,
            m.StartedOn,
            m.EndedOn,
            m.CoachProfileId,
            new PartyPerson(m.Coach.PersonId, m.Coach.Person!.GivenName, m.Coach.Person.FamilyName, m.Coach.Person.Email, m.Coach.Person.PreferredLanguage),
            new PartyPerson(m.CoacheeId, m.Coachee.GivenName, m.Coachee.FamilyName, m.Coachee.Email, m.Coachee.PreferredLanguage),
            m.Coachee.LineManagerId == null
                ? null
                : new PartyPerson(m.Coachee.LineManager!.Id, m.Coachee.LineManager.GivenName, m.Coachee.LineManager.FamilyName, m.Coachee.LineManager.Email, m.Coachee.LineManager.PreferredLanguage),
            new SchemeRules(
                m.Coach.SchemeId,
                m.Coach.Scheme!.Name,
                m.Coach.Scheme.ReviewAfterSessions,
                m.Coach.Scheme.ReviewAfterMonths,
                m.Coach.Scheme.CancellationsBeforeReview,
                m.Coach.Scheme.RequiresDeclarationOfInterest,
                m.Coach.Scheme.SessionMinutesMin,
                m.Coach.Scheme.SessionMinutesMax,
                m.Coach.Scheme.TypicalSessionCount)));
}
