using CoachRegister.Domain.Development.Compliance;
using static CoachRegister.Domain.Tests.Development.Compliance.ComplianceTestData;

namespace CoachRegister.Domain.Tests.Development.Compliance;

public class ExtensionTests
{
    private static readonly SchemeRequirements Calendar = TwoSupervisionsA(ComplianceYear.CalendarYear) with { PauseAfterDaysOverdue = 30 };

    private static readonly ComplianceExtension ToEndOfMarch =
        new(RequirementKind.SupervisionSessions, Day("2025-12-31"), Day("2026-03-31"), "Long-term sick leave");

    private static Practitioner CoachWith(params ComplianceExtension[] extensions) => Coach("2020-01-01") with { Extensions = extensions };

    [Theory]
    [InlineData("2026-01-31", RequirementStatus.InProgress)]
    [InlineData("2026-02-15", RequirementStatus.DueSoon)]
    [InlineData("2026-03-31", RequirementStatus.DueSoon)]
    [InlineData("2026-04-01", RequirementStatus.NotCompliant)]
    [InlineData("2026-05-01", RequirementStatus.Paused)]
    public void An_extension_moves_the_deadline_and_everything_that_follows_from_it(string asOf, RequirementStatus expected)
    {
        var scheme = Calendar with { Notices = new ComplianceNotices { DueSoonDays = 45 } };

        var previous = ComplianceChecker.Check(scheme, CoachWith(ToEndOfMarch), Supervision("2025-06-01"), Day(asOf))
            .For(RequirementKind.SupervisionSessions, "2025-12-31");

        Assert.Equal(expected, previous.Status);
        Assert.Equal(Day("2026-03-31"), previous.Due);
        Assert.Equal(Day("2026-05-01"), previous.PausesOn);
        Assert.Equal("Long-term sick leave", previous.Extension?.Reason);
        Assert.Equal(new ComplianceReason(ReasonCode.SupervisionShort, 1m, Day("2026-03-31")), previous.Reason);
    }

    [Fact]
    public void Extensions_chain()
    {
        var again = new ComplianceExtension(RequirementKind.SupervisionSessions, Day("2026-03-31"), Day("2026-06-30"), "Still on sick leave");

        var previous = ComplianceChecker.Check(Calendar, CoachWith(ToEndOfMarch, again), Supervision("2025-06-01"), Day("2026-04-15"))
            .For(RequirementKind.SupervisionSessions, "2025-12-31");

        Assert.Equal(Day("2026-06-30"), previous.Due);
        Assert.Equal(again, previous.Extension);
    }

    [Fact]
    public void An_extension_leaves_other_requirements_and_later_years_alone()
    {
        var scheme = Calendar with { Coaches = new RoleRequirements { SupervisionSessions = 2, PeerSupportSessions = 1 } };

        var result = ComplianceChecker.Check(scheme, CoachWith(ToEndOfMarch), Supervision("2025-06-01"), Day("2026-02-01"));

        Assert.Equal(Day("2025-12-31"), result.For(RequirementKind.PeerSupportSessions, "2025-12-31").Due);
        Assert.Equal(Day("2026-12-31"), result.For(RequirementKind.SupervisionSessions, "2026-12-31").Due);
        Assert.Null(result.For(RequirementKind.SupervisionSessions, "2026-12-31").Extension);
    }

    [Fact]
    public void An_extension_to_an_earlier_date_moves_nothing()
    {
        var backwards = new ComplianceExtension(RequirementKind.SupervisionSessions, Day("2025-12-31"), Day("2025-11-30"), "Typed the wrong way round");

        var previous = ComplianceChecker.Check(Calendar, CoachWith(backwards), Supervision("2025-06-01"), Day("2026-01-10"))
            .For(RequirementKind.SupervisionSessions, "2025-12-31");

        Assert.Equal(Day("2025-12-31"), previous.Due);
        Assert.Null(previous.Extension);
    }

    [Fact]
    public void A_rolling_extension_holds_while_new_records_move_the_deadline_it_was_granted_on()
    {
        var rolling = TwoSupervisionsA(ComplianceYear.Rolling) with { Coaches = new RoleRequirements { SupervisionSessions = 3 } };
        var extension = new ComplianceExtension(RequirementKind.SupervisionSessions, Day("2025-04-01"), Day("2026-06-30"), "Supervisor left the scheme");
        var coach = CoachWith(extension);

        var granted = ComplianceChecker.Check(rolling, coach, Supervision("2024-04-01", "2024-06-01", "2025-08-01"), Day("2026-01-10"))
            .Only(RequirementKind.SupervisionSessions);
        var afterOneMore = ComplianceChecker.Check(rolling, coach, Supervision("2024-04-01", "2024-06-01", "2025-08-01", "2026-01-10"), Day("2026-01-10"))
            .Only(RequirementKind.SupervisionSessions);

        Assert.Equal(Day("2025-04-01"), granted.OriginalDue);
        Assert.Equal(Day("2026-06-30"), granted.Due);
        Assert.Equal(Day("2025-06-01"), afterOneMore.OriginalDue);
        Assert.Equal(1m, afterOneMore.Shortfall);
        Assert.Equal(Day("2026-06-30"), afterOneMore.Due);
    }
}
