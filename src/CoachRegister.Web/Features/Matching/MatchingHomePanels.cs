using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Matching;

public sealed record MyOpenRequest(Guid Id, OfferType Wanted, MatchRequestStatus Status, LineManagerSupport Support, MatchStatus? OpenMatch, Guid? OpenMatchId, DateOnly? MeetingOn);

public sealed record RequestToSupport(Guid Id, string RequesterName, OfferType Wanted, DateTimeOffset? SubmittedAt);

public sealed record ProposalWaiting(Guid MatchId, string RequesterName, OfferType Kind, MatchStatus Status, DateTimeOffset? RespondBy, DateOnly? MeetingOn, bool Answered);

public sealed record MatchingQueue(int Waiting, int OldestWaitingDays, int Waitlisted, int WaitlistedWithCoachNow, int ProposalsOut);

/// <summary>What waits for each person in matching, for the home page: their request, requests to support, proposals, the queue.</summary>
public sealed record MatchingPanels(
    MyOpenRequest? MyRequest,
    IReadOnlyList<RequestToSupport> ToSupport,
    IReadOnlyList<ProposalWaiting> Proposals,
    MatchingQueue? Queue);

/// <summary>Builds <see cref="MatchingPanels"/> from the asker's own records through the list scopes, one small query per panel.</summary>
public sealed class MatchingHomePanels(AppDbContext db, WaitlistWatch waitlist, TimeProvider time)
{
    public async Task<MatchingPanels> GetAsync(Asker asker, CancellationToken ct)
    {
        var mine = await db.MatchRequests.AsNoTracking().MadeBy(asker)
            .Where(r => MatchRequestRules.Open.Contains(r.Status))
            .Select(r => new
            {
                r.Id,
                r.Wanted,
                r.Status,
                r.LineManagerSupport,
                Open = r.Matches.Where(m => Match.OpenProposal.Contains(m.Status))
                    .Select(m => new { m.Id, m.Status, m.ChemistryMeetingOn }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);

        var toSupport = await db.MatchRequests.AsNoTracking().AwaitingAnswerFrom(asker)
            .OrderBy(r => r.SubmittedAt)
            .Select(r => new RequestToSupport(r.Id, r.Requester!.GivenName + " " + r.Requester.FamilyName, r.Wanted, r.SubmittedAt))
            .ToListAsync(ct);

        var proposals = await db.Matches.AsNoTracking().ProposedTo(asker)
            .Where(m => m.MatchRequestId != null && Match.OpenProposal.Contains(m.Status))
            .OrderBy(m => m.CreatedAt)
            .Select(m => new ProposalWaiting(m.Id, m.Coachee!.GivenName + " " + m.Coachee.FamilyName, m.Kind, m.Status, m.RespondBy, m.ChemistryMeetingOn, m.CoachWantsToGoOn != null))
            .ToListAsync(ct);

        MatchingQueue? queue = null;
        if (asker.AdministersAnyScheme)
        {
            var supported = db.MatchRequests.AsNoTracking().SupportedInSchemesOf(asker);
            var waiting = supported.Where(r => r.Status == MatchRequestStatus.AwaitingMatch);
            var oldest = await waiting.OrderBy(r => r.LineManagerRespondedAt).Select(r => r.LineManagerRespondedAt).FirstOrDefaultAsync(ct);
            queue = new MatchingQueue(
                await waiting.CountAsync(ct),
                oldest is { } at ? Math.Max(0, (int)(time.GetUtcNow() - at).TotalDays) : 0,
                await supported.CountAsync(r => r.Status == MatchRequestStatus.Waitlisted, ct),
                await waitlist.WaitlistedWithACoachNowAsync(asker, ct),
                await supported.CountAsync(r => r.Status == MatchRequestStatus.Proposed, ct));
        }

        return new MatchingPanels(
            mine is null ? null : new MyOpenRequest(mine.Id, mine.Wanted, mine.Status, mine.LineManagerSupport, mine.Open?.Status, mine.Open?.Id, mine.Open?.ChemistryMeetingOn),
            toSupport,
            proposals,
            queue);
    }
}
