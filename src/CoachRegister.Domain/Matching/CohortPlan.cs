using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching.Suggestions;

namespace CoachRegister.Domain.Matching;

/// <summary>
/// A cohort the scheme team matches at once (a programme intake, a year's fellows): the requests, the pool of
/// coaches, and the planned coach of each request. It starts from the optimal assignment, the team may change
/// any pair to another eligible coach with a place (or leave a request out), and releasing it sends every
/// planned pair out as a proposal. Until then nobody outside the scheme team sees it.
/// </summary>
public class CohortPlan : Entity, IConcurrencyAware
{
    public const int MaxNameLength = 200;

    public Guid SchemeId { get; set; }
    public required string Name { get; set; }
    public CohortPlanStatus Status { get; set; }
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? ReleasedById { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
    public List<CohortPlanEntry> Entries { get; set; } = [];
    public List<CohortPlanCoach> Pool { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>A draft plan holding the solver's assignment (<paramref name="result"/>) for the cohort's requests and pool.</summary>
    public static CohortPlan Plan(Guid schemeId, string name, Cohort cohort, CohortResult result, Guid byPersonId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var plan = new CohortPlan
        {
            SchemeId = schemeId,
            Name = name.Trim(),
            Status = CohortPlanStatus.Draft,
            CreatedById = byPersonId,
            CreatedAt = at,
        };
        var planned = result.Matches.ToDictionary(m => m.RequestId, m => m.CoachId);
        plan.Entries.AddRange(cohort.RequestIds.Select(r => new CohortPlanEntry
        {
            CohortPlanId = plan.Id,
            MatchRequestId = r,
            CoachProfileId = planned.TryGetValue(r, out var coach) ? coach : null,
        }));
        plan.Pool.AddRange(cohort.Coaches.Select(c => new CohortPlanCoach { CohortPlanId = plan.Id, CoachProfileId = c.CoachId }));
        return plan;
    }

    /// <summary>
    /// Gives <paramref name="requestId"/> another coach of the pool, or none. <paramref name="cohort"/> is the
    /// cohort as it stands now: the pair must be one of its eligible pairs and the coach must have a place left
    /// after the plan's other pairs.
    /// </summary>
    public void Adjust(Guid requestId, Guid? coachProfileId, Cohort cohort, Guid byPersonId)
    {
        EnsureDraft();
        var entry = Entries.SingleOrDefault(e => e.MatchRequestId == requestId)
            ?? throw new ArgumentException("The request is not in this cohort.", nameof(requestId));
        if (coachProfileId is { } coach && coach != entry.CoachProfileId)
        {
            var eligible = cohort.Pairs.Any(p => p.RequestId == requestId && p.CoachId == coach);
            var places = cohort.Coaches.FirstOrDefault(c => c.CoachId == coach).Places;
            var taken = Entries.Count(e => e.CoachProfileId == coach && e.MatchRequestId != requestId);
            if (!eligible || taken >= places)
            {
                throw new RuleBrokenException(Rule.CoachNotEligible);
            }
        }

        entry.CoachProfileId = coachProfileId;
        entry.AdjustedById = byPersonId;
    }

    /// <summary>Marks the plan released; the proposals are made by <see cref="MatchRequest.Propose"/> for each planned pair.</summary>
    public void Release(Guid byPersonId, DateTimeOffset at)
    {
        EnsureDraft();
        Status = CohortPlanStatus.Released;
        ReleasedById = byPersonId;
        ReleasedAt = at;
    }

    public void Discard()
    {
        EnsureDraft();
        Status = CohortPlanStatus.Discarded;
    }

    public RecordParties AccessParties() => Parties(SchemeId);

    public static RecordParties Parties(Guid schemeId) => new(RecordKind.CohortPlan, schemeId);

    private void EnsureDraft()
    {
        if (Status != CohortPlanStatus.Draft)
        {
            throw new RuleBrokenException(Rule.CohortNotDraft);
        }
    }
}

public enum CohortPlanStatus
{
    Draft = 0,
    Released = 1,
    Discarded = 2,
}

/// <summary>A request in a cohort and the coach planned for it (none when it is left unmatched).</summary>
public class CohortPlanEntry : Entity
{
    public Guid CohortPlanId { get; set; }
    public Guid MatchRequestId { get; set; }
    public Guid? CoachProfileId { get; set; }
    /// <summary>Set when the scheme team changed the solver's choice.</summary>
    public Guid? AdjustedById { get; set; }
}

/// <summary>A coach in a cohort's pool.</summary>
public class CohortPlanCoach
{
    public Guid CohortPlanId { get; set; }
    public Guid CoachProfileId { get; set; }
}
