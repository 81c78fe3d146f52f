using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

public class CountingRulesTests
{
    private static readonly SchemeRequirements OneOfEach = new()
    {
        Year = ComplianceYear.CalendarYear,
        Coaches = new RoleRequirements { SupervisionSessions = 1, PeerSupportSessions = 1, CpdActivities = 1, TrainingWorkshops = 1 },
        Mentors = RoleRequirements.None,
    };

    private static decimal Done(SchemeRequirements scheme, ActivityRecords records, RequirementKind kind) =>
        ComplianceChecker.Check(scheme, Coach("2026-01-01"), records, Day("2026-06-30")).Only(kind).Done;

    [Fact]
    public void Unconfirmed_supervision_does_not_count_and_is_shown_as_awaiting_confirmation()
    {
        var records = new ActivityRecords { Supervision = [new SupervisionRecord(Day("2026-03-01"), SupervisionFormat.OneToOne, 1m, false)] };

        var supervision = ComplianceChecker.Check(OneOfEach, Coach("2026-01-01"), records, Day("2026-06-30")).Only(RequirementKind.SupervisionSessions);

        Assert.Equal(0m, supervision.Done);
        Assert.Equal(1m, supervision.Shortfall);
        Assert.Equal(1m, supervision.AwaitingConfirmation);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void Group_supervision_counts_only_where_the_scheme_says_so(bool groupCounts, int expected)
    {
        var records = new ActivityRecords { Supervision = [new SupervisionRecord(Day("2026-03-01"), SupervisionFormat.Group, 1.5m, true)] };

        Assert.Equal(expected, Done(OneOfEach with { GroupSupervisionCounts = groupCounts }, records, RequirementKind.SupervisionSessions));
    }

    [Theory]
    [InlineData(0.0, 0.5, 1)]
    [InlineData(1.0, 0.99, 0)]
    [InlineData(1.0, 1.0, 1)]
    public void Sessions_shorter_than_the_schemes_minimum_length_do_not_count(double minimumHours, double hours, int expected)
    {
        var scheme = OneOfEach with { MinimumSessionHours = (decimal)minimumHours };
        var records = new ActivityRecords
        {
            Supervision = [new SupervisionRecord(Day("2026-03-01"), SupervisionFormat.OneToOne, (decimal)hours, true)],
            PeerSupport = [new PeerSupportRecord(Day("2026-03-08"), (decimal)hours)],
        };

        Assert.Equal(expected, Done(scheme, records, RequirementKind.SupervisionSessions));
        Assert.Equal(expected, Done(scheme, records, RequirementKind.PeerSupportSessions));
    }

    [Fact]
    public void A_workshop_is_a_CPD_activity_too_and_other_CPD_is_not_a_workshop()
    {
        var records = new ActivityRecords { Cpd = [new CpdRecord(Day("2026-02-01"), true), new CpdRecord(Day("2026-03-01"), false)] };

        Assert.Equal(2m, Done(OneOfEach, records, RequirementKind.CpdActivities));
        Assert.Equal(1m, Done(OneOfEach, records, RequirementKind.TrainingWorkshops));
    }

    [Fact]
    public void Peer_support_is_not_supervision()
    {
        var records = new ActivityRecords { PeerSupport = [new PeerSupportRecord(Day("2026-03-08"), 1m)] };

        Assert.Equal(0m, Done(OneOfEach, records, RequirementKind.SupervisionSessions));
    }

    [Fact]
    public void Mentors_are_exempt_where_the_scheme_sets_them_no_minimum()
    {
        var result = ComplianceChecker.Check(OneOfEach, Mentor("2020-01-01"), ActivityRecords.None, Day("2026-06-30"));

        Assert.Equal(ComplianceStatus.Compliant, result.Status);
        Assert.Empty(result.Requirements);
    }

    [Fact]
    public void Someone_who_is_both_coach_and_mentor_meets_the_stricter_minimum_of_each_with_one_set_of_records()
    {
        var scheme = new SchemeRequirements
        {
            Year = ComplianceYear.CalendarYear,
            Coaches = new RoleRequirements { SupervisionSessions = 2, PracticeHours = 12m },
            Mentors = new RoleRequirements { SupervisionSessions = 4, PeerSupportSessions = 4 },
        };
        var both = Coach("2026-01-01") with { Roles = OfferType.Both };

        var result = ComplianceChecker.Check(scheme, both, Supervision("2026-02-01", "2026-03-01"), Day("2026-06-30"));

        Assert.Equal(
            [(RequirementKind.PracticeHours, 12m), (RequirementKind.SupervisionSessions, 4m), (RequirementKind.PeerSupportSessions, 4m)],
            result.Requirements.Select(r => (r.Kind, r.Required)));
        Assert.Equal(2m, result.Only(RequirementKind.SupervisionSessions).Shortfall);
    }

    [Fact]
    public void The_worst_requirement_sets_the_overall_status()
    {
        var scheme = OneOfEach with { PauseAfterDaysOverdue = 10 };
        var records = new ActivityRecords
        {
            Supervision = [new SupervisionRecord(Day("2026-03-01"), SupervisionFormat.OneToOne, 1m, true)],
            Cpd = [new CpdRecord(Day("2026-02-01"), true)],
        };

        var result = ComplianceChecker.Check(scheme, Coach("2026-01-01"), records, Day("2027-01-20"));

        Assert.Equal(RequirementStatus.Paused, result.For(RequirementKind.PeerSupportSessions, "2026-12-31").Status);
        Assert.Equal(RequirementStatus.InProgress, result.For(RequirementKind.SupervisionSessions, "2027-12-31").Status);
        Assert.Equal(ComplianceStatus.Paused, result.Status);
    }
}
