using CoachRegister.Data;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
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

/// <summary>Loads <see cref="Partnership"/> by the match, or by one of its sessions, in a single query.</summary>
public sealed class Partnerships(AppDbContext db)
{
    public Task<Partnership?> FindAsync(Guid matchId, CancellationToken ct) =>
        Project(db.Matches.AsNoTracking().Where(m => m.Id == matchId)).FirstOrDefaultAsync(ct);

    public Task<Partnership?> ForSessionAsync(Guid sessionId, CancellationToken ct) =>
        Project(db.Matches.AsNoTracking().Where(m => db.SessionRecords.Any(s => s.Id == sessionId && s.MatchId == m.Id))).FirstOrDefaultAsync(ct);

    public Task<Partnership?> ForPlanItemAsync(Guid itemId, CancellationToken ct) =>
        Project(db.Matches.AsNoTracking().Where(m => db.DevelopmentPlanItems.Any(i => i.Id == itemId && i.MatchId == m.Id))).FirstOrDefaultAsync(ct);

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
