using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// type (a row per practitioner with the records that can count), plus one each for the practitioners,
/// qualifications, caseloads and extensions; never a query per person. <see cref="RequirementTally"/> sums
/// each row into the <see cref="RequirementTotals"/> that <see cref="ComplianceEvidence.FromRecords"/>
/// computes for one person, and tests hold the two to the same answers.
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

        var practitioners = new Dictionary<Guid, (Practitioner Practitioner, CompliancePeriods Periods)>(people.Count);
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
            practitioners[person.Id] = (practitioner, requirements.Year.PeriodsFor(practitioner.OnRegisterSince, asOf));
        }

        var totals = people.ToDictionary(p => p.Id, _ => new Dictionary<RequirementKind, RequirementTotals>());
        foreach (var kind in ComplianceEvidence.ActivityKinds)
        {
            // A requirement no role of the scheme asks for is not queried; someone who offers both roles meets the stricter of each.
            var minimum = new[] { OfferType.Coaching, OfferType.Mentoring, OfferType.Both }.Max(r => requirements.For(r).MinimumFor(kind));
            if (minimum > 0 && people.Count > 0)
            {
                await TallyAsync(kind, schemeId, onlyProfileId, requirements, recordsStart, asOf, practitioners, totals, ct);
            }
        }

        var result = new List<PractitionerStanding>(people.Count);
        foreach (var person in people)
        {
            var practitioner = practitioners[person.Id].Practitioner;
            result.Add(new PractitionerStanding(
                person.Id, person.PersonId, schemeId, person.Name, person.Email, person.PreferredLanguage, person.Offers, person.Status,
                person.SupportingMentorId, person.SupervisorPersonId, person.SupportingMentorId is null ? null : person.SupervisorName,
                ComplianceChecker.Check(requirements, practitioner, new ComplianceEvidence(totals[person.Id]), asOf)));
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

    /// <summary>
    /// Sums one requirement for everyone in one query: a row per practitioner with their records that can
    /// count as one string (see <see cref="Records"/>), which <see cref="RequirementTally.Sum"/> then totals.
    /// A row per record would cost more to read than the database takes to find them.
    /// </summary>
    private async Task TallyAsync(
        RequirementKind kind,
        Guid schemeId,
        Guid? onlyProfileId,
        SchemeRequirements requirements,
        DateOnly recordsStart,
        DateOnly asOf,
        Dictionary<Guid, (Practitioner Practitioner, CompliancePeriods Periods)> practitioners,
        Dictionary<Guid, Dictionary<RequirementKind, RequirementTotals>> totals,
        CancellationToken ct)
    {
        // A fixed year looks back over the previous year and, for someone whose first, longer year ran into
        // it, the one before; a rolling minimum may have been reached on any day since joining.
        var horizon = requirements.Year.Kind == ComplianceYearKind.Rolling12Months
            ? DateOnly.MinValue
            : requirements.Year.YearContaining(asOf).From.AddYears(-2);

        // {0} scheme, {1} records start, {2} as of, {3} horizon, {4} group supervision counts, {5} shortest session, {6} the one profile.
        var args = new object[]
        {
            schemeId, recordsStart, asOf, horizon, requirements.GroupSupervisionCounts ? 1 : 0,
            (double)requirements.MinimumSessionHours - Tolerance, onlyProfileId ?? Guid.Empty,
        };
        var only = onlyProfileId is null ? "" : " AND cp.\"Id\" = {6}";
        var sql = $$"""
            SELECT st."CoachProfileId" AS "P", ({{Records(kind)}}) AS "R"
            FROM "CoachProfiles" cp JOIN "ComplianceStandings" st ON st."CoachProfileId" = cp."Id"
            WHERE cp."SchemeId" = {0} AND cp."Status" <> 3{{only}}
            """;

        var counted = new List<DatedAmount>();
        var awaiting = new List<DateOnly>();
        var rows = db.Database.SqlQuery<TallyRow>(FormattableStringFactory.Create(sql, args)).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            // Someone who joined the register since the practitioners were read is evaluated next time.
            if (!practitioners.TryGetValue(row.P, out var who))
            {
                continue;
            }

            var minimum = requirements.For(who.Practitioner.Roles).MinimumFor(kind);
            if (minimum <= 0)
            {
                continue;
            }

            counted.Clear();
            awaiting.Clear();
            ReadRecords(row.R, counted, awaiting);
            totals[row.P][kind] = RequirementTally.Sum(who.Periods, minimum, CollectionsMarshal.AsSpan(counted), CollectionsMarshal.AsSpan(awaiting));
        }
    }

    /// <summary>
    /// Reads <see cref="Records"/>' string: items separated by commas, each a date (yyyy-MM-dd) alone for
    /// one session or activity, followed by "?" for supervision awaiting confirmation, or by "=" and
    /// hundredths of an hour for practice.
    /// </summary>
    private static void ReadRecords(string? text, List<DatedAmount> counted, List<DateOnly> awaiting)
    {
        var all = (text ?? "").AsSpan();
        foreach (var range in all.Split(','))
        {
            var item = all[range];
            if (item.IsEmpty)
            {
                continue;
            }

            var date = new DateOnly(Number(item[..4]), Number(item[5..7]), Number(item[8..10]));
            if (item.Length == 10)
            {
                counted.Add(new DatedAmount(date, 1m));
            }
            else if (item[10] == '?')
            {
                awaiting.Add(date);
            }
            else
            {
                counted.Add(new DatedAmount(date, Number(item[11..]) / 100m));
            }
        }
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>
    /// A correlated subquery of one practitioner's records that can count for a requirement (of the
    /// practitioner <c>st</c>, since they joined and up to the date checked) as one string for <see cref="ReadRecords"/>.
    /// </summary>
    private string Records(RequirementKind kind)
    {
        string InRange(string date) =>
            $$"""{{date}} >= CASE WHEN st."JoinedOn" > {1} THEN st."JoinedOn" ELSE {1} END AND {{date}} <= {2} AND {{date}} >= {3}""";
        return kind switch
        {
            RequirementKind.PracticeHours => $$"""
                SELECT {{Joined($"CONCAT({DateText("s.\"MeetingDate\"")}, '=', {HeldHundredths("s")})")}}
                FROM "Matches" m JOIN "SessionRecords" s ON s."MatchId" = m."Id"
                WHERE m."CoachProfileId" = st."CoachProfileId" AND s."Status" = {{(int)Domain.Sessions.SessionStatus.Held}}
                    AND s."StartTime" IS NOT NULL AND s."EndTime" > s."StartTime" AND {{InRange("s.\"MeetingDate\"")}}
                """,
            RequirementKind.SupervisionSessions => $$"""
                SELECT {{Joined($"CONCAT({DateText("v.\"Date\"")}, CASE WHEN v.\"ConfirmedBySupervisor\" = 1 THEN '' ELSE '?' END)")}}
                FROM "SupervisionSessions" v
                WHERE v."CoachProfileId" = st."CoachProfileId" AND {{InRange("v.\"Date\"")}}
                    AND (v."Kind" = {{(int)SupervisionKind.OneToOne}} OR ({4} = 1 AND v."Kind" = {{(int)SupervisionKind.Group}})) AND v."Hours" >= {5}
                """,
            RequirementKind.PeerSupportSessions => $$"""
                SELECT {{Joined(DateText("v.\"Date\""))}}
                FROM "SupervisionSessions" v
                WHERE v."CoachProfileId" = st."CoachProfileId" AND {{InRange("v.\"Date\"")}}
                    AND v."Kind" = {{(int)SupervisionKind.PeerSupport}} AND v."Hours" >= {5}
                """,
            RequirementKind.CpdActivities => $$"""
                SELECT {{Joined(DateText("c.\"Date\""))}}
                FROM "CpdActivities" c WHERE c."CoachProfileId" = st."CoachProfileId" AND {{InRange("c.\"Date\"")}}
                """,
            RequirementKind.TrainingWorkshops => $$"""
                SELECT {{Joined(DateText("c.\"Date\""))}}
                FROM "CpdActivities" c
                WHERE c."CoachProfileId" = st."CoachProfileId" AND {{InRange("c.\"Date\"")}} AND c."Kind" = {{(int)CpdKind.TrainingWorkshop}}
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an activity requirement."),
        };
    }

    /// <summary>The items of a group joined by commas (SQL Server's result is limited to 4,000 characters unless its input is nvarchar(max)).</summary>
    private string Joined(string item) => db.Database.IsSqlite()
        ? $"group_concat({item}, ',')"
        : $"STRING_AGG(CAST({item} AS nvarchar(max)), ',')";

    /// <summary>A date as yyyy-MM-dd: SQLite stores it so.</summary>
    private string DateText(string column) => db.Database.IsSqlite() ? column : $"CONVERT(char(10), {column}, 23)";

    /// <summary>A held session's length in hundredths of an hour, as <see cref="Domain.Sessions.SessionRecord.Hours"/> rounds it.</summary>
    private string HeldHundredths(string alias) => db.Database.IsSqlite()
        ? $"CAST(ROUND((julianday({alias}.\"EndTime\") - julianday({alias}.\"StartTime\")) * 2400.0) AS INTEGER)"
        : $"CAST(ROUND(DATEDIFF(second, {alias}.\"StartTime\", {alias}.\"EndTime\") / 36.0, 0) AS int)";

    private sealed class TallyRow
    {
        public Guid P { get; set; }
        public string? R { get; set; }
    }
}
