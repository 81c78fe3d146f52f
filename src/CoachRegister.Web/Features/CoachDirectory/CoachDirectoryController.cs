using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.CoachDirectory;

/// <summary>Find a coach / find a mentor: two registers, one search, for any signed-in member of staff.</summary>
[Authorize]
public class CoachDirectoryController(AppDbContext db, DirectoryService directory, PortalAccess access) : Controller
{
    [HttpGet("/coaches")]
    public Task<IActionResult> Coaches([FromQuery] DirectorySearch search, CancellationToken ct) =>
        SearchAsync(OfferType.Coaching, search, ct);

    [HttpGet("/mentors")]
    public Task<IActionResult> Mentors([FromQuery] DirectorySearch search, CancellationToken ct) =>
        SearchAsync(OfferType.Mentoring, search, ct);

    [HttpGet("/coaches/{id:guid}")]
    public Task<IActionResult> Coach(Guid id, CancellationToken ct) => ProfileAsync(OfferType.Coaching, id, ct);

    [HttpGet("/mentors/{id:guid}")]
    public Task<IActionResult> Mentor(Guid id, CancellationToken ct) => ProfileAsync(OfferType.Mentoring, id, ct);

    /// <summary>Photos are served from their own route: re-encoded on upload, so the stored type is trusted.</summary>
    [HttpGet("/register/photos/{id:guid}")]
    public async Task<IActionResult> Photo(Guid id, CancellationToken ct)
    {
        var photo = await db.ProfilePhotos.AsNoTracking()
            .Where(f => f.CoachProfileId == id)
            .Join(db.CoachProfiles, f => f.CoachProfileId, p => p.Id, (f, p) => new { f.Content, f.ContentType, p.SchemeId, p.Status, p.PersonId })
            .FirstOrDefaultAsync(ct);
        if (photo is null || !await access.MayReadAsync(CoachProfile.Parties(photo.SchemeId, photo.Status, photo.PersonId)))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Content-Type-Options"] = "nosniff";
        return File(photo.Content, photo.ContentType);
    }

    private async Task<IActionResult> SearchAsync(OfferType kind, DirectorySearch search, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            search = new DirectorySearch();
        }

        var asker = await access.AskerAsync();
        var (entries, total) = await directory.SearchAsync(asker, kind, search, DirectoryService.PageSize, ct);
        var areas = await db.CoachingAreas.AsNoTracking().Where(a => a.IsActive)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.NameWelsh })
            .ToListAsync(ct);
        // Ids become text in .NET, not in SQL: the database's text form is upper case and would never match the
        // lower-case search value, so the chosen organisation would not show as selected.
        var schemes = asker.VisibleRegisterSchemeIds.Concat(asker.AdministeredSchemeIds).ToList();
        var organisations = (await db.Organisations.AsNoTracking().Where(o => schemes.Contains(o.SchemeId)).OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name })
                .ToListAsync(ct))
            .Select(o => new Choice(o.Id.ToString(), o.Name))
            .ToList();

        return View("Index", new DirectoryViewModel
        {
            Kind = kind,
            Search = search,
            Entries = entries,
            Total = total,
            PageCount = Math.Max(1, (total + DirectoryService.PageSize - 1) / DirectoryService.PageSize),
            Areas = areas.Select(a => new Choice(a.Id.ToString(), RegisterLabels.AreaName(a.Name, a.NameWelsh))).ToList(),
            Organisations = organisations,
        });
    }

    private async Task<IActionResult> ProfileAsync(OfferType kind, Guid id, CancellationToken ct)
    {
        var profile = await db.CoachProfiles.AsNoTracking()
            .Where(p => p.Id == id && (p.Offers & kind) == kind)
            .Select(p => new
            {
                p.PersonId,
                p.SchemeId,
                Model = new CoachProfileViewModel
                {
                    Id = p.Id,
                    Kind = kind,
                    FullName = p.Person!.GivenName + " " + p.Person.FamilyName,
                    JobTitle = p.Person.JobTitle,
                    OrganisationName = p.Person.Organisation!.Name,
                    Offers = p.Offers,
                    Status = p.Status,
                    Bio = p.Bio,
                    Experience = p.Experience,
                    Location = p.Location,
                    Formats = p.Formats,
                    Accreditation = p.Accreditation,
                    AccreditationOther = p.AccreditationOther,
                    CompetencyInterviewPassed = p.CompetencyInterviewPassed,
                    IsTrainedSupervisor = p.IsTrainedSupervisor,
                    ChargesFees = p.ChargesFees,
                    FeesDetails = p.FeesDetails,
                    Capacity = p.Capacity,
                    PlacesUsed = db.Matches.Count(m => m.CoachProfileId == p.Id && EF.Constant(Match.HoldsPlace).Contains(m.Status)),
                    AcceptingNewCoachees = p.AcceptingNewCoachees,
                    DeclarationOfInterest = p.DeclarationOfInterest,
                    LastConfirmedOn = p.LastConfirmedOn,
                    HasPhoto = p.HasPhoto,
                    Areas = p.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
                        .Select(a => new AreaLabel(a.Name, a.NameWelsh)).ToList(),
                    Qualifications = p.Qualifications.OrderByDescending(q => q.Level)
                        .Select(q => new ProfileQualification { Level = q.Level, Title = q.Title, Status = q.Status, AchievedOn = q.AchievedOn })
                        .ToList(),
                },
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);

        if (profile is null || !await access.MayReadAsync(CoachProfile.Parties(profile.SchemeId, profile.Model.Status, profile.PersonId)))
        {
            return NotFound();
        }

        return View("Profile", profile.Model);
    }
}
