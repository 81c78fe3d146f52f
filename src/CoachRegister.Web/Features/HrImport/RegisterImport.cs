using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Profile;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Validation;
using CsvHelper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrImport;

/// <summary>
/// Imports an existing register from CSV, one row per coach or mentor, matched to people by e-mail address.
/// Each row is checked by the same rules as the forms: the profile form's validator, the eligibility to offer
/// coaching, and the profile's own state changes (publishing, pausing, withdrawing). HR never imports
/// themselves or a privileged account (an HR admin or a system admin). The same code previews and applies: a
/// preview applies every row to tracked entities and then throws the changes away, so what HR confirms is
/// exactly what was shown. Re-importing a file changes nothing. Columns are documented in docs/csv-import.md.
/// </summary>
public sealed class RegisterImport(
    AppDbContext db,
    TimeProvider time,
    IValidator<ProfileInput> profileRules,
    IStringLocalizer<RegisterText> t)
{
    public const int MaxRows = 5000;
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxNameLength = 100;
    public const int MaxJobTitleLength = 200;

    public static readonly string[] Columns =
    [
        "Email", "GivenName", "FamilyName", "JobTitle", "Organisation", "Scheme", "Offers", "Status", "Bio", "Experience",
        "Location", "Formats", "Areas", "Qualifications", "Accreditation", "AccreditationOther", "TrainedSupervisor",
        "ChargesFees", "FeesDetails", "Capacity", "AcceptingNewCoachees", "LastConfirmedOn", "OtherQualification",
    ];

    private static readonly string[] Required = ["Email", "GivenName", "FamilyName", "Scheme", "Offers"];

    /// <summary>Where a rule of the profile form lands in the file: the form's field name against the CSV column.</summary>
    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        [nameof(ProfileInput.Bio)] = "Bio",
        [nameof(ProfileInput.Experience)] = "Experience",
        [nameof(ProfileInput.AreaIds)] = "Areas",
        [nameof(ProfileInput.Ilm3)] = "Qualifications",
        [nameof(ProfileInput.Ilm5)] = "Qualifications",
        [nameof(ProfileInput.Ilm7)] = "Qualifications",
        [nameof(ProfileInput.Other)] = "Qualifications",
        [nameof(ProfileInput.OtherTitle)] = "OtherQualification",
        [nameof(ProfileInput.Accreditation)] = "Accreditation",
        [nameof(ProfileInput.AccreditationOther)] = "AccreditationOther",
        [nameof(ProfileInput.TrainedSupervisor)] = "TrainedSupervisor",
        [nameof(ProfileInput.ChargesFees)] = "ChargesFees",
        [nameof(ProfileInput.FeesDetails)] = "FeesDetails",
        [nameof(ProfileInput.Formats)] = "Formats",
        [nameof(ProfileInput.Location)] = "Location",
        [nameof(ProfileInput.Capacity)] = "Capacity",
        [nameof(ProfileInput.Accepting)] = "AcceptingNewCoachees",
    };

    /// <summary>
    /// The template for <paramref name="asker"/>: every column, and an example row that imports as it is into a
    /// scheme they administer (its code, one of its organisations and two of the register's areas).
    /// </summary>
    public async Task<string> TemplateAsync(Asker asker, CancellationToken ct)
    {
        var administered = asker.AdministeredSchemeIds.ToList();
        var scheme = await db.Schemes.AsNoTracking().Where(s => administered.Contains(s.Id)).OrderBy(s => s.Code).FirstOrDefaultAsync(ct);
        var organisation = scheme is null ? null
            : await db.Organisations.AsNoTracking().Where(o => o.SchemeId == scheme.Id).OrderBy(o => o.Name).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var areas = await db.CoachingAreas.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => a.Name).Take(2).ToListAsync(ct);
        var capacity = scheme is null ? 2 : Math.Min(3, CoachCapacity.MaximumFor(scheme, anyQualificationInTraining: true));
        string[] example =
        [
            "ann.example@example.org", "Ann", "Example", "Team manager", organisation ?? "", scheme?.Code ?? "", "Coaching", "Published",
            "I help managers find their own answers.", "Ten years in children's services.", "Cardiff", "Video;Telephone",
            string.Join(';', areas), "Ilm5:Achieved;Ilm7:InTraining", "Emcc", "", "no", "no", "",
            capacity.ToString(CultureInfo.InvariantCulture), "yes", DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "",
        ];
        return string.Join(',', Columns) + "\r\n" + string.Join(',', example.Select(Quote)) + "\r\n";
    }

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
        // Belonging to an organisation decides whose register a person sees: HR places people only in their own schemes.
        var organisations = await db.Organisations.Where(o => administered.Contains(o.SchemeId)).ToListAsync(ct);
        var areas = await db.CoachingAreas.Where(a => a.IsActive).ToListAsync(ct);
        var emails = rows.Select(r => r.Get("Email")?.Trim().ToLowerInvariant()).Where(e => !string.IsNullOrEmpty(e)).Distinct().ToList();
        var people = await db.People.Where(p => emails.Contains(p.Email.ToLower())).ToListAsync(ct);
        var personIds = people.Select(p => p.Id).ToList();
        var privileged = await db.Users
            .Where(u => personIds.Contains(u.PersonId))
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.HrAdmin || r.Name == Roles.SystemAdmin))))
            .Select(u => u.PersonId)
            .ToListAsync(ct);
        var profiles = await db.CoachProfiles.Include(p => p.Areas).Include(p => p.Qualifications).AsSplitQuery()
            .Where(p => personIds.Contains(p.PersonId)).ToListAsync(ct);

        var now = time.GetUtcNow();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var changed = new List<(CoachProfile Profile, ImportOutcome Outcome)>();
        foreach (var raw in rows)
        {
            var row = new ImportRow { RowNumber = raw.RowNumber, Email = raw.Get("Email")?.Trim(), Name = $"{raw.Get("GivenName")} {raw.Get("FamilyName")}".Trim() };
            preview.Rows.Add(row);
            var parsed = await ValidateAsync(raw, row, schemes, organisations, areas, ct);
            if (parsed is not null && !seen.Add(parsed.Email))
            {
                Problem(row, "Email", "This e-mail address is on an earlier row");
            }

            var person = parsed is null ? null : people.FirstOrDefault(p => string.Equals(p.Email, parsed.Email, StringComparison.OrdinalIgnoreCase));
            if (person is not null && (person.Id == asker.PersonId || privileged.Contains(person.Id)))
            {
                Problem(row, "Email", person.Id == asker.PersonId
                    ? "You cannot import yourself: join the register with an application like anyone else"
                    : "This person holds an administrator's account and cannot be imported onto the register");
            }

            var profile = person is null ? null : profiles.FirstOrDefault(p => p.PersonId == person.Id);
            if (profile is not null && !AccessPolicy.Allows(asker, profile.AccessParties(), Access.Write))
            {
                Problem(row, "Email", "This person is on the register of a scheme you do not administer");
            }

            if (row.Problems.Count > 0 || parsed is null)
            {
                row.Outcome = ImportOutcome.Error;
                continue;
            }

            var scheme = schemes.Single(s => s.Id == parsed.SchemeId);
            var interview = profile?.CompetencyInterviewPassed == true ? InterviewOutcome.Passed : InterviewOutcome.NotHeld;
            if (!CoachEligibility.MayOffer(parsed.Offers, scheme, parsed.Qualifications, interview))
            {
                Refused(row, "Qualifications", RuleMessages.For(Rule.CoachQualificationNeeded, t));
                row.Outcome = ImportOutcome.Error;
                continue;
            }

            if (person is null)
            {
                person = new Person { GivenName = parsed.GivenName, FamilyName = parsed.FamilyName, Email = parsed.Email, CreatedAt = now };
                db.People.Add(person);
                people.Add(person);
            }

            var personChanged = ApplyPerson(person, parsed);
            var isNewProfile = profile is null;
            if (profile is null)
            {
                profile = new CoachProfile { PersonId = person.Id, SchemeId = parsed.SchemeId, Status = ProfileStatus.Draft, CreatedAt = now, UpdatedAt = now };
                db.CoachProfiles.Add(profile);
                profiles.Add(profile);
            }

            var profileChanged = ApplyProfile(profile, parsed);
            try
            {
                profileChanged |= ApplyStatus(profile, scheme, parsed.Status ?? (isNewProfile ? ProfileStatus.Published : null), asker.PersonId, now);
            }
            catch (RuleBrokenException broken)
            {
                Refused(row, "Status", StatusProblem(broken.Rule));
                row.Outcome = ImportOutcome.Error;
                continue;
            }

            if (parsed.LastConfirmedOn is { } confirmed)
            {
                profileChanged |= Set(profile.LastConfirmedOn, confirmed, v => profile.LastConfirmedOn = v);
            }

            row.Outcome = isNewProfile ? ImportOutcome.Create : personChanged || profileChanged ? ImportOutcome.Update : ImportOutcome.Unchanged;
            if (row.Outcome == ImportOutcome.Update)
            {
                profile.UpdatedAt = now;
            }

            if (row.Outcome != ImportOutcome.Unchanged)
            {
                changed.Add((profile, row.Outcome));
            }
        }

        if (apply && preview.CanApply)
        {
            foreach (var (profile, outcome) in changed)
            {
                db.AuditEvents.Add(new AuditEvent
                {
                    At = now,
                    ActorPersonId = asker.PersonId,
                    Action = outcome == ImportOutcome.Create ? "RegisterProfileImportCreated" : "RegisterProfileImportUpdated",
                    EntityType = nameof(CoachProfile),
                    EntityId = profile.Id,
                    Detail = profile.Status.ToString(),
                });
            }

            db.AuditEvents.Add(new AuditEvent
            {
                At = now,
                ActorPersonId = asker.PersonId,
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

        /// <summary>The trimmed value, or null when the column is missing or blank.</summary>
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
        public required ProfileInput Profile { get; init; }
        public List<CoachingArea> Areas { get; init; } = [];
        public List<(QualificationLevel Level, QualificationStatus Status)> Qualifications { get; init; } = [];
        public int Capacity { get; init; }
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

    /// <summary>A problem in <paramref name="column"/>, from an English key of <see cref="RegisterText"/>.</summary>
    private void Problem(ImportRow row, string column, string message, params object[] arguments) =>
        row.Problems.Add(new ImportProblem(column, t[message, arguments]));

    /// <summary>A problem whose message is already in the reader's language (a validator's or a rule's).</summary>
    private static void Refused(ImportRow row, string column, string message) =>
        row.Problems.Add(new ImportProblem(column, message));

    /// <summary>Checks one row: the person's columns here, the profile's by the profile form's own validator.</summary>
    private async Task<ParsedRow?> ValidateAsync(RawRow raw, ImportRow row, List<Scheme> schemes, List<Domain.Organisations.Organisation> organisations, List<CoachingArea> areas, CancellationToken ct)
    {
        // A name or address is one line of plain text; a value that is not is reported, never trimmed into shape.
        string? Line(string column, int max, bool required = false)
        {
            var value = raw.Get(column);
            if (value is null && required)
            {
                Problem(row, column, "Required");
            }
            else if (value is not null && value.Length > max)
            {
                Problem(row, column, "Must be {0} characters or fewer", max);
            }
            else if (!TextRules.IsSingleLine(value))
            {
                Problem(row, column, "Must be on one line and must not contain hidden characters");
            }

            return value;
        }

        bool? YesNo(string column, bool fallback)
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

            Problem(row, column, "Must be yes or no");
            return null;
        }

        var email = Line("Email", 256, required: true);
        if (email is not null && !TextRules.IsSingleEmailAddress(email))
        {
            Problem(row, "Email", "Must be one e-mail address, like name@example.org");
        }

        var given = Line("GivenName", MaxNameLength, required: true);
        var family = Line("FamilyName", MaxNameLength, required: true);
        var jobTitle = Line("JobTitle", MaxJobTitleLength);
        foreach (var (column, value) in new[] { ("GivenName", given), ("FamilyName", family), ("JobTitle", jobTitle) })
        {
            if (value?.IndexOfAny(['<', '>']) >= 0)
            {
                Problem(row, column, "Must not contain < or >");
            }
        }

        var organisationName = Line("Organisation", 200);
        var organisation = organisationName is null ? null : organisations.FirstOrDefault(o => string.Equals(o.Name, organisationName, StringComparison.OrdinalIgnoreCase));
        if (organisationName is not null && organisation is null)
        {
            Problem(row, "Organisation", "No organisation of a scheme you administer has this name");
        }

        var schemeCode = raw.Get("Scheme");
        var scheme = schemeCode is null ? null : schemes.FirstOrDefault(s => string.Equals(s.Code, schemeCode, StringComparison.OrdinalIgnoreCase));
        if (scheme is null)
        {
            Problem(row, "Scheme", schemeCode is null ? "Required" : "No scheme you administer has this code");
        }
        else if (organisation is not null && organisation.SchemeId != scheme.Id)
        {
            Problem(row, "Organisation", "This organisation belongs to another scheme");
        }

        if (!Enum.TryParse<OfferType>(raw.Get("Offers"), ignoreCase: true, out var offers) || offers is not (OfferType.Coaching or OfferType.Mentoring or OfferType.Both))
        {
            Problem(row, "Offers", "Must be Coaching, Mentoring or Both");
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
                Problem(row, "Status", "Must be Published, Draft, Paused or Withdrawn");
            }
        }

        var formats = new List<DeliveryFormat>();
        foreach (var part in Split(raw.Get("Formats")))
        {
            if (Enum.TryParse<DeliveryFormat>(part, ignoreCase: true, out var f) && RegisterLabels.Formats.Contains(f))
            {
                formats.Add(f);
            }
            else
            {
                Problem(row, "Formats", "Unknown format \"{0}\": use FaceToFace, Telephone or Video", part);
            }
        }

        var chosenAreas = new List<CoachingArea>();
        foreach (var part in Split(raw.Get("Areas")))
        {
            var area = areas.FirstOrDefault(a => string.Equals(a.Name, part, StringComparison.OrdinalIgnoreCase));
            if (area is null)
            {
                Problem(row, "Areas", "No coaching area \"{0}\"", part);
            }
            else if (!chosenAreas.Contains(area))
            {
                chosenAreas.Add(area);
            }
        }

        var qualifications = new List<(QualificationLevel Level, QualificationStatus Status)>();
        foreach (var part in Split(raw.Get("Qualifications")))
        {
            var pieces = part.Split(':', StringSplitOptions.TrimEntries);
            var levelOk = Enum.TryParse<QualificationLevel>(pieces[0], ignoreCase: true, out var level) && Enum.IsDefined(level);
            var qualificationStatus = QualificationStatus.Achieved;
            var statusOk = pieces.Length == 1 || (pieces.Length == 2 && Enum.TryParse(pieces[1], ignoreCase: true, out qualificationStatus) && Enum.IsDefined(qualificationStatus));
            if (!levelOk || !statusOk || qualifications.Any(q => q.Level == level))
            {
                Problem(row, "Qualifications", "Cannot read \"{0}\": use for example Ilm5:Achieved;Ilm7:InTraining, each level once", part);
            }
            else
            {
                qualifications.Add((level, qualificationStatus));
            }
        }

        AccreditationBody? accreditation = AccreditationBody.None;
        if (raw.Get("Accreditation") is { } accreditationText)
        {
            accreditation = Enum.TryParse<AccreditationBody>(accreditationText, ignoreCase: true, out var body) && Enum.IsDefined(body) ? body : null;
            if (accreditation is null)
            {
                Problem(row, "Accreditation", "Must be None, Emcc, Icf, AssociationForCoaching or Other");
            }
        }

        QualificationAnswer Answer(QualificationLevel level) =>
            QualificationAnswers.For(qualifications.Where(q => q.Level == level).Select(q => (QualificationStatus?)q.Status).FirstOrDefault());
        var input = new ProfileInput
        {
            Bio = raw.Get("Bio"),
            Experience = raw.Get("Experience"),
            AreaIds = chosenAreas.Select(a => a.Id).ToList(),
            Ilm3 = Answer(QualificationLevel.Ilm3),
            Ilm5 = Answer(QualificationLevel.Ilm5),
            Ilm7 = Answer(QualificationLevel.Ilm7),
            Other = Answer(QualificationLevel.Other),
            OtherTitle = raw.Get("OtherQualification"),
            Accreditation = accreditation ?? AccreditationBody.None,
            AccreditationOther = raw.Get("AccreditationOther"),
            TrainedSupervisor = YesNo("TrainedSupervisor", false) ?? false,
            ChargesFees = YesNo("ChargesFees", false) ?? false,
            FeesDetails = raw.Get("FeesDetails"),
            Formats = formats,
            Location = raw.Get("Location"),
            Capacity = raw.Get("Capacity") ?? "2",
            Accepting = YesNo("AcceptingNewCoachees", true) ?? true,
        };
        foreach (var error in (await profileRules.ValidateAsync(input, ct)).Errors)
        {
            var field = error.PropertyName.Split('[', '.')[0];
            Refused(row, ColumnOfField.GetValueOrDefault(field, field), error.ErrorMessage);
        }

        var capacity = int.TryParse(input.Capacity, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
        if (capacity > 0 && scheme is not null && !CoachCapacity.IsWithinBounds(capacity, scheme, input.AnyQualificationInTraining))
        {
            Problem(row, "Capacity", "Must be from 1 to {0} for this scheme", CoachCapacity.MaximumFor(scheme, input.AnyQualificationInTraining));
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
                Problem(row, "LastConfirmedOn", "Must be a date like 2026-01-31");
            }
        }

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
            Profile = input,
            Areas = chosenAreas,
            Qualifications = qualifications,
            Capacity = capacity,
            LastConfirmedOn = confirmed,
        };
    }

    private static string[] Split(string? list) =>
        (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

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

    /// <summary>The profile's answers from the row; its status is changed only by <see cref="ApplyStatus"/>.</summary>
    private bool ApplyProfile(CoachProfile p, ParsedRow row)
    {
        var input = row.Profile;
        var changed = Set(p.SchemeId, row.SchemeId, v => p.SchemeId = v);
        changed |= Set(p.Offers, row.Offers, v => p.Offers = v);
        changed |= Set(p.Bio, TextInput.Clean(input.Bio), v => p.Bio = v);
        changed |= Set(p.Experience, TextInput.Clean(input.Experience), v => p.Experience = v);
        changed |= Set(p.Location, TextInput.Clean(input.Location), v => p.Location = v);
        changed |= Set(p.Formats, input.Formats.Aggregate(DeliveryFormat.None, (all, f) => all | f), v => p.Formats = v);
        changed |= Set(p.Accreditation, input.Accreditation!.Value, v => p.Accreditation = v);
        changed |= Set(p.AccreditationOther, p.Accreditation == AccreditationBody.Other ? TextInput.Clean(input.AccreditationOther) : null, v => p.AccreditationOther = v);
        changed |= Set(p.IsTrainedSupervisor, input.TrainedSupervisor!.Value, v => p.IsTrainedSupervisor = v);
        changed |= Set(p.ChargesFees, input.ChargesFees!.Value, v => p.ChargesFees = v);
        changed |= Set(p.FeesDetails, p.ChargesFees ? TextInput.Clean(input.FeesDetails) : null, v => p.FeesDetails = v);
        changed |= Set(p.Capacity, row.Capacity, v => p.Capacity = v);
        changed |= Set(p.AcceptingNewCoachees, input.Accepting!.Value, v => p.AcceptingNewCoachees = v);

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

        var otherTitle = row.Qualifications.Any(q => q.Level == QualificationLevel.Other) ? TextInput.Clean(input.OtherTitle) : null;
        if (p.Qualifications.FirstOrDefault(q => q.Level == QualificationLevel.Other) is { } other)
        {
            changed |= Set(other.Title, otherTitle, v => other.Title = v);
        }

        return changed;
    }

    /// <summary>
    /// Moves the profile to <paramref name="target"/> (null: leave it) through the profile's own state changes,
    /// so an imported profile is published only when publishing would be allowed in the portal.
    /// </summary>
    private bool ApplyStatus(CoachProfile profile, Scheme scheme, ProfileStatus? target, Guid actor, DateTimeOffset at)
    {
        if (target is null || target == profile.Status)
        {
            return false;
        }

        switch (target)
        {
            case ProfileStatus.Published:
                if (profile.Status == ProfileStatus.Paused)
                {
                    profile.Unpause(actor, at);
                }

                if (profile.Status == ProfileStatus.Draft)
                {
                    profile.Publish(scheme, actor, at);
                }

                if (profile.Status == ProfileStatus.Withdrawn)
                {
                    throw new RuleBrokenException(Rule.ProfileWithdrawn);
                }

                break;
            case ProfileStatus.Paused:
                profile.Pause(t["Paused in the imported register"], actor, at);
                break;
            case ProfileStatus.Withdrawn:
                profile.Withdraw(actor, at);
                break;
            default:
                // Back to draft has no state change of its own: a profile staff have seen is paused or withdrawn instead.
                throw new RuleBrokenException(Rule.ProfileNotDraft);
        }

        return true;
    }

    private string StatusProblem(Rule rule) => rule switch
    {
        Rule.ProfileNotDraft => t["A profile on the register cannot become a draft again: pause or withdraw it"],
        _ => RuleMessages.For(rule, t),
    };
}
