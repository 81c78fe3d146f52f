using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Matching.Suggestions;

namespace CoachRegister.Domain.Tests.Matching;

public class CohortPlanTests
{
    private static readonly Guid R1 = Guid.NewGuid();
    private static readonly Guid R2 = Guid.NewGuid();
    private static readonly Guid R3 = Guid.NewGuid();
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    /// <summary>Coach A has one place and suits everyone; B has one place and suits only the second request.</summary>
    private static Cohort Cohort() => new(
        [R1, R2, R3],
        [new CohortCoach(A, 1), new CohortCoach(B, 1)],
        [new EligiblePair(R1, A, 50), new EligiblePair(R2, A, 60), new EligiblePair(R2, B, 40), new EligiblePair(R3, A, 10)]);

    [Fact]
    public void A_plan_starts_from_the_solvers_assignment_with_every_request_and_the_pool()
    {
        var cohort = Cohort();
        var plan = CohortPlan.Plan(Guid.NewGuid(), " Spring intake ", cohort, CohortMatching.Optimal(cohort), Guid.NewGuid(), DateTimeOffset.UtcNow);

        Assert.Equal("Spring intake", plan.Name);
        Assert.Equal(CohortPlanStatus.Draft, plan.Status);
        Assert.Equal([R1, R2, R3], plan.Entries.Select(e => e.MatchRequestId));
        Assert.Equal([A, B], plan.Pool.Select(c => c.CoachProfileId));
        Assert.Equal(A, plan.Entries.Single(e => e.MatchRequestId == R1).CoachProfileId);
        Assert.Equal(B, plan.Entries.Single(e => e.MatchRequestId == R2).CoachProfileId);
        Assert.Null(plan.Entries.Single(e => e.MatchRequestId == R3).CoachProfileId);
    }

    [Fact]
    public void An_adjustment_must_be_an_eligible_pair_with_a_place_left()
    {
        var cohort = Cohort();
        var plan = CohortPlan.Plan(Guid.NewGuid(), "Fellows", cohort, CohortMatching.Optimal(cohort), Guid.NewGuid(), DateTimeOffset.UtcNow);
        var hr = Guid.NewGuid();

        Assert.Equal(Rule.CoachNotEligible, Assert.Throws<RuleBrokenException>(() => plan.Adjust(R3, A, cohort, hr)).Rule);
        Assert.Equal(Rule.CoachNotEligible, Assert.Throws<RuleBrokenException>(() => plan.Adjust(R1, B, cohort, hr)).Rule);

        plan.Adjust(R1, null, cohort, hr);
        plan.Adjust(R3, A, cohort, hr);

        var third = plan.Entries.Single(e => e.MatchRequestId == R3);
        Assert.Equal(A, third.CoachProfileId);
        Assert.Equal(hr, third.AdjustedById);
        Assert.Null(plan.Entries.Single(e => e.MatchRequestId == R1).CoachProfileId);
    }

    [Fact]
    public void A_released_plan_changes_no_more_and_only_the_scheme_team_sees_a_plan()
    {
        var cohort = Cohort();
        var scheme = Guid.NewGuid();
        var plan = CohortPlan.Plan(scheme, "Fellows", cohort, CohortMatching.Optimal(cohort), Guid.NewGuid(), DateTimeOffset.UtcNow);
        var hr = Guid.NewGuid();

        plan.Release(hr, DateTimeOffset.UtcNow);

        Assert.Equal(CohortPlanStatus.Released, plan.Status);
        Assert.Equal(Rule.CohortNotDraft, Assert.Throws<RuleBrokenException>(() => plan.Release(hr, DateTimeOffset.UtcNow)).Rule);
        Assert.Equal(Rule.CohortNotDraft, Assert.Throws<RuleBrokenException>(() => plan.Adjust(R1, null, cohort, hr)).Rule);
        Assert.Equal(Rule.CohortNotDraft, Assert.Throws<RuleBrokenException>(plan.Discard).Rule);

        var schemeTeam = new Asker(Guid.NewGuid(), null, new HashSet<Guid>(), new HashSet<Guid> { scheme }, false);
        var staff = new Asker(Guid.NewGuid(), scheme, new HashSet<Guid> { scheme }, new HashSet<Guid>(), false);
        Assert.Equal(Access.Write, AccessPolicy.AccessOf(schemeTeam, plan.AccessParties()));
        Assert.Equal(Access.None, AccessPolicy.AccessOf(staff, plan.AccessParties()));
    }
}
