using System.Globalization;
using System.Text;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Forms;
using CsvHelper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrCompliance;

/// <summary>
/// HR's view of everyone's standing in the schemes they administer (filterable, with counts, as CSV), one
/// practitioner's record with extensions and supervisor allocation, and each scheme's rules with presets.
/// </summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/compliance")]
public class HrComplianceController(
    AppDbContext db, PortalAccess access, ComplianceEvaluation evaluation, DevelopmentRecords records, TimeProvider time,
    IStringLocalizer<ComplianceText> t, IStringLocalizer<RegisterText> rt) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(ComplianceStatus? status, Guid? scheme, int page, CancellationToken ct)
    {
        var (schemes, all) = await EveryoneAsync(scheme, ct);
        var counts = Enum.GetValues<ComplianceStatus>().ToDictionary(s => s, s => all.Count(r => r.Standing.Result.Status == s));
        var filtered = all.Where(r => status is null || r.Standing.Result.Status == status).ToList();
        var pageCount = Pagination.PageCountFor(filtered.Count, PageSize);
        page = Math.Clamp(page, 1, pageCount);
        return View(new DashboardViewModel
        {
            Status = status,
            SchemeId = scheme,
            Schemes = schemes,
            Counts = counts,
            Total = filtered.Count,
            Rows = filtered.Skip((page - 1) * PageSize).Take(PageSize).Select(Row).ToList(),
            Pages = new Pagination(page, pageCount, p => Url.Action(nameof(Index), new { status, scheme, page = p })!),
        });
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(ComplianceStatus? status, Guid? scheme, CancellationToken ct)
    {
        var (_, all) = await EveryoneAsync(scheme, ct);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), true))
        {
            csv.WriteRecord([t["Name"], t["Scheme"], t["Standing"], t["Next deadline"], t["Supervisor"], t["What is missing"]]);
            foreach (var row in all.Where(r => status is null || r.Standing.Result.Status == status).Select(Row))
            {
                // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
                csv.WriteRecord(new[] { row.Name, row.SchemeName, ComplianceWords.Status(row.Status, t), row.NextDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", row.SupervisorName ?? "", row.Reasons }
                    .Select(field => field.Length > 0 && "=+-@".Contains(field[0]) ? "'" + field : field).ToArray());
            }
        }

        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", "compliance.csv");
    }

    [HttpGet("{profileId:guid}")]
    public async Task<IActionResult> Practitioner(Guid profileId, CancellationToken ct)
    {
        var view = await PractitionerViewAsync(profileId, new ExtensionInput(), ct);
        return view is null ? NotFound() : View(view);
    }

    [HttpPost("{profileId:guid}/extensions")]
    public async Task<IActionResult> Extend(Guid profileId, ExtensionInput input, CancellationToken ct)
    {
        if (await records.PartiesAsync(profileId, ct) is not { } parties
            || !await access.MayChangeAsync(ComplianceExtensionGrant.Parties(parties.SchemeId, parties.OwnerPersonId, parties.SupervisorPersonId)))
        {
            return NotFound();
        }

        var parts = input.Deadline?.Split('|');
        if (ModelState.IsValid && (parts is not [var kindText, var dateText]
            || !Enum.TryParse<RequirementKind>(kindText, out var kind)
            || !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var original)))
        {
            ModelState.AddModelError(nameof(ExtensionInput.Deadline), t["Choose the deadline to extend"]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var grant = ComplianceExtensionGrant.Grant(profileId, Enum.Parse<RequirementKind>(parts![0]),
                    DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), input.NewDeadline!.Value, input.Reason!, User.FindPersonId(), time.GetUtcNow());
                db.ComplianceExtensions.Add(grant);
                db.AuditEvents.Add(Audit("ComplianceExtended", profileId, $"{grant.Requirement} {grant.OriginalDeadline:yyyy-MM-dd} -> {grant.NewDeadline:yyyy-MM-dd}: {grant.Reason}"));
                await db.SaveChangesAsync(ct);
                return Redirect($"/hr/compliance/{profileId}");
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(ExtensionInput.NewDeadline), RuleMessages.For(broken.Rule, rt));
            }
        }

        var view = await PractitionerViewAsync(profileId, input, ct);
        return view is null ? NotFound() : View(nameof(Practitioner), view);
    }

    [HttpPost("{profileId:guid}/supervisor")]
    public async Task<IActionResult> Allocate(Guid profileId, AllocationInput input, CancellationToken ct)
    {
        var profile = await db.CoachProfiles.Include(p => p.SupportingMentor).FirstOrDefaultAsync(p => p.Id == profileId, ct);
        if (profile is null || !await access.MayChangeAsync(profile.AllocationParties(profile.SupportingMentor?.PersonId)))
        {
            return NotFound();
        }

        var supervisor = input.SupervisorProfileId is { } id ? await db.CoachProfiles.FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        try
        {
            profile.AllocateSupportingMentor(supervisor);
            db.AuditEvents.Add(Audit("SupervisorAllocated", profileId, supervisor?.Id.ToString()));
            await db.SaveChangesAsync(ct);
        }
        catch (RuleBrokenException)
        {
            return BadRequest();
        }

        return Redirect($"/hr/compliance/{profileId}");
    }

    [HttpGet("rules/{schemeId:guid}")]
    public async Task<IActionResult> Rules(Guid schemeId, CancellationToken ct)
    {
        var scheme = await AdministeredSchemeAsync(schemeId, ct);
        return scheme is null ? NotFound() : View(new RulesViewModel { SchemeId = scheme.Id, SchemeName = scheme.Name, Input = RulesInput.From(scheme) });
    }

    [HttpPost("rules/{schemeId:guid}")]
    public async Task<IActionResult> Rules(Guid schemeId, RulesInput input, CancellationToken ct)
    {
        var scheme = await AdministeredSchemeAsync(schemeId, ct);
        if (scheme is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new RulesViewModel { SchemeId = scheme.Id, SchemeName = scheme.Name, Input = input });
        }

        scheme.Compliance = new SchemeComplianceRules
        {
            YearKind = input.YearKind!.Value,
            YearStartMonth = input.YearKind == ComplianceYearKind.Rolling12Months ? 1 : input.YearStartMonth!.Value,
            Coaches = input.Coaches.ToRole(),
            Mentors = input.Mentors.ToRole(),
            GroupSupervisionCounts = input.GroupSupervisionCounts,
            MinimumSessionHours = input.MinimumSessionHours ?? 0,
            PauseAfterDaysOverdue = input.PauseAfterDaysOverdue,
            DueSoonDays = input.DueSoonDays!.Value,
            ReminderDays = string.Join(',', SchemeComplianceRules.ParseReminderDays(input.ReminderDays)!),
            RecordsStartOn = input.RecordsStartOn,
        };
        scheme.MaxCoachees = input.MaxCoachees!.Value;
        scheme.MaxCoacheesWhileDeveloping = input.MaxCoacheesWhileDeveloping!.Value;
        db.AuditEvents.Add(Audit("ComplianceRulesChanged", scheme.Id, null, nameof(Scheme)));
        await db.SaveChangesAsync(ct);
        return Redirect($"/hr/compliance/rules/{schemeId}");
    }

    [HttpPost("rules/{schemeId:guid}/preset")]
    public async Task<IActionResult> Preset(Guid schemeId, SchemePreset? preset, CancellationToken ct)
    {
        var scheme = await AdministeredSchemeAsync(schemeId, ct);
        if (scheme is null)
        {
            return NotFound();
        }

        if (preset is { } chosen && Enum.IsDefined(chosen))
        {
            scheme.UseRequirements(SchemeRequirementPresets.For(chosen));
            db.AuditEvents.Add(Audit("ComplianceRulesPreset", scheme.Id, chosen.ToString(), nameof(Scheme)));
            await db.SaveChangesAsync(ct);
        }

        return Redirect($"/hr/compliance/rules/{schemeId}");
    }

    private async Task<Scheme?> AdministeredSchemeAsync(Guid schemeId, CancellationToken ct)
    {
        var scheme = await db.Schemes.FirstOrDefaultAsync(s => s.Id == schemeId, ct);
        return scheme is not null && await access.MayChangeAsync(scheme.AccessParties()) ? scheme : null;
    }

    private async Task<PractitionerViewModel?> PractitionerViewAsync(Guid profileId, ExtensionInput extension, CancellationToken ct)
    {
        if (await records.PartiesAsync(profileId, ct) is not { } parties
            || !await access.MayReadAsync(CpdActivity.Parties(parties.SchemeId, parties.OwnerPersonId, parties.SupervisorPersonId)))
        {
            return null;
        }

        var record = await records.LoadAsync(profileId, isOwner: false, ct);
        if (record is null)
        {
            return null;
        }

        var deadlines = record.Standing.Result.Requirements
            .Where(r => r.Due is not null && r.Status != RequirementStatus.Met)
            .Select(r => new Choice($"{r.Kind}|{r.Due:yyyy-MM-dd}", $"{ComplianceWords.Requirement(r.Kind, t)}: {ComplianceWords.Reason(r, t)}"))
            .ToList();
        // Ids become text here, not in SQL, where SQLite would give them in upper case.
        var supervisors = await db.CoachProfiles.AsNoTracking()
            .Where(p => p.SchemeId == parties.SchemeId && p.Id != profileId && p.IsTrainedSupervisor && p.Status != ProfileStatus.Withdrawn)
            .OrderBy(p => p.Person!.FamilyName).ThenBy(p => p.Person!.GivenName)
            .Select(p => new { p.Id, Name = p.Person!.GivenName + " " + p.Person.FamilyName })
            .ToListAsync(ct);
        return new PractitionerViewModel
        {
            Record = record, Deadlines = deadlines, Supervisors = supervisors.Select(p => new Choice(p.Id.ToString(), p.Name)).ToList(), Extension = extension,
        };
    }

    /// <summary>
    /// Everyone in the administered schemes (or one of them), evaluated set-based, one scheme at a time, in
    /// the list's order: worst standing first, then the nearest deadline. The words are left to
    /// <see cref="Row"/>, for the rows a page or the export shows.
    /// </summary>
    private async Task<(IReadOnlyList<Choice> Schemes, List<Listed> Rows)> EveryoneAsync(Guid? only, CancellationToken ct)
    {
        var asker = await access.AskerAsync();
        var schemes = await db.Schemes.AsNoTracking().AdministeredBy(asker).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var rows = new List<Listed>();
        foreach (var scheme in schemes.Where(s => only is null || s.Id == only))
        {
            foreach (var standing in await evaluation.EvaluateAsync(scheme.Id, records.Today, ct: ct))
            {
                rows.Add(new Listed(standing, scheme.Name, Open(standing).Where(r => r.Due is not null).Min(r => r.Due)));
            }
        }

        var order = rows.OrderByDescending(r => r.Standing.Result.Status).ThenBy(r => r.NextDue ?? DateOnly.MaxValue).ThenBy(r => r.Standing.Name).ToList();
        return (schemes.Select(s => new Choice(s.Id.ToString(), s.Name)).ToList(), order);
    }

    /// <summary>The requirements HR's list names: those with something missing.</summary>
    private static IEnumerable<RequirementResult> Open(PractitionerStanding standing) =>
        standing.Result.Requirements.Where(r => r.Status >= RequirementStatus.InProgress && r.Reason.Code != ReasonCode.Met);

    private ComplianceRow Row(Listed listed) => new(
        listed.Standing.ProfileId, listed.Standing.Name, listed.SchemeName, listed.Standing.Result.Status,
        string.Join("; ", Open(listed.Standing).Select(r => ComplianceWords.Reason(r, t))), listed.Standing.SupervisorName, listed.NextDue);

    /// <summary>One practitioner on HR's list, with what ordering, filtering and counting need.</summary>
    private sealed record Listed(PractitionerStanding Standing, string SchemeName, DateOnly? NextDue);

    private AuditEvent Audit(string action, Guid entityId, string? detail, string entityType = nameof(CoachProfile)) => new()
    {
        At = time.GetUtcNow(),
        ActorPersonId = User.FindPersonId(),
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Detail = detail,
    };
}
