using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Cpd;

/// <summary>
/// The practitioner's own development record: progress toward each requirement this year and what is due
/// when, and logging CPD, supervision and peer support, and qualification dates. Practice hours come from
/// the session log, never typed here.
/// </summary>
[Authorize(Roles = $"{Roles.Coach},{Roles.Mentor}")]
[Route("development")]
public class CpdController(
    AppDbContext db,
    PortalAccess access,
    DevelopmentRecords records,
    EvidenceFiles evidence,
    TimeProvider time,
    IStringLocalizer<ComplianceText> t,
    IStringLocalizer<RegisterText> rt) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var mine = await MineAsync(ct);
        if (mine is null)
        {
            return NotFound();
        }

        var record = await records.LoadAsync(mine.Value.ProfileId, isOwner: true, ct);
        return record is null ? NotFound() : View(new DevelopmentPageViewModel { Record = record });
    }

    [HttpGet("cpd/new")]
    public async Task<IActionResult> NewCpd(CancellationToken ct) =>
        await MineAsync(ct) is null ? NotFound() : View(CpdForm(new CpdInput { Date = records.Today }));

    [HttpPost("cpd/new")]
    [RequestSizeLimit(6 * 1024 * 1024)]
    public async Task<IActionResult> NewCpd(CpdInput input, CancellationToken ct)
    {
        var mine = await MineAsync(ct);
        if (mine is null)
        {
            return NotFound();
        }

        byte[]? content = null;
        string? contentType = null;
        if (input.Evidence is { Length: > 0 } upload)
        {
            if (upload.Length > evidence.MaxBytes)
            {
                ModelState.AddModelError(nameof(CpdInput.Evidence), t["The file must be {0} MB or smaller", evidence.MaxBytes / (1024 * 1024)]);
            }
            else
            {
                using var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer, ct);
                content = buffer.ToArray();
                contentType = EvidenceFiles.DetectType(content);
                if (contentType is null)
                {
                    ModelState.AddModelError(nameof(CpdInput.Evidence), t["The file must be a PDF, PNG or JPEG"]);
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return View(CpdForm(input));
        }

        var activity = new CpdActivity
        {
            CoachProfileId = mine.Value.ProfileId,
            Kind = input.Kind!.Value,
            Title = TextInput.Clean(input.Title)!,
            Provider = TextInput.Clean(input.Provider),
            Date = input.Date!.Value,
            Hours = input.Hours!.Value,
            Description = TextInput.Clean(input.Reflection),
        };
        db.CpdActivities.Add(activity);
        if (content is not null)
        {
            db.CpdEvidenceFiles.Add(await evidence.SaveAsync(activity.Id, input.Evidence!.FileName, content, contentType!, time.GetUtcNow(), ct));
            activity.HasEvidenceFile = true;
        }

        await db.SaveChangesAsync(ct);
        return Redirect("/development");
    }

    [HttpGet("supervision/new")]
    public async Task<IActionResult> NewSupervision(CancellationToken ct)
    {
        var mine = await MineAsync(ct);
        return mine is null ? NotFound() : View(await SupervisionFormAsync(mine.Value, new SupervisionInput { Date = records.Today, Hours = 1m, SupervisorId = mine.Value.SupervisorPersonId }, ct));
    }

    [HttpPost("supervision/new")]
    public async Task<IActionResult> NewSupervision(SupervisionInput input, CancellationToken ct)
    {
        var mine = await MineAsync(ct);
        if (mine is null)
        {
            return NotFound();
        }

        var supervisors = await SupervisorsAsync(mine.Value, ct);
        if (input.SupervisorId is { } chosen && supervisors.All(s => s.Value != chosen.ToString()))
        {
            ModelState.AddModelError(nameof(SupervisionInput.SupervisorId), t["Choose who gave the supervision: they confirm it"]);
        }

        if (!ModelState.IsValid)
        {
            return View(await SupervisionFormAsync(mine.Value, input, ct));
        }

        db.SupervisionSessions.Add(new SupervisionSession
        {
            CoachProfileId = mine.Value.ProfileId,
            Kind = input.Kind!.Value,
            SupervisorId = input.SupervisorId,
            Date = input.Date!.Value,
            Hours = input.Hours!.Value,
            Notes = TextInput.Clean(input.Notes),
        });
        await db.SaveChangesAsync(ct);
        return Redirect("/development");
    }

    [HttpGet("qualifications/{id:guid}")]
    public async Task<IActionResult> Qualification(Guid id, CancellationToken ct)
    {
        var qualification = await OwnQualificationAsync(id, ct);
        return qualification is null
            ? NotFound()
            : View(new QualificationFormViewModel
            {
                Qualification = Row(qualification),
                Input = new QualificationInput { Status = qualification.Status, FirstAssignmentSubmittedOn = qualification.FirstAssignmentSubmittedOn, AchievedOn = qualification.AchievedOn },
            });
    }

    [HttpPost("qualifications/{id:guid}")]
    public async Task<IActionResult> Qualification(Guid id, QualificationInput input, CancellationToken ct)
    {
        var qualification = await OwnQualificationAsync(id, ct);
        if (qualification is null)
        {
            return NotFound();
        }

        try
        {
            qualification.RecordProgress(input.Status ?? qualification.Status, input.FirstAssignmentSubmittedOn, input.AchievedOn);
        }
        catch (RuleBrokenException broken)
        {
            ModelState.AddModelError(nameof(QualificationInput.AchievedOn), RuleMessages.For(broken.Rule, rt));
            return View(new QualificationFormViewModel { Qualification = Row(qualification), Input = input });
        }

        await db.SaveChangesAsync(ct);
        return Redirect("/development");
    }

    private static QualificationRow Row(Qualification q) => new(q.Id, q.Level, q.Title, q.Status, q.FirstAssignmentSubmittedOn, q.AchievedOn);

    private async Task<Qualification?> OwnQualificationAsync(Guid id, CancellationToken ct)
    {
        var mine = await MineAsync(ct);
        return mine is null ? null : await db.Qualifications.FirstOrDefaultAsync(q => q.Id == id && q.CoachProfileId == mine.Value.ProfileId, ct);
    }

    /// <summary>The signed-in practitioner's own record, when the policy lets them change it (it always should: it is theirs).</summary>
    private async Task<(Guid ProfileId, Guid SchemeId, Guid OwnerPersonId, Guid? SupervisorPersonId)?> MineAsync(CancellationToken ct)
    {
        if (User.FindPersonId() is not { } me || await records.ProfileOfAsync(me, ct) is not { } profileId
            || await records.PartiesAsync(profileId, ct) is not { } parties)
        {
            return null;
        }

        return await access.MayChangeAsync(CpdActivity.Parties(parties.SchemeId, parties.OwnerPersonId, parties.SupervisorPersonId)) ? parties : null;
    }

    private CpdFormViewModel CpdForm(CpdInput input) => new()
    {
        Input = input,
        Kinds = Enum.GetValues<CpdKind>().Select(k => new Choice(k.ToString(), ComplianceWords.CpdKindName(k, t))).ToList(),
        MaxEvidenceBytes = evidence.MaxBytes,
    };

    private async Task<SupervisionFormViewModel> SupervisionFormAsync((Guid ProfileId, Guid SchemeId, Guid OwnerPersonId, Guid? SupervisorPersonId) mine, SupervisionInput input, CancellationToken ct) => new()
    {
        Input = input,
        Kinds = Enum.GetValues<SupervisionKind>().Select(k => new Choice(k.ToString(), ComplianceWords.SupervisionKindName(k, t))).ToList(),
        Supervisors = await SupervisorsAsync(mine, ct),
    };

    /// <summary>The scheme's trained supervisors and lead mentors (and the allocated one), never the practitioner.</summary>
    private async Task<List<Choice>> SupervisorsAsync((Guid ProfileId, Guid SchemeId, Guid OwnerPersonId, Guid? SupervisorPersonId) mine, CancellationToken ct)
    {
        // The id is turned into text here, not in SQL: SQLite keeps Guids in upper case, the form posts lower case.
        var people = await db.CoachProfiles.AsNoTracking()
            .Where(p => p.SchemeId == mine.SchemeId && p.PersonId != mine.OwnerPersonId && p.Status != ProfileStatus.Withdrawn
                && (p.IsTrainedSupervisor || p.PersonId == mine.SupervisorPersonId))
            .OrderBy(p => p.Person!.FamilyName).ThenBy(p => p.Person!.GivenName)
            .Select(p => new { p.PersonId, Name = p.Person!.GivenName + " " + p.Person.FamilyName })
            .ToListAsync(ct);
        return people.Select(p => new Choice(p.PersonId.ToString(), p.Name)).ToList();
    }
}
