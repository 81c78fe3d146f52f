using System.Runtime.CompilerServices;
using CoachRegister.Data;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Compliance;

/// <summary>One practitioner's standing on a date, with what the pages, the report and the nightly job show of them.</summary>
public sealed record PractitionerStanding(
    Guid ProfileId,
    Guid PersonId,
    Guid SchemeId,
    string Name,
    string Email,
    string PreferredLanguage,
    OfferType Offers,
    ProfileStatus ProfileStatus,
    Guid? SupervisorProfileId,
    Guid? SupervisorPersonId,
    string? SupervisorName,
    ComplianceResult Result);

/// <summary>
/// The compliance checker over the database for everyone in a scheme at once: one query per requirement
/// type (conditional sums per practitioner, and one window-function pass for rolling years), plus one each
/// for the practitioners, qualifications, caseloads and extensions; never a query per person. The sums are
/// the <see cref="RequirementTotals"/> that <see cref="ComplianceEvidence.FromRecords"/> computes for one
/// person, and a test holds the two to the same answers.
/// </summary>
public sealed class ComplianceEvaluation(AppDbContext db)
{
    private const double Tolerance = 0.000001;

    /// <summary>Everyone of the scheme who is on the register (not withdrawn), or only <paramref name="onlyProfileId"/>.</summary>
    public async Task<IReadOnlyList<PractitionerStanding>> EvaluateAsync(Guid schemeId, DateOnly asOf, Guid? onlyProfileId = null, CancellationToken ct = default)
    {
        var scheme = await db.Schemes.AsNoTracking().FirstAsync(s => s.Id == schemeId, ct);
        await EnsureStandingsAsync(schemeId, ct);
        var requirements = scheme.Requirements;
        var recordsStart = scheme.Compliance.RecordsStartOn ?? DateOnly.MinValue;

        var profiles = db.CoachProfiles.AsNoTracking().Where(p => p.SchemeId == schemeId && p.Status != ProfileStatus.Withdrawn);
        if (onlyProfileId is { } only)
        {
            profiles = profiles.Where(p => p.Id == only);
        }

        var people = await profiles
            .Join(db.ComplianceStandings, p => p.Id, s => s.CoachProfileId, (p, s) => new
            {
                p.Id,
                p.PersonId,
                Name = p.Person!.GivenName + " " + p.Person.FamilyName,
                p.Person.Email,
                p.Person.PreferredLanguage,
                p.Offers,
                p.Status,
                p.SupportingMentorId,
                SupervisorPersonId = (Guid?)p.SupportingMentor!.PersonId,
                SupervisorName = p.SupportingMentor.Person!.GivenName + " " + p.SupportingMentor.Person.FamilyName,
                s.JoinedOn,
            })
            .ToListAsync(ct);

        var qualifications = (await profiles.SelectMany(p => p.Qualifications)
                .Select(q => new { q.CoachProfileId, q.Level, q.Status, q.FirstAssignmentSubmittedOn, q.AchievedOn })
                .ToListAsync(ct))
            .ToLookup(q => q.CoachProfileId, q => new QualificationRecord(q.Level, q.Status, q.FirstAssignmentSubmittedOn, q.AchievedOn));
        var caseloads = await db.Matches.AsNoTracking()
            .Where(m => Match.HoldsPlace.Contains(m.Status) && profiles.Any(p => p.Id == m.CoachProfileId))
            .GroupBy(m => m.CoachProfileId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var extensions = (await db.ComplianceExtensions.AsNoTracking()
                .Where(e => profiles.Any(p => p.Id == e.CoachProfileId))
                .ToListAsync(ct))
            .ToLookup(e => e.CoachProfileId, e => e.ToExtension());

        var totals = new Dictionary<RequirementKind, Dictionary<Guid, TotalsRow>>();
        foreach (var kind in ComplianceEvidence.ActivityKinds)
        {
            // Someone who offers both roles meets the stricter minimum of each, so this is the most anyone needs.
            var minimum = new[] { OfferType.Coaching, OfferType.Mentoring, OfferType.Both }.Max(r => requirements.For(r).MinimumFor(kind));
            if (minimum > 0 && people.Count > 0)
            {
                totals[kind] = await TotalsAsync(kind, schemeId, onlyProfileId, requirements, recordsStart, asOf, minimum, ct);
            }
        }

        var result = new List<PractitionerStanding>(people.Count);
        foreach (var person in people)
        {
            var practitioner = new Practitioner
            {
                Roles = person.Offers,
                OnRegisterSince = person.JoinedOn > recordsStart ? person.JoinedOn : recordsStart,
                Qualifications = qualifications[person.Id].ToList(),
                ActiveCoachees = caseloads.GetValueOrDefault(person.Id),
                Extensions = extensions[person.Id].ToList(),
            };
            var evidence = EvidenceFor(person.Id, practitioner, requirements, totals, asOf);
            result.Add(new PractitionerStanding(
                person.Id, person.PersonId, schemeId, person.Name, person.Email, person.PreferredLanguage, person.Offers, person.Status,
                person.SupportingMentorId, person.SupervisorPersonId, person.SupportingMentorId is null ? null : person.SupervisorName,
                ComplianceChecker.Check(requirements, practitioner, evidence, asOf)));
        }

        return result;
    }

    /// <summary>
    /// Gives every profile of the scheme a standing row with the day it joined the register, so that the
    /// queries can compare record dates with it in the database.
    /// </summary>
    private async Task EnsureStandingsAsync(Guid schemeId, CancellationToken ct)
    {
        var missing = await db.CoachProfiles.AsNoTracking()
            .Where(p => p.SchemeId == schemeId && !db.ComplianceStandings.Any(s => s.CoachProfileId == p.Id))
            .Select(p => new { p.Id, p.CreatedAt })
            .ToListAsync(ct);
        if (missing.Count == 0)
        {
            return;
        }

        var added = missing
            .Select(p => db.ComplianceStandings.Add(new ComplianceStanding { CoachProfileId = p.Id, JoinedOn = DateOnly.FromDateTime(p.CreatedAt.UtcDateTime) }))
            .ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request or server added them at the same moment: theirs are the same dates.
        }
        finally
        {
            added.ForEach(e => e.State = EntityState.Detached);
        }
    }

    private static ComplianceEvidence EvidenceFor(
        Guid profileId, Practitioner practitioner, SchemeRequirements requirements, Dictionary<RequirementKind, Dictionary<Guid, TotalsRow>> totals, DateOnly asOf)
    {
        var periods = requirements.Year.PeriodsFor(practitioner.OnRegisterSince, asOf);
        var thisYear = requirements.Year.Kind == ComplianceYearKind.Rolling12Months ? periods.Current : requirements.Year.YearContaining(asOf);
        var lastYearFrom = thisYear.From.AddYears(-1);
        var byKind = new Dictionary<RequirementKind, RequirementTotals>();
        foreach (var (kind, rows) in totals)
        {
            if (!rows.TryGetValue(profileId, out var row))
            {
                continue;
            }

            if (periods.Kind == ComplianceYearKind.Rolling12Months)
            {
                var remaining = (row.TR ?? 0) - (row.TA ?? 0);
                if (row.TD is { Month: 2, Day: 29 } leapDay && row.LD == leapDay.AddDays(1))
                {
                    remaining -= row.LA ?? 0;
                }

                byKind[kind] = new RequirementTotals
                {
                    Current = Amount(row.B0),
                    CurrentAwaitingConfirmation = Amount(row.W0),
                    ThresholdReachedOn = row.TD,
                    RemainingAtLapse = Amount(remaining),
                };
                continue;
            }

            // The first, longer year of a newcomer runs into the year before this one; so may the previous year's.
            var current = row.B0 + (periods.Current.From < thisYear.From ? row.B1 : 0);
            var currentAwaiting = row.W0 + (periods.Current.From < thisYear.From ? row.W1 : 0);
            var (previous, previousAwaiting) = periods.Previous is { } p
                ? (row.B1 + (p.From < lastYearFrom ? row.B2 : 0), row.W1 + (p.From < lastYearFrom ? row.W2 : 0))
                : (0d, 0d);
            byKind[kind] = new RequirementTotals
            {
                Current = Amount(current),
                CurrentAwaitingConfirmation = Amount(currentAwaiting),
                Previous = Amount(previous),
                PreviousAwaitingConfirmation = Amount(previousAwaiting),
            };
        }

        return new ComplianceEvidence(byKind);
    }

    /// <summary>Hours are summed as REAL in SQLite; round back to the two places they are recorded in.</summary>
    private static decimal Amount(double value) => Math.Round((decimal)value, 2);

    private async Task<Dictionary<Guid, TotalsRow>> TotalsAsync(
        RequirementKind kind, Guid schemeId, Guid? onlyProfileId, SchemeRequirements requirements, DateOnly recordsStart, DateOnly asOf, decimal minimum, CancellationToken ct)
    {
        var rolling = requirements.Year.Kind == ComplianceYearKind.Rolling12Months;
        DateOnly b0, b1, b2;
        if (rolling)
        {
            b0 = asOf.AddMonths(-12).AddDays(1);
            b1 = b2 = DateOnly.MinValue;
        }
        else
        {
            b0 = requirements.Year.YearContaining(asOf).From;
            b1 = b0.AddYears(-1);
            b2 = b0.AddYears(-2);
        }

        // {0} scheme, {1} records start, {2} as of, {3} horizon, {4} b0, {5} b1, {6} b2, {7} minimum,
        // {8} group supervision counts, {9} shortest session, {10} the one profile.
        var args = new object[]
        {
            schemeId, recordsStart, asOf, rolling ? DateOnly.MinValue : b2, b0, b1, b2, (double)minimum - Tolerance,
            requirements.GroupSupervisionCounts ? 1 : 0, (double)requirements.MinimumSessionHours - Tolerance, onlyProfileId ?? Guid.Empty,
        };
        var only = onlyProfileId is null ? "" : " AND cp.\"Id\" = {10}";
        var sql = $$"""
            WITH src AS ({{Source(kind)}}),
            pr AS (
                SELECT cp."Id" AS "P", CASE WHEN st."JoinedOn" > {1} THEN st."JoinedOn" ELSE {1} END AS "Since"
                FROM "CoachProfiles" cp JOIN "ComplianceStandings" st ON st."CoachProfileId" = cp."Id"
                WHERE cp."SchemeId" = {0} AND cp."Status" <> 3{{only}}),
            r AS (
                SELECT src."P", src."D", src."A", src."C" FROM src JOIN pr ON pr."P" = src."P"
                WHERE src."D" >= pr."Since" AND src."D" <= {2} AND src."D" >= {3}),
            tot AS (
                SELECT r."P",
                    SUM(CASE WHEN r."C" = 1 AND r."D" >= {4} THEN r."A" ELSE 0 END) AS "B0",
                    SUM(CASE WHEN r."C" = 1 AND r."D" >= {5} AND r."D" < {4} THEN r."A" ELSE 0 END) AS "B1",
                    SUM(CASE WHEN r."C" = 1 AND r."D" >= {6} AND r."D" < {5} THEN r."A" ELSE 0 END) AS "B2",
                    SUM(CASE WHEN r."C" = 0 AND r."D" >= {4} THEN r."A" ELSE 0 END) AS "W0",
                    SUM(CASE WHEN r."C" = 0 AND r."D" >= {5} AND r."D" < {4} THEN r."A" ELSE 0 END) AS "W1",
                    SUM(CASE WHEN r."C" = 0 AND r."D" >= {6} AND r."D" < {5} THEN r."A" ELSE 0 END) AS "W2"
                FROM r GROUP BY r."P")
            """;
        sql += rolling
            ? """
              ,
              daily AS (SELECT r."P", r."D", SUM(r."A") AS "A" FROM r WHERE r."C" = 1 GROUP BY r."P", r."D"),
              run AS (
                  SELECT daily."P", daily."D", daily."A",
                      SUM(daily."A") OVER (PARTITION BY daily."P" ORDER BY daily."D" DESC ROWS UNBOUNDED PRECEDING) AS "R",
                      LAG(daily."D") OVER (PARTITION BY daily."P" ORDER BY daily."D" DESC) AS "LD",
                      LAG(daily."A") OVER (PARTITION BY daily."P" ORDER BY daily."D" DESC) AS "LA"
                  FROM daily),
              th AS (SELECT run."P", MAX(run."D") AS "TD" FROM run WHERE run."R" >= {7} GROUP BY run."P")
              SELECT tot."P", tot."B0", tot."B1", tot."B2", tot."W0", tot."W1", tot."W2",
                  th."TD", run."R" AS "TR", run."A" AS "TA", run."LD", run."LA"
              FROM tot LEFT JOIN th ON th."P" = tot."P" LEFT JOIN run ON run."P" = th."P" AND run."D" = th."TD"
              """
            : """

              SELECT tot."P", tot."B0", tot."B1", tot."B2", tot."W0", tot."W1", tot."W2",
                  NULL AS "TD", NULL AS "TR", NULL AS "TA", NULL AS "LD", NULL AS "LA"
              FROM tot
              """;

        var rows = await db.Database.SqlQuery<TotalsRow>(FormattableStringFactory.Create(sql, args)).ToListAsync(ct);
        return rows.ToDictionary(r => r.P);
    }

    /// <summary>The records that can count for a requirement: profile, date, amount, and 1 if counted or 0 if awaiting confirmation.</summary>
    private string Source(RequirementKind kind) => kind switch
    {
        RequirementKind.PracticeHours => $$"""
            SELECT m."CoachProfileId" AS "P", s."MeetingDate" AS "D", {{HeldHours("s")}} AS "A", 1 AS "C"
            FROM "SessionRecords" s JOIN "Matches" m ON m."Id" = s."MatchId"
            WHERE s."Status" = {{(int)Domain.Sessions.SessionStatus.Held}} AND s."StartTime" IS NOT NULL AND s."EndTime" > s."StartTime"
            """,
        RequirementKind.SupervisionSessions => $$"""
            SELECT v."CoachProfileId" AS "P", v."Date" AS "D", 1 AS "A", CASE WHEN v."ConfirmedBySupervisor" = 1 THEN 1 ELSE 0 END AS "C"
            FROM "SupervisionSessions" v
            WHERE (v."Kind" = {{(int)SupervisionKind.OneToOne}} OR ({8} = 1 AND v."Kind" = {{(int)SupervisionKind.Group}})) AND v."Hours" >= {9}
            """,
        RequirementKind.PeerSupportSessions => $$"""
            SELECT v."CoachProfileId" AS "P", v."Date" AS "D", 1 AS "A", 1 AS "C"
            FROM "SupervisionSessions" v WHERE v."Kind" = {{(int)SupervisionKind.PeerSupport}} AND v."Hours" >= {9}
            """,
        RequirementKind.CpdActivities => """
            SELECT c."CoachProfileId" AS "P", c."Date" AS "D", 1 AS "A", 1 AS "C" FROM "CpdActivities" c
            """,
        RequirementKind.TrainingWorkshops => $$"""
            SELECT c."CoachProfileId" AS "P", c."Date" AS "D", 1 AS "A", 1 AS "C" FROM "CpdActivities" c WHERE c."Kind" = {{(int)CpdKind.TrainingWorkshop}}
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an activity requirement."),
    };

    /// <summary>A held session's length in hours to two places, as <see cref="Domain.Sessions.SessionRecord.Hours"/> computes it.</summary>
    private string HeldHours(string alias) => db.Database.IsSqlite()
        ? $"ROUND((julianday({alias}.\"EndTime\") - julianday({alias}.\"StartTime\")) * 24.0, 2)"
        : $"ROUND(DATEDIFF(second, {alias}.\"StartTime\", {alias}.\"EndTime\") / 3600.0, 2)";

    private sealed class TotalsRow
    {
        public Guid P { get; set; }
        public double B0 { get; set; }
        public double B1 { get; set; }
        public double B2 { get; set; }
        public double W0 { get; set; }
        public double W1 { get; set; }
        public double W2 { get; set; }
        public DateOnly? TD { get; set; }
        public double? TR { get; set; }
        public double? TA { get; set; }
        public DateOnly? LD { get; set; }
        public double? LA { get; set; }
    }
}
