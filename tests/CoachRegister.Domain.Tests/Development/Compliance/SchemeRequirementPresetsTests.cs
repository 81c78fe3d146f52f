using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

public class SchemeRequirementPresetsTests
{
    private static ActivityRecords AcademyYear(decimal practiceHours) => new()
    {
        Practice = [new PracticeRecord(Day("2025-09-01"), practiceHours - 4m), new PracticeRecord(Day("2026-02-01"), 4m)],
        Supervision =
        [
            new SupervisionRecord(Day("2025-07-01"), SupervisionFormat.Group, 2m, true),
            new SupervisionRecord(Day("2026-01-15"), SupervisionFormat.OneToOne, 1m, true),
        ],
        Cpd = [new CpdRecord(Day("2025-10-01"), false), new CpdRecord(Day("2026-03-01"), false)],
    };

    [Theory]
    [InlineData(12.0, ComplianceStatus.Compliant)]
    [InlineData(11.5, ComplianceStatus.NotCompliant)]
    public void An_academy_coach_evidences_12_hours_2_supervisions_and_2_CPD_activities_in_the_last_12_months(double hours, ComplianceStatus expected)
    {
        var result = ComplianceChecker.Check(SchemeRequirementPresets.LeadershipAcademy, Coach("2025-03-01"), AcademyYear((decimal)hours), Day("2026-04-01"));

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void An_academy_coach_who_stays_short_is_paused_after_90_days()
    {
        var records = AcademyYear(12m) with { Cpd = [new CpdRecord(Day("2025-10-01"), false)] };

        var cpd = ComplianceChecker.Check(SchemeRequirementPresets.LeadershipAcademy, Coach("2025-03-01"), records, Day("2026-05-01")).Only(RequirementKind.CpdActivities);

        Assert.Equal(RequirementStatus.NotCompliant, cpd.Status);
        Assert.Equal(Day("2026-02-28"), cpd.Due);
        Assert.Equal(Day("2026-05-30"), cpd.PausesOn);
    }

    [Fact]
    public void An_academy_mentor_has_no_minimum()
    {
        var result = ComplianceChecker.Check(SchemeRequirementPresets.LeadershipAcademy, Mentor("2020-01-01"), ActivityRecords.None, Day("2026-04-01"));

        Assert.Equal(ComplianceStatus.Compliant, result.Status);
        Assert.Empty(result.Requirements);
    }

    private static readonly ActivityRecords HubYear = new()
    {
        Supervision = new[] { "2025-05-01", "2025-08-01", "2025-11-01", "2026-02-01" }
            .Select(d => new SupervisionRecord(Day(d), SupervisionFormat.OneToOne, 1m, true)).ToList(),
        PeerSupport = new[] { "2025-04-10", "2025-07-10", "2025-10-10", "2026-01-10" }.Select(d => new PeerSupportRecord(Day(d), 1m)).ToList(),
        Cpd = [new CpdRecord(Day("2025-06-01"), true)],
    };

    private static readonly Practitioner QualifiedHubMentor = Mentor("2025-04-01") with
    {
        Qualifications = [new QualificationRecord(QualificationLevel.Ilm3, QualificationStatus.Achieved, Day("2024-05-01"), Day("2025-03-01"))],
        ActiveCoachees = 8,
    };

    [Fact]
    public void A_hub_mentor_with_4_supervisions_4_peer_support_sessions_and_a_workshop_in_the_April_year_is_compliant()
    {
        var result = ComplianceChecker.Check(SchemeRequirementPresets.PrimaryCareTrainingHub, QualifiedHubMentor, HubYear, Day("2026-03-31"));

        Assert.Equal(ComplianceStatus.Compliant, result.Status);
        Assert.All(result.Requirements, r => Assert.Equal(RequirementStatus.Met, r.Status));
    }

    [Theory]
    [InlineData(SupervisionFormat.Group, 1.0)]
    [InlineData(SupervisionFormat.OneToOne, 0.5)]
    public void The_hub_counts_only_one_to_one_supervision_of_an_hour(SupervisionFormat format, double hours)
    {
        var records = HubYear with
        {
            Supervision = [.. HubYear.Supervision.Take(3), new SupervisionRecord(Day("2026-02-01"), format, (decimal)hours, true)],
        };

        var result = ComplianceChecker.Check(SchemeRequirementPresets.PrimaryCareTrainingHub, QualifiedHubMentor, records, Day("2026-04-01"));

        Assert.Equal(ComplianceStatus.NotCompliant, result.Status);
        Assert.Equal(new ComplianceReason(ReasonCode.SupervisionShort, 1m, Day("2026-03-31")), result.For(RequirementKind.SupervisionSessions, "2026-03-31").Reason);
    }

    [Fact]
    public void A_hub_mentor_still_in_training_24_months_after_the_first_assignment_is_paused_and_limited_to_4_mentees()
    {
        var mentor = QualifiedHubMentor with
        {
            Qualifications = [new QualificationRecord(QualificationLevel.Ilm3, QualificationStatus.InTraining, Day("2024-03-20"), null)],
            ActiveCoachees = 4,
        };

        var result = ComplianceChecker.Check(SchemeRequirementPresets.PrimaryCareTrainingHub, mentor, HubYear, Day("2026-03-21"));

        Assert.Equal(ComplianceStatus.Paused, result.Status);
        Assert.Equal(Day("2026-03-20"), result.Only(RequirementKind.Qualification).Due);
        Assert.Equal(4m, result.Only(RequirementKind.Caseload).Required);
    }

    [Fact]
    public void A_council_mentor_needs_supervision_and_peer_support_and_missing_them_does_not_pause()
    {
        var result = ComplianceChecker.Check(SchemeRequirementPresets.LocalAuthority, Mentor("2020-01-01"), ActivityRecords.None, Day("2027-06-30"));

        Assert.Equal(ComplianceStatus.NotCompliant, result.Status);
        Assert.Equal(
            [(RequirementKind.SupervisionSessions, 2m), (RequirementKind.PeerSupportSessions, 4m)],
            result.Requirements.Where(r => r.OriginalDue == Day("2026-12-31")).Select(r => (r.Kind, r.Required)));
        Assert.All(result.Requirements, r => Assert.Null(r.PausesOn));
    }

    [Fact]
    public void The_presets_pause_only_where_their_source_says_so()
    {
        Assert.Equal(90, SchemeRequirementPresets.LeadershipAcademy.PauseAfterDaysOverdue);
        Assert.Null(SchemeRequirementPresets.PrimaryCareTrainingHub.PauseAfterDaysOverdue);
        Assert.Null(SchemeRequirementPresets.LocalAuthority.PauseAfterDaysOverdue);
        Assert.Equal(RoleRequirements.None with { Caseload = new CaseloadLimits(3, 6) }, SchemeRequirementPresets.LeadershipAcademy.For(OfferType.Mentoring));
    }
}
