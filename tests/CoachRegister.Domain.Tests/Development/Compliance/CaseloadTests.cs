using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

public class CaseloadTests
{
    private static SchemeRequirements Limits(QualificationRequirement? qualification) => new()
    {
        Year = ComplianceYear.CalendarYear,
        Coaches = new RoleRequirements { Caseload = new CaseloadLimits(4, 8), Qualification = qualification },
        Mentors = RoleRequirements.None,
    };

    private static RequirementResult Caseload(SchemeRequirements scheme, int active, params QualificationRecord[] qualifications) =>
        ComplianceChecker.Check(scheme, Coach("2020-01-01") with { ActiveCoachees = active, Qualifications = qualifications }, ActivityRecords.None, Day("2026-06-30"))
            .Only(RequirementKind.Caseload);

    [Theory]
    [InlineData(4, QualificationStatus.InTraining, RequirementStatus.Met)]
    [InlineData(5, QualificationStatus.InTraining, RequirementStatus.NotCompliant)]
    [InlineData(8, QualificationStatus.Achieved, RequirementStatus.Met)]
    [InlineData(9, QualificationStatus.Achieved, RequirementStatus.NotCompliant)]
    public void The_caseload_limit_is_lower_until_the_required_qualification_is_achieved(int active, QualificationStatus status, RequirementStatus expected)
    {
        var ilm3 = new QualificationRecord(QualificationLevel.Ilm3, status, Day("2025-09-01"), status == QualificationStatus.Achieved ? Day("2026-01-01") : null);

        var caseload = Caseload(Limits(new QualificationRequirement(QualificationLevel.Ilm3, 24)), active, ilm3);

        Assert.Equal(expected, caseload.Status);
        Assert.Equal(Math.Max(0, active - caseload.Required), caseload.Shortfall);
    }

    [Fact]
    public void Over_the_limit_reads_as_the_number_of_coachees_too_many()
    {
        var caseload = Caseload(Limits(null), 10);

        Assert.Equal(new ComplianceReason(ReasonCode.CaseloadOverLimit, 2m, null), caseload.Reason);
        Assert.Equal(8m, caseload.Required);
    }

    [Fact]
    public void Without_a_qualification_clock_any_qualification_in_training_means_developing()
    {
        var ilm7 = new QualificationRecord(QualificationLevel.Ilm7, QualificationStatus.InTraining, null, null);

        Assert.Equal(4m, Caseload(Limits(null), 3, ilm7).Required);
    }

    [Fact]
    public void Without_a_count_of_coachees_the_caseload_is_not_checked()
    {
        var result = ComplianceChecker.Check(Limits(null), Coach("2020-01-01"), ActivityRecords.None, Day("2026-06-30"));

        Assert.Empty(result.Requirements);
    }
}
