using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Tests.Schemes;

public class SchemeComplianceRulesTests
{
    [Theory]
    [InlineData(SchemePreset.LeadershipAcademy)]
    [InlineData(SchemePreset.PrimaryCareTrainingHub)]
    [InlineData(SchemePreset.LocalAuthority)]
    public void A_preset_stored_and_read_back_is_the_same_rules(SchemePreset preset)
    {
        var requirements = SchemeRequirementPresets.For(preset);
        var scheme = new Scheme { Name = "S", Code = "S" };

        scheme.UseRequirements(requirements);
        var read = scheme.Requirements;

        Assert.Equal(requirements.Year, read.Year);
        Assert.Equal(requirements.Coaches, read.Coaches);
        Assert.Equal(requirements.Mentors, read.Mentors);
        Assert.Equal(requirements.For(OfferType.Both), read.For(OfferType.Both));
        Assert.Equal((requirements.GroupSupervisionCounts, requirements.MinimumSessionHours, requirements.PauseAfterDaysOverdue),
            (read.GroupSupervisionCounts, read.MinimumSessionHours, read.PauseAfterDaysOverdue));
        Assert.Equal(requirements.Notices.ReminderDaysBefore, read.Notices.ReminderDaysBefore);
        Assert.Equal(requirements.Coaches.Caseload!.MaxQualified, scheme.MaxCoachees);
    }

    [Fact]
    public void Taking_a_preset_keeps_the_day_records_start()
    {
        var scheme = new Scheme { Name = "S", Code = "S", Compliance = new SchemeComplianceRules { RecordsStartOn = new DateOnly(2025, 4, 1) } };

        scheme.UseRequirements(SchemeRequirementPresets.LocalAuthority);

        Assert.Equal(new DateOnly(2025, 4, 1), scheme.Compliance.RecordsStartOn);
        Assert.Equal(ComplianceYear.CalendarYear, scheme.Requirements.Year);
    }

    [Fact]
    public void A_qualification_needs_both_a_level_and_months()
    {
        var role = new RoleMinimums { QualificationLevel = QualificationLevel.Ilm3 }.ToRole(new CaseloadLimits(4, 8));

        Assert.Null(role.Qualification);
    }

    [Theory]
    [InlineData("60,30,7", new[] { 60, 30, 7 })]
    [InlineData(" 7, 60 ,30,30", new[] { 60, 30, 7 })]
    [InlineData("0", new[] { 0 })]
    [InlineData("", new int[0])]
    public void Reminder_days_are_read_furthest_first(string text, int[] expected) =>
        Assert.Equal(expected, SchemeComplianceRules.ParseReminderDays(text));

    [Theory]
    [InlineData("60,-1")]
    [InlineData("sixty")]
    [InlineData("367")]
    [InlineData("7.5")]
    public void Reminder_days_that_are_not_whole_days_in_a_year_are_refused(string text) =>
        Assert.Null(SchemeComplianceRules.ParseReminderDays(text));
}
