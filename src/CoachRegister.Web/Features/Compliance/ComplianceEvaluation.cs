using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using CoachRegister.Data;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

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
/// The compliance checker over the database for everyone in a scheme at once: one query returns a row per
/// practitioner with their qualifications, caseload and the records of each activity table that can count
/// (each table read once, a seek per practitioner into its covering index), plus one for extensions; never a
/// query per person. <see cref="RequirementTally"/> sums each row into the <see cref="RequirementTotals"/> that
/// <see cref="ComplianceEvidence.FromRecords"/> computes for one person, and tests hold the two to the same answers.
/// </summary>
public sealed class ComplianceEvaluation(AppDbContext db)
{
    private const double Tolerance = 0.000001;

    private static readonly OfferType[] Roles = [OfferType.Coaching, OfferType.Mentoring, OfferType.Both];

    private static readonly IReadOnlyList<ComplianceExtension> NoExtensions = [];

    /// <summary>The ticks one unit of an n-digit fraction of a second is worth.</summary>
    private static readonly long[] TicksPerDigit = [0, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

    /// <summary>At most this many profiles are named in one query (SQL Server takes 2,100 parameters); a longer set is evaluated in parts.</summary>
    private const int ProfilesPerQuery = 500;

    /// <summary>
    /// Everyone of the scheme who is on the register (not withdrawn), or only those of them in <paramref name="onlyProfileIds"/>
    /// (a supervisor's few supervisees, one person's record): the same standings as the whole scheme's, for those people.
    /// </summary>
    public async Task<IReadOnlyList<PractitionerStanding>> EvaluateAsync(
        Guid schemeId, DateOnly asOf, IReadOnlyCollection<Guid>? onlyProfileIds = null, CancellationToken ct = default)
    {
        if (onlyProfileIds is { Count: 0 })
        {
            return [];
        }

        if (onlyProfileIds is { Count: > ProfilesPerQuery })
        {
            var parts = new List<PractitionerStanding>(onlyProfileIds.Count);
            foreach (var part in onlyProfileIds.Chunk(ProfilesPerQuery))
            {
                parts.AddRange(await EvaluateAsync(schemeId, asOf, part, ct));
            }

            return parts;
        }

        var scheme = await db.Schemes.AsNoTracking().FirstAsync(s => s.Id == schemeId, ct);
        await EnsureStandingsAsync(schemeId, ct);
        var requirements = scheme.Requirements;
        var recordsStart = scheme.Compliance.RecordsStartOn ?? DateOnly.MinValue;

        var profiles = db.CoachProfiles.AsNoTracking().Where(p => p.SchemeId == schemeId && p.Status != ProfileStatus.Withdrawn);
        if (onlyProfileIds is { } only)
        {
            profiles = profiles.Where(p => only.Contains(p.Id));
        }

        var extensions = (await db.ComplianceExtensions.AsNoTracking()
                .Where(e => profiles.Any(p => p.Id == e.CoachProfileId))
                .ToListAsync(ct))
            .GroupBy(e => e.CoachProfileId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ComplianceExtension>)[.. g.Select(e => e.ToExtension())]);

        // A requirement no role of the scheme asks for is not read; someone who offers both roles meets the stricter of each.
        var asked = ComplianceEvidence.ActivityKinds.Where(kind => Roles.Max(r => requirements.For(r).MinimumFor(kind)) > 0).ToHashSet();
        var (sql, args) = Query(schemeId, onlyProfileIds, requirements, recordsStart, asOf, asked);

        // A plain reader through EF's command pipeline (its parameters, connection, transaction, logging and
        // interceptors) rather than SqlQuery's materialiser, so that each column is read once, by ordinal, into
        // what the checker needs. The checker reads the totals and qualifications of one row at a time and
        // keeps nothing of them, so their buffers are reused from row to row.
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, args, db.Model);
        await using var reader = await command.RelationalCommand.ExecuteReaderAsync(
            new RelationalCommandParameterObject(
                db.GetService<IRelationalConnection>(), command.ParameterValues, null, db,
                db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.FromSqlQuery),
            ct);
        var data = reader.DbDataReader;

        var result = new List<PractitionerStanding>();
        var records = new RecordBuffers();
        var qualifications = new List<QualificationRecord>();
        var totals = new Dictionary<RequirementKind, RequirementTotals>();
        var evidence = new ComplianceEvidence(totals);
        while (await data.ReadAsync(ct))
        {
            var profileId = data.GetGuid(Column.Profile);
            var roles = (OfferType)data.GetInt32(Column.Offers);
            var registered = Date(data.GetString(Column.JoinedOn));
            var joinedOn = registered > recordsStart ? registered : recordsStart;
            ReadQualifications(Text(data, Column.Qualifications), qualifications);
            var practitioner = new Practitioner
            {
                Roles = roles,
                OnRegisterSince = joinedOn,
                Qualifications = qualifications,
                ActiveCoachees = data.GetInt32(Column.Caseload),
                Extensions = extensions.GetValueOrDefault(profileId, NoExtensions),
            };

            var rules = requirements.For(roles);
            var periods = requirements.Year.PeriodsFor(joinedOn, asOf);
            records.Read(Text(data, Column.Practice), Text(data, Column.Supervision), Text(data, Column.Cpd));
            totals.Clear();
            foreach (var kind in ComplianceEvidence.ActivityKinds)
            {
                var minimum = rules.MinimumFor(kind);
                if (minimum > 0 && asked.Contains(kind))
                {
                    var (counted, awaiting) = records.For(kind);
                    totals[kind] = RequirementTally.Sum(periods, minimum, CollectionsMarshal.AsSpan(counted), CollectionsMarshal.AsSpan(awaiting));
                }
            }

            var supervisorProfileId = data.IsDBNull(Column.SupportingMentor) ? (Guid?)null : data.GetGuid(Column.SupportingMentor);
            result.Add(new PractitionerStanding(
                profileId, data.GetGuid(Column.Person), schemeId, data.GetString(Column.Name), data.GetString(Column.Email),
                data.GetString(Column.PreferredLanguage), roles, (ProfileStatus)data.GetInt32(Column.Status),
                supervisorProfileId, data.IsDBNull(Column.SupervisorPerson) ? null : data.GetGuid(Column.SupervisorPerson),
                supervisorProfileId is null ? null : Text(data, Column.SupervisorName),
                ComplianceChecker.Check(requirements, practitioner, evidence, asOf)));
        }

        return result;
    }

    /// <summary>
    /// Gives every profile of the scheme a standing row with the day it joined the register, which the
    /// query reads with the practitioner.
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
    /// The one query: a row per practitioner with their details, caseload, qualifications and, per activity
    /// table a requirement asked for reads, the records that can count as one string (see <see cref="RecordBuffers"/>).
    /// A row per record would cost more to read than the database takes to find them. Records before the
    /// practitioner joined are left to <see cref="RequirementTally"/>, which never counts them, so that the
    /// database compares each record with constants only.
    /// </summary>
    private (string Sql, object[] Args) Query(
        Guid schemeId, IReadOnlyCollection<Guid>? onlyProfileIds, SchemeRequirements requirements, DateOnly recordsStart, DateOnly asOf, HashSet<RequirementKind> asked)
    {
        // A fixed year looks back over the previous year and, for someone whose first, longer year ran into
        // it, the one before; a rolling minimum may have been reached on any day since joining.
        var horizon = requirements.Year.Kind == ComplianceYearKind.Rolling12Months
            ? DateOnly.MinValue
            : requirements.Year.YearContaining(asOf).From.AddYears(-2);
        var from = horizon > recordsStart ? horizon : recordsStart;

        // {0} scheme, {1} earliest record date, {2} as of, {3} shortest session, {4} onwards the profiles asked for.
        object[] args = [schemeId, from, asOf, (double)requirements.MinimumSessionHours - Tolerance, .. (onlyProfileIds ?? []).Select(id => (object)id)];
        var only = onlyProfileIds is null ? "" : $" AND cp.\"Id\" IN ({string.Join(", ", onlyProfileIds.Select((_, i) => $"{{{i + 4}}}"))})";
        var holdsPlace = string.Join(", ", Match.HoldsPlace.Select(s => (int)s));

        // The unary plus keeps SQLite from reading every held session of the register through the
        // (Status, MeetingDate) index for each practitioner instead of seeking the practitioner's matches.
        var practice = !asked.Contains(RequirementKind.PracticeHours) ? NoText : $$"""
            SELECT {{Joined($"CONCAT({DateText("s.\"MeetingDate\"")}, ' ', {TimeText("s.\"StartTime\"")}, ' ', {TimeText("s.\"EndTime\"")})")}}
            FROM "Matches" m JOIN "SessionRecords" s ON s."MatchId" = m."Id"
            WHERE m."CoachProfileId" = cp."Id" AND +s."Status" = {{(int)Domain.Sessions.SessionStatus.Held}}
                AND s."StartTime" IS NOT NULL AND s."EndTime" > s."StartTime" AND s."MeetingDate" >= {1} AND s."MeetingDate" <= {2}
            """;

        var supervisionKinds = new List<SupervisionKind>();
        if (asked.Contains(RequirementKind.SupervisionSessions))
        {
            supervisionKinds.Add(SupervisionKind.OneToOne);
            if (requirements.GroupSupervisionCounts)
            {
                supervisionKinds.Add(SupervisionKind.Group);
            }
        }

        if (asked.Contains(RequirementKind.PeerSupportSessions))
        {
            supervisionKinds.Add(SupervisionKind.PeerSupport);
        }

        var supervision = supervisionKinds.Count == 0 ? NoText : $$"""
            SELECT {{Joined($"CONCAT({DateText("v.\"Date\"")}, v.\"Kind\", v.\"ConfirmedBySupervisor\")")}}
            FROM "SupervisionSessions" v
            WHERE v."CoachProfileId" = cp."Id" AND v."Date" >= {1} AND v."Date" <= {2}
                AND v."Kind" IN ({{string.Join(", ", supervisionKinds.Select(k => (int)k))}}) AND v."Hours" >= {3}
            """;

        var workshopsOnly = asked.Contains(RequirementKind.CpdActivities) ? "" : $" AND c.\"Kind\" = {(int)CpdKind.TrainingWorkshop}";
        var cpd = !asked.Contains(RequirementKind.CpdActivities) && !asked.Contains(RequirementKind.TrainingWorkshops) ? NoText : $$"""
            SELECT {{Joined($"CONCAT({DateText("c.\"Date\"")}, c.\"Kind\")")}}
            FROM "CpdActivities" c
            WHERE c."CoachProfileId" = cp."Id" AND c."Date" >= {1} AND c."Date" <= {2}{{workshopsOnly}}
            """;

        var qualification = $"CONCAT(q.\"Level\", ' ', q.\"Status\", ' ', {DateText("q.\"FirstAssignmentSubmittedOn\"")}, ' ', {DateText("q.\"AchievedOn\"")})";
        var sql = $$"""
            SELECT cp."Id" AS "P", cp."PersonId", CONCAT(pe."GivenName", ' ', pe."FamilyName") AS "Name", pe."Email", pe."PreferredLanguage",
                cp."Offers", cp."Status", cp."SupportingMentorId", sm."PersonId" AS "SupervisorPersonId",
                CONCAT(sp."GivenName", ' ', sp."FamilyName") AS "SupervisorName", {{DateText("st.\"JoinedOn\"")}} AS "JoinedOn",
                (SELECT COUNT(*) FROM "Matches" h WHERE h."CoachProfileId" = cp."Id" AND h."Status" IN ({{holdsPlace}})) AS "Caseload",
                (SELECT {{Joined(qualification)}} FROM "Qualifications" q WHERE q."CoachProfileId" = cp."Id") AS "Qualifications",
                ({{practice}}) AS "Practice",
                ({{supervision}}) AS "Supervision",
                ({{cpd}}) AS "Cpd"
            FROM "CoachProfiles" cp
            JOIN "ComplianceStandings" st ON st."CoachProfileId" = cp."Id"
            JOIN "People" pe ON pe."Id" = cp."PersonId"
            LEFT JOIN "CoachProfiles" sm ON sm."Id" = cp."SupportingMentorId"
            LEFT JOIN "People" sp ON sp."Id" = sm."PersonId"
            WHERE cp."SchemeId" = {0} AND cp."Status" <> {{(int)ProfileStatus.Withdrawn}}{{only}}
            """;
        return (sql, args);
    }

    /// <summary>Reads the qualifications column: items separated by commas, each "level status first-assignment achieved" (dates may be empty).</summary>
    private static void ReadQualifications(string? text, List<QualificationRecord> result)
    {
        result.Clear();
        var all = (text ?? "").AsSpan();
        Span<Range> parts = stackalloc Range[4];
        foreach (var range in all.Split(','))
        {
            var item = all[range];
            if (item.IsEmpty)
            {
                continue;
            }

            item.Split(parts, ' ');
            result.Add(new QualificationRecord(
                (QualificationLevel)Number(item[parts[0]]), (QualificationStatus)Number(item[parts[1]]), OptionalDate(item[parts[2]]), OptionalDate(item[parts[3]])));
        }
    }

    private static DateOnly? OptionalDate(ReadOnlySpan<char> text) => text.IsEmpty ? null : Date(text);

    /// <summary>A date as yyyy-MM-dd.</summary>
    private static DateOnly Date(ReadOnlySpan<char> text) => new(Number(text[..4]), Number(text[5..7]), Number(text[8..10]));

    /// <summary>A time of day as HH:mm:ss with any fraction of a second after a point (SQLite's form), else as .NET reads it.</summary>
    private static TimeOnly Time(ReadOnlySpan<char> text)
    {
        if (text.Length < 8 || text[2] != ':' || text[5] != ':' || (text.Length > 8 && (text[8] != '.' || text.Length > 16)))
        {
            return TimeOnly.Parse(text, CultureInfo.InvariantCulture);
        }

        var seconds = (Number(text[..2]) * 3600L) + (Number(text[3..5]) * 60L) + Number(text[6..8]);
        var ticks = seconds * TimeSpan.TicksPerSecond;
        if (text.Length > 9)
        {
            var fraction = text[9..];
            ticks += Number(fraction) * TicksPerDigit[fraction.Length];
        }

        return new TimeOnly(ticks);
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    /// <summary>A column no requirement of the scheme reads: a null typed as text (a bare NULL is an int on SQL Server).</summary>
    private string NoText => db.Database.IsSqlite() ? "NULL" : "CAST(NULL AS nvarchar(max))";

    private static string? Text(DbDataReader data, int column) => data.IsDBNull(column) ? null : data.GetString(column);

    /// <summary>The query's columns, in order.</summary>
    private static class Column
    {
        public const int Profile = 0;
        public const int Person = 1;
        public const int Name = 2;
        public const int Email = 3;
        public const int PreferredLanguage = 4;
        public const int Offers = 5;
        public const int Status = 6;
        public const int SupportingMentor = 7;
        public const int SupervisorPerson = 8;
        public const int SupervisorName = 9;
        public const int JoinedOn = 10;
        public const int Caseload = 11;
        public const int Qualifications = 12;
        public const int Practice = 13;
        public const int Supervision = 14;
        public const int Cpd = 15;
    }

    /// <summary>The items of a group joined by commas (SQL Server's result is limited to 4,000 characters unless its input is nvarchar(max)).</summary>
    private string Joined(string item) => db.Database.IsSqlite()
        ? $"group_concat({item}, ',')"
        : $"STRING_AGG(CAST({item} AS nvarchar(max)), ',')";

    /// <summary>A date as yyyy-MM-dd: SQLite stores it so.</summary>
    private string DateText(string column) => db.Database.IsSqlite() ? column : $"CONVERT(char(10), {column}, 23)";

    /// <summary>A time of day as HH:mm:ss (SQLite stores it so, with any fraction of a second after it).</summary>
    private string TimeText(string column) => db.Database.IsSqlite() ? column : $"CONVERT(char(8), {column}, 108)";

    /// <summary>
    /// One practitioner's records that can count, per requirement, read from the query's strings and
    /// reused from row to row. Practice: "date start end" per held session, its hours as
    /// <see cref="Domain.Sessions.SessionHours.Between"/> gives them. Supervision: the date, the kind's number and
    /// 1 when confirmed (peer support counts without confirmation; other kinds await it). CPD: the date and
    /// the kind's number (a workshop counts for both CPD and workshops).
    /// </summary>
    private sealed class RecordBuffers
    {
        private static readonly List<DateOnly> NoneAwaiting = [];

        private readonly Dictionary<long, decimal> _hoursByLength = [];
        private readonly List<DatedAmount> _practice = [];
        private readonly List<DatedAmount> _supervision = [];
        private readonly List<DateOnly> _supervisionAwaiting = [];
        private readonly List<DatedAmount> _peerSupport = [];
        private readonly List<DatedAmount> _cpd = [];
        private readonly List<DatedAmount> _workshops = [];

        public (List<DatedAmount> Counted, List<DateOnly> Awaiting) For(RequirementKind kind) => kind switch
        {
            RequirementKind.PracticeHours => (_practice, NoneAwaiting),
            RequirementKind.SupervisionSessions => (_supervision, _supervisionAwaiting),
            RequirementKind.PeerSupportSessions => (_peerSupport, NoneAwaiting),
            RequirementKind.CpdActivities => (_cpd, NoneAwaiting),
            RequirementKind.TrainingWorkshops => (_workshops, NoneAwaiting),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an activity requirement."),
        };

        public void Read(string? practiceText, string? supervisionText, string? cpdText)
        {
            _practice.Clear();
            _supervision.Clear();
            _supervisionAwaiting.Clear();
            _peerSupport.Clear();
            _cpd.Clear();
            _workshops.Clear();

            var practice = (practiceText ?? "").AsSpan();
            foreach (var range in practice.Split(','))
            {
                var item = practice[range];
                if (item.IsEmpty)
                {
                    continue;
                }

                var times = item[11..];
                var space = times.IndexOf(' ');
                var start = Time(times[..space]);
                var end = Time(times[(space + 1)..]);
                if (end <= start)
                {
                    continue;
                }

                // The hours depend on the length alone, and sessions come in a few lengths.
                var length = end.Ticks - start.Ticks;
                if (!_hoursByLength.TryGetValue(length, out var hours))
                {
                    hours = Domain.Sessions.SessionHours.Between(start, end);
                    _hoursByLength[length] = hours;
                }

                if (hours > 0m)
                {
                    _practice.Add(new DatedAmount(Date(item), hours));
                }
            }

            var supervision = (supervisionText ?? "").AsSpan();
            foreach (var range in supervision.Split(','))
            {
                var item = supervision[range];
                if (item.IsEmpty)
                {
                    continue;
                }

                var date = Date(item);
                if ((SupervisionKind)Number(item[10..^1]) == SupervisionKind.PeerSupport)
                {
                    _peerSupport.Add(new DatedAmount(date, 1m));
                }
                else if (item[^1] == '1')
                {
                    _supervision.Add(new DatedAmount(date, 1m));
                }
                else
                {
                    _supervisionAwaiting.Add(date);
                }
            }

            var cpd = (cpdText ?? "").AsSpan();
            foreach (var range in cpd.Split(','))
            {
                var item = cpd[range];
                if (item.IsEmpty)
                {
                    continue;
                }

                var date = Date(item);
                _cpd.Add(new DatedAmount(date, 1m));
                if ((CpdKind)Number(item[10..]) == CpdKind.TrainingWorkshop)
                {
                    _workshops.Add(new DatedAmount(date, 1m));
                }
            }
        }
    }
}
