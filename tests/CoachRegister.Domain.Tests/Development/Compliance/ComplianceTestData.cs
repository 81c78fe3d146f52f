using System.Globalization;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Tests.Development.Compliance;

internal static class ComplianceTestData
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Coaches need two supervision sessions a year; mentors nothing.</summary>
    public static SchemeRequirements TwoSupervisionsA(ComplianceYear year) => new()
    {
        Year = year,
        Coaches = new RoleRequirements { SupervisionSessions = 2 },
        Mentors = RoleRequirements.None,
    };

    public static Practitioner Coach(string onRegisterSince) =>
        new() { Roles = OfferType.Coaching, OnRegisterSince = Day(onRegisterSince) };

    public static Practitioner Mentor(string onRegisterSince) =>
        new() { Roles = OfferType.Mentoring, OnRegisterSince = Day(onRegisterSince) };

    /// <summary>Confirmed one-hour one-to-one sessions.</summary>
    public static ActivityRecords Supervision(params string[] dates) =>
        new() { Supervision = dates.Select(d => new SupervisionRecord(Day(d), SupervisionFormat.OneToOne, 1m, true)).ToList() };

    public static RequirementResult Only(this ComplianceResult result, RequirementKind kind) =>
        Assert.Single(result.Requirements, r => r.Kind == kind);

    /// <summary>The result for the period that ends (before extensions) on a date.</summary>
    public static RequirementResult For(this ComplianceResult result, RequirementKind kind, string originalDue) =>
        Assert.Single(result.Requirements, r => r.Kind == kind && r.OriginalDue == Day(originalDue));

    /// <summary>What the web layer reads, without the reminder list (a list compares by reference).</summary>
    public static object Summary(this RequirementResult r) =>
        (r.Kind, r.Period, r.Required, r.Done, r.Shortfall, r.Due, r.Status, r.Reason, r.AwaitingConfirmation, r.UsedForPreviousPeriod,
            string.Join(",", r.Reminders.Select(d => $"{d.DaysBefore}:{d.SendOn:yyyy-MM-dd}")));
}
