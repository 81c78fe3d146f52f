using CoachRegister.Data;
using CoachRegister.Domain.Development;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Cpd;

/// <summary>
/// An evidence file, for whom the matrix allows (the practitioner, their allocated supervisor, the scheme's
/// HR): always a download, with a sandbox policy, so the browser never runs what was uploaded.
/// </summary>
[Route("evidence")]
public class EvidenceController(AppDbContext db, PortalAccess access, EvidenceFiles files) : Controller
{
    [HttpGet("{activityId:guid}")]
    public async Task<IActionResult> Download(Guid activityId, CancellationToken ct)
    {
        var found = await db.CpdEvidenceFiles.AsNoTracking()
            .Where(f => f.CpdActivityId == activityId)
            .Join(db.CpdActivities, f => f.CpdActivityId, a => a.Id, (f, a) => new { File = f, a.CoachProfileId })
            .Join(db.CoachProfiles, x => x.CoachProfileId, p => p.Id, (x, p) => new
            {
                x.File,
                p.SchemeId,
                p.PersonId,
                SupervisorPersonId = p.SupportingMentor == null ? (Guid?)null : p.SupportingMentor.PersonId,
            })
            .FirstOrDefaultAsync(ct);
        if (found is null || !await access.MayReadAsync(CpdActivity.EvidenceParties(found.SchemeId, found.PersonId, found.SupervisorPersonId)))
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(files.Open(found.File), found.File.ContentType, found.File.FileName);
    }
}
