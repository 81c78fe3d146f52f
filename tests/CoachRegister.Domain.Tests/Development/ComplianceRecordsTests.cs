using CoachRegister.Domain.Common;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;

namespace CoachRegister.Domain.Tests.Development;

public class ComplianceRecordsTests
{
    private static readonly DateOnly Deadline = new(2026, 3, 31);

    [Fact]
    public void An_extension_moves_a_deadline_later_with_a_reason()
    {
        var grant = ComplianceExtensionGrant.Grant(Guid.NewGuid(), RequirementKind.SupervisionSessions, Deadline, Deadline.AddDays(30), "  Long-term sick leave ", null, DateTimeOffset.UtcNow);

        Assert.Equal(new ComplianceExtension(RequirementKind.SupervisionSessions, Deadline, Deadline.AddDays(30), "Long-term sick leave"), grant.ToExtension());
    }

    [Theory]
    [InlineData(0, "Reason")]
    [InlineData(-1, "Reason")]
    [InlineData(1, " ")]
    public void An_extension_to_the_same_or_an_earlier_day_or_without_a_reason_is_refused(int days, string reason) =>
        Assert.Equal(Rule.ExtensionNotLater, Assert.Throws<RuleBrokenException>(() =>
            ComplianceExtensionGrant.Grant(Guid.NewGuid(), RequirementKind.Qualification, Deadline, Deadline.AddDays(days), reason, null, DateTimeOffset.UtcNow)).Rule);

    [Fact]
    public void A_standing_reports_a_change_only_after_the_first_check()
    {
        var standing = new ComplianceStanding { CoachProfileId = Guid.NewGuid(), JoinedOn = Deadline };

        Assert.False(standing.Record(ComplianceStatus.NotCompliant, Deadline));
        Assert.False(standing.Record(ComplianceStatus.NotCompliant, Deadline.AddDays(1)));
        Assert.True(standing.Record(ComplianceStatus.Compliant, Deadline.AddDays(2)));
        Assert.Equal(Deadline.AddDays(2), standing.CheckedOn);
    }
}
