using CoachRegister.Data;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.Compliance;

/// <summary>
/// The set-based evaluation must give exactly the checker's answer from each person's raw records
/// (<see cref="ComplianceEvidence.FromRecords"/>), for every kind of year, around year ends and leap days.
/// </summary>
public class ComplianceEvaluationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(SchemePreset.LeadershipAcademy, "2026-03-01")]
    [InlineData(SchemePreset.LeadershipAcademy, "2025-03-01")]
    [InlineData(SchemePreset.PrimaryCareTrainingHub, "2026-04-01")]
    [InlineData(SchemePreset.PrimaryCareTrainingHub, "2026-03-31")]
    [InlineData(SchemePreset.LocalAuthority, "2026-01-15")]
    public async Task The_database_evaluation_agrees_with_the_checker_on_raw_records(SchemePreset preset, string asOfText)
    {
        var asOf = DateOnly.Parse(asOfText, System.Globalization.CultureInfo.InvariantCulture);
        var scheme = await factory.SchemeAsync(s => s.UseRequirements(SchemeRequirementPresets.For(preset)));
        var random = new Random(asOf.DayNumber + (int)preset);
        var expected = new Dictionary<Guid, ComplianceResult>();
        for (var i = 0; i < 14; i++)
        {
            var joined = asOf.AddDays(-random.Next(10, 1100));
            var offers = (OfferType)random.Next(1, 4);
            var person = await factory.PersonAsync("Pat", "Coach" + i);
            var profile = await factory.ProfileAsync(person.PersonId, scheme.Id, p =>
            {
                p.Offers = offers;
                p.CreatedAt = new DateTimeOffset(joined.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            });
            var records = await AddRecordsAsync(profile.Id, asOf, random);
            var qualification = new QualificationRecord(QualificationLevel.Ilm3, QualificationStatus.InTraining, joined.AddDays(random.Next(0, 60)), null);
            await factory.WithDbAsync(async db =>
            {
                db.Qualifications.Add(new Qualification
                {
                    CoachProfileId = profile.Id, Level = qualification.Level, Status = qualification.Status,
                    FirstAssignmentSubmittedOn = qualification.FirstAssignmentSubmittedOn,
                });
                await db.SaveChangesAsync();
            });
            var practitioner = new Practitioner { Roles = offers, OnRegisterSince = joined, Qualifications = [qualification], ActiveCoachees = 0 };
            var loaded = await factory.WithDbAsync(db => Task.FromResult(db.Schemes.Single(s => s.Id == scheme.Id)));
            expected[profile.Id] = ComplianceChecker.Check(loaded.Requirements, practitioner, records, asOf);
        }

        factory.Commands.Reset();
        var standings = await factory.WithServicesAsync(s => s.GetRequiredService<ComplianceEvaluation>().EvaluateAsync(scheme.Id, asOf));
        var commands = factory.Commands.Mentioning("CoachProfiles").Count;

        Assert.Equal(expected.Count, standings.Count);
        foreach (var standing in standings)
        {
            var want = expected[standing.ProfileId];
            Assert.Equal(want.Status, standing.Result.Status);
            Assert.Equal(want.Requirements.Select(Summary), standing.Result.Requirements.Select(Summary));
        }

        Assert.True(commands <= 12, $"{commands} commands for {expected.Count} people: the evaluation must not query per person.");
    }

    [Fact]
    public async Task Unconfirmed_supervision_is_awaiting_confirmation_not_counted()
    {
        var asOf = new DateOnly(2026, 6, 1);
        var scheme = await factory.SchemeAsync(s => s.UseRequirements(SchemeRequirementPresets.LocalAuthority));
        var person = await factory.PersonAsync("Sam", "Unconfirmed");
        var profile = await factory.ProfileAsync(person.PersonId, scheme.Id, p => p.CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await factory.WithDbAsync(async db =>
        {
            db.SupervisionSessions.Add(new SupervisionSession { CoachProfileId = profile.Id, Date = asOf.AddDays(-10), Hours = 1, ConfirmedBySupervisor = true });
            db.SupervisionSessions.Add(new SupervisionSession { CoachProfileId = profile.Id, Date = asOf.AddDays(-5), Hours = 1 });
            await db.SaveChangesAsync();
        });

        var standing = Assert.Single(await factory.WithServicesAsync(s => s.GetRequiredService<ComplianceEvaluation>().EvaluateAsync(scheme.Id, asOf, [profile.Id])));

        var supervision = standing.Result.Requirements.Single(r => r.Kind == RequirementKind.SupervisionSessions && r.Period!.Value.Contains(asOf));
        Assert.Equal((1m, 1m, 1m), (supervision.Done, supervision.AwaitingConfirmation, supervision.Shortfall));
    }

    [Fact]
    public async Task A_set_of_practitioners_gets_the_standings_the_whole_scheme_gives_them()
    {
        var asOf = new DateOnly(2026, 6, 1);
        var scheme = await factory.SchemeAsync(s => s.UseRequirements(SchemeRequirementPresets.For(SchemePreset.LeadershipAcademy)));
        var random = new Random(20260601);
        var profiles = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var person = await factory.PersonAsync("Sol", "Set" + i);
            var profile = await factory.ProfileAsync(person.PersonId, scheme.Id, p => p.CreatedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
            await AddRecordsAsync(profile.Id, asOf, random);
            profiles.Add(profile.Id);
        }

        var everyone = await factory.WithServicesAsync(s => s.GetRequiredService<ComplianceEvaluation>().EvaluateAsync(scheme.Id, asOf));
        factory.Commands.Reset();
        var some = await factory.WithServicesAsync(s => s.GetRequiredService<ComplianceEvaluation>().EvaluateAsync(scheme.Id, asOf, [profiles[1], profiles[3]]));
        var none = await factory.WithServicesAsync(s => s.GetRequiredService<ComplianceEvaluation>().EvaluateAsync(scheme.Id, asOf, []));

        Assert.Equal(5, everyone.Count);
        Assert.Equal([profiles[1], profiles[3]], some.Select(s => s.ProfileId).Order());
        foreach (var standing in some)
        {
            var whole = everyone.Single(s => s.ProfileId == standing.ProfileId);
            Assert.Equal(whole.Result.Status, standing.Result.Status);
            Assert.Equal(whole.Result.Requirements.Select(Summary), standing.Result.Requirements.Select(Summary));
        }

        Assert.Empty(none);
        Assert.Contains(factory.Commands.Mentioning("ComplianceStandings"), c => c.Contains("cp.\"Id\" IN (", StringComparison.Ordinal));
    }

    private static object Summary(RequirementResult r) =>
        (r.Kind, r.Period, r.Required, r.Done, r.Shortfall, r.Due, r.Status, r.Reason, r.AwaitingConfirmation, r.UsedForPreviousPeriod, r.PausesOn);

    private async Task<ActivityRecords> AddRecordsAsync(Guid profileId, DateOnly asOf, Random random)
    {
        var practice = new List<PracticeRecord>();
        var supervision = new List<SupervisionRecord>();
        var peer = new List<PeerSupportRecord>();
        var cpd = new List<CpdRecord>();
        await factory.WithDbAsync(async db =>
        {
            var coachee = db.People.Add(new Person { GivenName = "C", FamilyName = "E", Email = $"c{Guid.NewGuid():N}@example.org" }).Entity;
            var match = db.Matches.Add(new Match { CoachProfileId = profileId, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = MatchStatus.Ended }).Entity;
            DateOnly Day() => random.Next(8) == 0 ? LeapOrYearEnd(asOf, random) : asOf.AddDays(-random.Next(-20, 800));
            for (var n = 0; n < random.Next(0, 12); n++)
            {
                var date = Day();
                var start = new TimeOnly(9, 0);
                var end = start.AddMinutes(30 * random.Next(1, 6));
                db.SessionRecords.Add(new SessionRecord { MatchId = match.Id, SessionNumber = n + 1, MeetingDate = date, StartTime = start, EndTime = end, Status = SessionStatus.Held });
                practice.Add(new PracticeRecord(date, Math.Round((decimal)(end - start).TotalHours, 2)));
            }

            for (var n = 0; n < random.Next(0, 9); n++)
            {
                var date = Day();
                var kind = (SupervisionKind)random.Next(0, 3);
                var hours = random.Next(2) == 0 ? 0.5m : 1m;
                var confirmed = random.Next(4) != 0;
                db.SupervisionSessions.Add(new SupervisionSession { CoachProfileId = profileId, Date = date, Hours = hours, Kind = kind, ConfirmedBySupervisor = confirmed });
                if (kind == SupervisionKind.PeerSupport)
                {
                    peer.Add(new PeerSupportRecord(date, hours));
                }
                else
                {
                    supervision.Add(new SupervisionRecord(date, kind == SupervisionKind.Group ? SupervisionFormat.Group : SupervisionFormat.OneToOne, hours, confirmed));
                }
            }

            for (var n = 0; n < random.Next(0, 6); n++)
            {
                var date = Day();
                var kind = random.Next(3) == 0 ? CpdKind.TrainingWorkshop : CpdKind.Activity;
                db.CpdActivities.Add(new CpdActivity { CoachProfileId = profileId, Date = date, Hours = 2, Kind = kind, Title = "CPD" });
                cpd.Add(new CpdRecord(date, kind == CpdKind.TrainingWorkshop));
            }

            await db.SaveChangesAsync();
        });
        return new ActivityRecords { Practice = practice, Supervision = supervision, PeerSupport = peer, Cpd = cpd };
    }

    private static DateOnly LeapOrYearEnd(DateOnly asOf, Random random) => random.Next(4) switch
    {
        0 => new DateOnly(2024, 2, 29),
        1 => new DateOnly(2024, 3, 1),
        2 => new DateOnly(asOf.Year - 1, 12, 31),
        _ => new DateOnly(asOf.Year, 3, 31),
    };
}
