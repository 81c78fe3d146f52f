using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

public class QualificationClockTests
{
    private static readonly SchemeRequirements Ilm3Within24Months = new()
    {
        Year = ComplianceYear.CalendarYear,
        Coaches = RoleRequirements.None,
        Mentors = new RoleRequirements { Qualification = new QualificationRequirement(QualificationLevel.Ilm3, 24) },
    };

    private static Practitioner MentorWith(params QualificationRecord[] qualifications) =>
        Mentor("2023-09-01") with { Qualifications = qualifications };

    private static QualificationRecord Ilm3InTraining(string firstAssignment = "2024-01-15") =>
        new(QualificationLevel.Ilm3, QualificationStatus.InTraining, Day(firstAssignment), null);

    [Theory]
    [InlineData("2025-11-15", ComplianceStatus.Compliant)]
    [InlineData("2025-12-15", ComplianceStatus.DueSoon)]
    [InlineData("2026-01-15", ComplianceStatus.DueSoon)]
    [InlineData("2026-01-16", ComplianceStatus.Paused)]
    [InlineData("2026-02-15", ComplianceStatus.Paused)]
    public void Mentoring_is_paused_the_day_after_24_months_from_the_first_assignment_without_the_award(string asOf, ComplianceStatus expected)
    {
        var result = ComplianceChecker.Check(Ilm3Within24Months, MentorWith(Ilm3InTraining()), ActivityRecords.None, Day(asOf));

        var qualification = result.Only(RequirementKind.Qualification);
        Assert.Equal(expected, result.Status);
        Assert.Equal(Day("2026-01-15"), qualification.Due);
        Assert.Equal(Day("2026-01-16"), qualification.PausesOn);
        Assert.Equal(new ComplianceReason(ReasonCode.QualificationNotAchieved, 1m, Day("2026-01-15")), qualification.Reason);
    }

    [Theory]
    [InlineData("2026-01-15", "2026-01-15", ComplianceStatus.Compliant)]
    [InlineData("2026-01-20", "2026-01-15", ComplianceStatus.DueSoon)]
    [InlineData("2026-01-20", "2026-01-19", ComplianceStatus.Paused)]
    [InlineData("2026-01-20", "2026-01-20", ComplianceStatus.Compliant)]
    public void Achieving_the_award_meets_the_requirement_from_that_day_and_lifts_a_pause(string achievedOn, string asOf, ComplianceStatus expected)
    {
        var achieved = new QualificationRecord(QualificationLevel.Ilm3, QualificationStatus.Achieved, Day("2024-01-15"), Day(achievedOn));

        var result = ComplianceChecker.Check(Ilm3Within24Months, MentorWith(achieved), ActivityRecords.None, Day(asOf));

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void An_extension_moves_the_qualification_deadline_and_gives_the_reason()
    {
        var extension = new ComplianceExtension(RequirementKind.Qualification, Day("2026-01-15"), Day("2026-07-15"), "Assignment deferred during maternity leave");
        var mentor = MentorWith(Ilm3InTraining()) with { Extensions = [extension] };

        var during = ComplianceChecker.Check(Ilm3Within24Months, mentor, ActivityRecords.None, Day("2026-03-01")).Only(RequirementKind.Qualification);
        var after = ComplianceChecker.Check(Ilm3Within24Months, mentor, ActivityRecords.None, Day("2026-07-16"));

        Assert.Equal(RequirementStatus.InProgress, during.Status);
        Assert.Equal(Day("2026-07-15"), during.Due);
        Assert.Equal(Day("2026-01-15"), during.OriginalDue);
        Assert.Equal(extension, during.Extension);
        Assert.Equal(ComplianceStatus.Paused, after.Status);
    }

    [Fact]
    public void Before_a_first_assignment_is_submitted_the_clock_has_not_started()
    {
        var enrolled = new QualificationRecord(QualificationLevel.Ilm3, QualificationStatus.InTraining, null, null);

        var result = ComplianceChecker.Check(Ilm3Within24Months, MentorWith(enrolled), ActivityRecords.None, Day("2030-01-01"));

        var qualification = result.Only(RequirementKind.Qualification);
        Assert.Equal(ComplianceStatus.Compliant, result.Status);
        Assert.Null(qualification.Due);
        Assert.Equal(ReasonCode.QualificationNotStarted, qualification.Reason.Code);
        Assert.Empty(qualification.Reminders);
    }

    [Theory]
    [InlineData(QualificationLevel.Ilm5, QualificationStatus.Achieved, ComplianceStatus.Compliant)]
    [InlineData(QualificationLevel.Ilm7, QualificationStatus.Achieved, ComplianceStatus.Compliant)]
    [InlineData(QualificationLevel.Other, QualificationStatus.Achieved, ComplianceStatus.Paused)]
    [InlineData(QualificationLevel.Ilm5, QualificationStatus.InTraining, ComplianceStatus.Paused)]
    public void A_higher_level_counts_and_an_equivalent_is_left_to_HR(QualificationLevel level, QualificationStatus status, ComplianceStatus expected)
    {
        var other = new QualificationRecord(level, status, null, status == QualificationStatus.Achieved ? Day("2024-01-01") : null);

        var result = ComplianceChecker.Check(Ilm3Within24Months, MentorWith(other, Ilm3InTraining("2023-06-01")), ActivityRecords.None, Day("2026-03-01"));

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void The_clock_runs_from_the_earliest_first_assignment_at_the_required_level_or_above()
    {
        var mentor = MentorWith(
            Ilm3InTraining("2025-03-01"),
            new QualificationRecord(QualificationLevel.Ilm5, QualificationStatus.InTraining, Day("2024-11-30"), null),
            new QualificationRecord(QualificationLevel.Other, QualificationStatus.InTraining, Day("2023-01-01"), null));

        var qualification = ComplianceChecker.Check(Ilm3Within24Months, mentor, ActivityRecords.None, Day("2025-06-01")).Only(RequirementKind.Qualification);

        Assert.Equal(Day("2026-11-30"), qualification.Due);
    }
}
