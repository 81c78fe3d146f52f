using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Data.Documents;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.HrPartnerships;

public sealed record RelationshipFileRow(Guid Id, RelationshipFileStatus Status, int Done, int Total, DateTimeOffset CreatedAt);

public sealed record HrPartnershipViewModel(Partnership Partnership, IReadOnlyList<RelationshipFileRow> Files);

public sealed record RelationshipFileViewModel(Guid Id, Guid MatchId, string CoachName, string CoacheeName, RelationshipFileStatus Status, int Done, int Total);

/// <summary>
/// HR's page for one partnership, and the partnership's whole file as one ZIP: asked for here, made in the
/// background (<see cref="Documents.RelationshipFileWorker"/>), followed on a page that refreshes itself, then
/// downloaded. The file is a record of its own kind (RelationshipFile): the scheme's HR may ask for it, follow it and
/// download it; anyone else gets 404. What goes in is decided document by document for the person who asked.
/// </summary>
[Authorize]
[Route("hr/partnerships")]
public class RelationshipFilesController(AppDbContext db, PortalAccess access, Partnerships partnerships, TimeProvider time) : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken ct)
    {
        if (await partnerships.ReadableAsync(id, RecordKind.RelationshipFile, ct) is not { } p)
        {
            return NotFound();
        }

        var files = await db.RelationshipFiles.AsNoTracking().Where(f => f.MatchId == id).OrderByDescending(f => f.CreatedAt).Take(10)
            .Select(f => new RelationshipFileRow(f.Id, f.Status, f.DocumentsDone, f.DocumentsTotal, f.CreatedAt)).ToListAsync(ct);
        return View("/Features/HrPartnerships/Views/Show.cshtml", new HrPartnershipViewModel(p, files));
    }

    [HttpPost("{id:guid}/file")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Ask(Guid id, CancellationToken ct)
    {
        if (await partnerships.ChangeableAsync(id, RecordKind.RelationshipFile, ct) is not { } p)
        {
            return NotFound();
        }

        var file = new RelationshipFile
        {
            MatchId = id,
            SchemeId = p.Scheme.Id,
            RequestedByPersonId = User.GetPersonId(),
            Culture = DocumentRenderer.SupportedCulture(CultureInfo.CurrentUICulture).Name,
            CreatedAt = time.GetUtcNow(),
        };
        db.RelationshipFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return Redirect($"/hr/partnerships/files/{file.Id}");
    }

    [HttpGet("files/{fileId:guid}")]
    public async Task<IActionResult> Progress(Guid fileId, CancellationToken ct)
    {
        var file = await db.RelationshipFiles.AsNoTracking().Where(f => f.Id == fileId)
            .Join(db.Matches, f => f.MatchId, m => m.Id, (f, m) => new
            {
                f.SchemeId,
                Model = new RelationshipFileViewModel(
                    f.Id,
                    f.MatchId,
                    m.Coach!.Person!.GivenName + " " + m.Coach.Person.FamilyName,
                    m.Coachee!.GivenName + " " + m.Coachee.FamilyName,
                    f.Status,
                    f.DocumentsDone,
                    f.DocumentsTotal),
            })
            .FirstOrDefaultAsync(ct);
        if (file is null || !await access.MayReadAsync(RelationshipFile.Parties(file.SchemeId)))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return View("/Features/HrPartnerships/Views/Progress.cshtml", file.Model);
    }

    [HttpGet("files/{fileId:guid}/download")]
    public async Task<IActionResult> Download(Guid fileId, CancellationToken ct)
    {
        var file = await db.RelationshipFiles.AsNoTracking().Where(f => f.Id == fileId && f.Status == RelationshipFileStatus.Ready)
            .Select(f => new { f.SchemeId, f.Zip, f.CreatedAt }).FirstOrDefaultAsync(ct);
        if (file?.Zip is null || !await access.MayReadAsync(RelationshipFile.Parties(file.SchemeId)))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(file.Zip, "application/zip", $"relationship-file-{file.CreatedAt.UtcDateTime:yyyy-MM-dd-HHmm}.zip");
    }
}
