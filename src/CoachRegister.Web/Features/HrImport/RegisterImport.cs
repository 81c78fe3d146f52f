using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.HrImport;

public enum ImportOutcome
{
    Create,
    Update,
    Unchanged,
    Error,
}

public sealed record ImportProblem(string Field, string Message);

public sealed class ImportRow
{
    public int RowNumber { get; init; }
    public string? Email { get; init; }
    public string? Name { get; init; }
    public ImportOutcome Outcome { get; set; }
    public List<ImportProblem> Problems { get; } = [];
}

public sealed class ImportPreview
{
    public List<ImportRow> Rows { get; } = [];
    public string? FileProblem { get; set; }

    public int Count(ImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
    public bool CanApply => FileProblem is null && Rows.Count > 0 && Rows.All(r => r.Outcome != ImportOutcome.Error) && Rows.Any(r => r.Outcome is ImportOutcome.Create or ImportOutcome.Update);
}

/// <summary>
/// Imports an existing register from CSV, one row per coach or mentor, matched to people by e-mail address.
/// The same code previews and applies: a preview applies every row to tracked entities and then throws the
/// changes away, so what HR confirms is exactly what was shown. Re-importing a file changes nothing.
/// Columns are documented in docs/csv-import.md.
/// </summary>
public sealed class RegisterImport(AppDbContext db, TimeProvider time)
{
    public const int MaxRows = 5000;
    public const long MaxBytes = 2 * 1024 * 1024;

    public static readonly string[] Columns =
    [
        "Email", "GivenName", "FamilyName", "JobTitle", "Organisation", "Scheme", "Offers", "Status", "Bio", "Experience",
        "Location", "Formats", "Areas", "Qualifications", "Accreditation", "AccreditationOther", "TrainedSupervisor",
        "ChargesFees", "FeesDetails", "Capacity", "AcceptingNewCoachees", "LastConfirmedOn",
    ];

    private static readonly string[] Required = ["Email", "GivenName", "FamilyName", "Scheme", "Offers"];

    public static string Template() =>
        string.Join(',', Columns) + "\r\n"
        + "ann.example@example.org,Ann,Example,Team manager,Example Council,TP,Coaching,Published,\"I help managers find their own answers.\",\"Ten years in children's services.\",Cardiff,Video;Telephone,Leadership skills and confidence;Managing change,Ilm5:Achieved;Ilm7:InTraining,Emcc,,no,no,,3,yes,2026-01-31\r\n";

    /// <summary>Previews or applies <paramref name="content"/> for <paramref name="asker"/>, who may import only into the schemes they administer.</summary>
    public async Task<ImportPreview> RunAsync(Asker asker, byte[] content, bool apply, CancellationToken ct)
    {
        var preview = new ImportPreview();
        var rows = Parse(content, preview);
        if (preview.FileProblem is not null)
        {
            return preview;
        }

        var administered = asker.AdministeredSchemeIds.ToList();
        var schemes = await db.Schemes.Where(s => administered.Contains(s.Id)).ToListAsync(ct);
        var organisations = await db.Organisations.ToListAsync(ct);
        var areas = await db.CoachingAreas.ToListAsync(ct);
        var emails = rows.Select(r => r.Get("Email")?.Trim().ToLowerInvariant()).Where(e => !string.IsNullOrEmpty(e)).Distinct().ToList();
        var people = await db.People.Where(p => emails.Contains(p.Email.ToLower())).ToListAsync(ct);
        var personIds = people.Select(p => p.Id).ToList();
        var profiles = await db.CoachProfiles.Include(p => p.Areas).Include(p => p.Qualifications).AsSplitQuery()
            .Where(p => personIds.Contains(p.PersonId)).ToListAsync(ct);

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in rows)
        {
            var row = new ImportRow { RowNumber = raw.RowNumber, Email = raw.Get("Email")?.Trim(), Name = $"{raw.Get("GivenName")} {raw.Get("FamilyName")}".Trim() };
            preview.Rows.Add(row);
            var parsed = Validate(raw, row, schemes, organisations, areas);
            if (parsed is not null && !seen.Add(parsed.Email))
            {
                row.Problems.Add(new("Email", "This e-mail address is on an earlier row"));
            }

            if (row.Problems.Count > 0 || parsed is null)
            {
                row.Outcome = ImportOutcome.Error;
                continue;
            }

            var person = people.FirstOrDefault(p => string.Equals(p.Email, parsed.Email, StringComparison.OrdinalIgnoreCase));
            var profile = person is null ? null : profiles.FirstOrDefault(p => p.PersonId == person.Id);
            if (profile is not null && !AccessPolicy.Allows(asker, profile.AccessParties(), Access.Write))
            {
                row.Problems.Add(new("Email", "This person is on the register of a scheme you do not administer"));
                row.Outcome = ImportOutcome.Error;
                continue;
            }

            if (person is null)
            {
                person = new Person { GivenName = parsed.GivenName, FamilyName = parsed.FamilyName, Email = parsed.Email, CreatedAt = time.GetUtcNow() };
                db.People.Add(person);
                people.Add(person);
            }

            var personChanged = ApplyPerson(person, parsed);
            var isNewProfile = profile is null;
            if (profile is null)
            {
                profile = new CoachProfile { PersonId = person.Id, SchemeId = parsed.SchemeId, Status = parsed.Status ?? ProfileStatus.Published, CreatedAt = time.GetUtcNow(), UpdatedAt = time.GetUtcNow() };
                db.CoachProfiles.Add(profile);
                profiles.Add(profile);
            }

            var profileChanged = ApplyProfile(profile, parsed);
            row.Outcome = isNewProfile ? ImportOutcome.Create : personChanged || profileChanged ? ImportOutcome.Update : ImportOutcome.Unchanged;
            if (row.Outcome == ImportOutcome.Update)
            {
                profile.UpdatedAt = time.GetUtcNow();
            }
        }

        if (apply && preview.CanApply)
        {
            db.AuditEvents.Add(new Domain.Audit.AuditEvent
            {
                At = time.GetUtcNow(),
                Action = "RegisterImported",
                EntityType = nameof(CoachProfile),
                Detail = $"{preview.Count(ImportOutcome.Create)} created, {preview.Count(ImportOutcome.Update)} updated, {preview.Count(ImportOutcome.Unchanged)} unchanged",
            });
            await db.SaveChangesAsync(ct);
        }
        else
        {
            db.ChangeTracker.Clear();
        }

        return preview;
    }

    private sealed class RawRow(int rowNumber, Dictionary<string, string?> values)
    {
        public int RowNumber { get; } = rowNumber;

        public string? Get(string column) => values.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
    }

    private sealed class ParsedRow
    {
        public required string Email { get; init; }
        public required string GivenName { get; init; }
        public required string FamilyName { get; init; }
        public string? JobTitle { get; init; }
        public Guid? OrganisationId { get; init; }
        public Guid SchemeId { get; init; }
        public OfferType Offers { get; init; }
        public ProfileStatus? Status { get; init; }
        public string? Bio { get; init; }
        public string? Experience { get; init; }
        public string? Location { get; init; }
        public DeliveryFormat Formats { get; init; }
        public List<CoachingArea> Areas { get; init; } = [];
        public List<(QualificationLevel Level, QualificationStatus Status)> Qualifications { get; init; } = [];
        public AccreditationBody Accreditation { get; init; }
        public string? AccreditationOther { get; init; }
        public bool TrainedSupervisor { get; init; }
        public bool ChargesFees { get; init; }
        public string? FeesDetails { get; init; }
        public int Capacity { get; init; }
        public bool Accepting { get; init; }
        public DateOnly? LastConfirmedOn { get; init; }
    }

    private static List<RawRow> Parse(byte[] content, ImportPreview preview)
    {
        var rows = new List<RawRow>();
        var options = new CsvReaderOptions
        {
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = 256 * 1024,
        };
        try
        {
            using var csv = CsvReader.Create(content, options);
            var headers = csv.Headers.Select(h => h.Trim()).ToList();
            if (headers.Count == 0)
            {
                preview.FileProblem = "The file is empty";
                return rows;
            }

            var missing = Required.Where(r => !headers.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missing.Count > 0)
            {
                preview.FileProblem = "The file must have the columns Email, GivenName, FamilyName, Scheme and Offers";
                return rows;
            }

            while (csv.Read())
            {
                if (rows.Count >= MaxRows)
                {
                    preview.FileProblem = "The file has more than 5,000 rows";
                    return [];
                }

                var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < headers.Count && i < csv.FieldCount; i++)
                {
                    values.TryAdd(headers[i], csv.GetString(i));
                }

                // The header is row 1, so data starts on row 2 as a spreadsheet numbers it.
                rows.Add(new RawRow((int)csv.RowNumber + 1, values));
            }
        }
        catch (CsvFormatException)
        {
            preview.FileProblem = "The file is not a CSV file this import can read";
            return [];
        }

        if (rows.Count == 0)
        {
            preview.FileProblem = "The file has no rows under its header";
        }

        return rows;
    }

    private static ParsedRow? Validate(RawRow raw, ImportRow row, List<Scheme> schemes, List<Domain.Organisations.Organisation> organisations, List<CoachingArea> areas)
    {
        void Problem(string field, string message) => row.Problems.Add(new(field, message));

        string? Text(string column, int max, bool required = false)
        {
            var value = raw.Get(column);
            if (value is null && required)
            {
                Problem(column, "Required");
            }
            else if (value is not null && value.Length > max)
            {
                Problem(column, $"Must be {max} characters or fewer");
            }

            return value;
        }

        bool YesNo(string column, bool fallback)
        {
            var value = raw.Get(column);
            if (value is null)
            {
                return fallback;
            }

            if (value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (value.Equals("no", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            Problem(column, "Must be yes or no");
            return fallback;
        }

        var email = Text("Email", 256, required: true);
        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            Problem("Email", "Not an e-mail address");
        }

        var given = Text("GivenName", 100, required: true);
        var family = Text("FamilyName", 100, required: true);
        var jobTitle = Text("JobTitle", 200);

        var organisationName = raw.Get("Organisation");
        var organisation = organisationName is null ? null : organisations.FirstOrDefault(o => string.Equals(o.Name, organisationName, StringComparison.OrdinalIgnoreCase));
        if (organisationName is not null && organisation is null)
        {
            Problem("Organisation", "No organisation with this name");
        }

        var schemeCode = raw.Get("Scheme");
        var scheme = schemeCode is null ? null : schemes.FirstOrDefault(s => string.Equals(s.Code, schemeCode, StringComparison.OrdinalIgnoreCase));
        if (scheme is null)
        {
            Problem("Scheme", schemeCode is null ? "Required" : "No scheme you administer has this code");
        }

        if (!Enum.TryParse<OfferType>(raw.Get("Offers"), ignoreCase: true, out var offers) || offers is not (OfferType.Coaching or OfferType.Mentoring or OfferType.Both))
        {
            Problem("Offers", "Must be Coaching, Mentoring or Both");
        }

        // A blank status leaves an existing profile as it is: a sheet without the column must not un-pause anyone.
        ProfileStatus? status = null;
        if (raw.Get("Status") is { } statusText)
        {
            if (Enum.TryParse<ProfileStatus>(statusText, ignoreCase: true, out var parsedStatus) && Enum.IsDefined(parsedStatus))
            {
                status = parsedStatus;
            }
            else
            {
                Problem("Status", "Must be Published, Draft, Paused or Withdrawn");
            }
        }

        var formats = DeliveryFormat.None;
        foreach (var part in Split(raw.Get("Formats")))
        {
            if (Enum.TryParse<DeliveryFormat>(part, ignoreCase: true, out var f) && f is DeliveryFormat.FaceToFace or DeliveryFormat.Telephone or DeliveryFormat.Video)
            {
                formats |= f;
            }
            else
            {
                Problem("Formats", $"Unknown format \"{part}\": use FaceToFace, Telephone or Video");
            }
        }

        var chosenAreas = new List<CoachingArea>();
        foreach (var part in Split(raw.Get("Areas")))
        {
            var area = areas.FirstOrDefault(a => string.Equals(a.Name, part, StringComparison.OrdinalIgnoreCase));
            if (area is null)
            {
                Problem("Areas", $"No coaching area \"{part}\"");
            }
            else if (!chosenAreas.Contains(area))
            {
                chosenAreas.Add(area);
            }
        }

        var qualifications = new List<(QualificationLevel, QualificationStatus)>();
        foreach (var part in Split(raw.Get("Qualifications")))
        {
            var pieces = part.Split(':', StringSplitOptions.TrimEntries);
            var levelOk = Enum.TryParse<QualificationLevel>(pieces[0], ignoreCase: true, out var level) && Enum.IsDefined(level);
            var qualificationStatus = QualificationStatus.Achieved;
            var statusOk = pieces.Length == 1 || (pieces.Length == 2 && Enum.TryParse(pieces[1], ignoreCase: true, out qualificationStatus) && Enum.IsDefined(qualificationStatus));
            if (!levelOk || !statusOk || qualifications.Any(q => q.Item1 == level))
            {
                Problem("Qualifications", $"Cannot read \"{part}\": use for example Ilm5:Achieved;Ilm7:InTraining, each level once");
            }
            else
            {
                qualifications.Add((level, qualificationStatus));
            }
        }

        var accreditation = AccreditationBody.None;
        if (raw.Get("Accreditation") is { } accreditationText && (!Enum.TryParse(accreditationText, ignoreCase: true, out accreditation) || !Enum.IsDefined(accreditation)))
        {
            Problem("Accreditation", "Must be None, Emcc, Icf, AssociationForCoaching or Other");
        }

        var accreditationOther = Text("AccreditationOther", 200, required: accreditation == AccreditationBody.Other);
        var supervisor = YesNo("TrainedSupervisor", false);
        var fees = YesNo("ChargesFees", false);
        var feesDetails = Text("FeesDetails", 1000, required: fees);
        var accepting = YesNo("AcceptingNewCoachees", true);

        var capacity = 2;
        if (raw.Get("Capacity") is { } capacityText)
        {
            if (!int.TryParse(capacityText, NumberStyles.None, CultureInfo.InvariantCulture, out capacity))
            {
                Problem("Capacity", "Must be a whole number");
            }
            else if (scheme is not null && !CoachCapacity.IsWithinBounds(capacity, scheme, qualifications.Any(q => q.Item2 == QualificationStatus.InTraining)))
            {
                Problem("Capacity", $"Must be from 1 to {CoachCapacity.MaximumFor(scheme, qualifications.Any(q => q.Item2 == QualificationStatus.InTraining))} for this scheme");
            }
        }

        DateOnly? confirmed = null;
        if (raw.Get("LastConfirmedOn") is { } confirmedText)
        {
            if (DateOnly.TryParseExact(confirmedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                confirmed = d;
            }
            else
            {
                Problem("LastConfirmedOn", "Must be a date like 2026-01-31");
            }
        }

        var bio = Text("Bio", 4000);
        var experience = Text("Experience", 4000);
        var location = Text("Location", 200);
        if (row.Problems.Count > 0)
        {
            return null;
        }

        return new ParsedRow
        {
            Email = email!,
            GivenName = given!,
            FamilyName = family!,
            JobTitle = jobTitle,
            OrganisationId = organisation?.Id,
            SchemeId = scheme!.Id,
            Offers = offers,
            Status = status,
            Bio = bio,
            Experience = experience,
            Location = location,
            Formats = formats,
            Areas = chosenAreas,
            Qualifications = qualifications,
            Accreditation = accreditation,
            AccreditationOther = accreditation == AccreditationBody.Other ? accreditationOther : null,
            TrainedSupervisor = supervisor,
            ChargesFees = fees,
            FeesDetails = fees ? feesDetails : null,
            Capacity = capacity,
            Accepting = accepting,
            LastConfirmedOn = confirmed,
        };
    }

    private static string[] Split(string? list) =>
        (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Set<T>(T current, T value, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, value))
        {
            return false;
        }

        assign(value);
        return true;
    }

    private static bool ApplyPerson(Person person, ParsedRow row)
    {
        var changed = Set(person.GivenName, row.GivenName, v => person.GivenName = v);
        changed |= Set(person.FamilyName, row.FamilyName, v => person.FamilyName = v);
        if (row.JobTitle is not null)
        {
            changed |= Set(person.JobTitle, row.JobTitle, v => person.JobTitle = v);
        }

        if (row.OrganisationId is not null)
        {
            changed |= Set(person.OrganisationId, row.OrganisationId, v => person.OrganisationId = v);
        }

        return changed;
    }

    private bool ApplyProfile(CoachProfile p, ParsedRow row)
    {
        var changed = Set(p.SchemeId, row.SchemeId, v => p.SchemeId = v);
        changed |= Set(p.Offers, row.Offers, v => p.Offers = v);
        if (row.Status is { } newStatus && newStatus != p.Status)
        {
            if (p.Status == ProfileStatus.Paused)
            {
                p.PausedAt = null;
                p.PausedReason = null;
                p.StatusBeforePause = null;
            }
            else if (newStatus == ProfileStatus.Paused)
            {
                p.StatusBeforePause = p.Status;
            }

            p.Status = newStatus;
            changed = true;
        }
        changed |= Set(p.Bio, row.Bio, v => p.Bio = v);
        changed |= Set(p.Experience, row.Experience, v => p.Experience = v);
        changed |= Set(p.Location, row.Location, v => p.Location = v);
        changed |= Set(p.Formats, row.Formats, v => p.Formats = v);
        changed |= Set(p.Accreditation, row.Accreditation, v => p.Accreditation = v);
        changed |= Set(p.AccreditationOther, row.AccreditationOther, v => p.AccreditationOther = v);
        changed |= Set(p.IsTrainedSupervisor, row.TrainedSupervisor, v => p.IsTrainedSupervisor = v);
        changed |= Set(p.ChargesFees, row.ChargesFees, v => p.ChargesFees = v);
        changed |= Set(p.FeesDetails, row.FeesDetails, v => p.FeesDetails = v);
        changed |= Set(p.Capacity, row.Capacity, v => p.Capacity = v);
        changed |= Set(p.AcceptingNewCoachees, row.Accepting, v => p.AcceptingNewCoachees = v);
        if (row.LastConfirmedOn is not null)
        {
            changed |= Set(p.LastConfirmedOn, row.LastConfirmedOn, v => p.LastConfirmedOn = v);
        }

        if (row.Status == ProfileStatus.Paused && p.PausedAt is null)
        {
            p.PausedAt = time.GetUtcNow();
            p.PausedReason ??= "Paused in the imported register";
        }

        if (!p.Areas.Select(a => a.Id).ToHashSet().SetEquals(row.Areas.Select(a => a.Id)))
        {
            p.Areas.Clear();
            p.Areas.AddRange(row.Areas);
            changed = true;
        }

        var current = p.Qualifications.Select(q => (q.Level, q.Status)).ToHashSet();
        if (!current.SetEquals(row.Qualifications))
        {
            foreach (var stale in p.Qualifications.Where(q => !row.Qualifications.Contains((q.Level, q.Status))).ToList())
            {
                p.Qualifications.Remove(stale);
            }

            foreach (var (level, status) in row.Qualifications.Where(q => !current.Contains(q)))
            {
                p.Qualifications.Add(db.Qualifications.Add(new Qualification { CoachProfileId = p.Id, Level = level, Status = status }).Entity);
            }

            changed = true;
        }

        return changed;
    }
}
