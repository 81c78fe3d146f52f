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
public class CoachDirectoryController(AppDbContext db, DirectoryQueries directory, PortalAccess access) : Controller
{
    [HttpGet("/coaches")]
    public Task<IActionResult> Coaches([FromQuery] DirectorySearch search, CancellationToken ct) =>
        SearchAsync(OfferType.Coaching, search, ct);

    [HttpGet("/mentors")]
    public Task<IActionResult> Mentors([FromQuery] DirectorySearch search, CancellationToken ct) =>
        SearchAsync(OfferType.Mentoring, search, ct);

    /// <summary>The profile's address carries the search it was found by, so "Back to the register" returns to it.</summary>
    [HttpGet("/coaches/{id:guid}")]
    public Task<IActionResult> Coach(Guid id, [FromQuery] DirectorySearch search, CancellationToken ct) => ProfileAsync(OfferType.Coaching, id, search, ct);

    [HttpGet("/mentors/{id:guid}")]
    public Task<IActionResult> Mentor(Guid id, [FromQuery] DirectorySearch search, CancellationToken ct) => ProfileAsync(OfferType.Mentoring, id, search, ct);

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
        // A bad page number goes to the nearest real page with the same filters; a bad filter is dropped alone,
        // and the ones typed (text too long) are said in the error summary.
        var pageIsWrong = ModelState.TryGetValue(nameof(DirectorySearch.Page), out var page) && page.Errors.Count > 0;
        ModelState.Remove(nameof(DirectorySearch.Page));
        var invalid = ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        if (pageIsWrong)
        {
            invalid.Add(nameof(DirectorySearch.Page));
        }

        search = search.Without(invalid);
        var asker = await access.AskerAsync();
        var result = await directory.SearchAsync(asker, kind, search, ct);
        if (ModelState.IsValid && (pageIsWrong || search.Page > result.PageCount))
        {
            return Redirect(PageUrl(kind, search, Math.Min(search.Page, result.PageCount)));
        }

        return View("Index", new DirectoryViewModel
        {
            Kind = kind,
            Search = search,
            Entries = result.Entries,
            Total = result.Total,
            PageCount = result.PageCount,
            Areas = result.Areas.Select(a => new Choice(a.Id.ToString(), RegisterLabels.AreaName(a.Name, a.NameWelsh))).ToList(),
            Organisations = result.Organisations,
            // The rendered search is shared by everyone with the same scope and language while the version stands.
            CacheKey = ModelState.IsValid
                ? $"{result.Version}|{string.Join(',', RecordScopes.DirectorySchemesOf(asker))}|{PageUrl(kind, search, search.Page)}"
                : null,
        });
    }

    private static string PageUrl(OfferType kind, DirectorySearch search, int page) =>
        "/" + DirectoryViewModel.RouteFor(kind) + QueryString.Create(search.ToRouteValues(page).Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value)));

    private async Task<IActionResult> ProfileAsync(OfferType kind, Guid id, DirectorySearch search, CancellationToken ct)
    {
        var profile = await directory.ProfileAsync(kind, id, ct);
        if (profile is null || !await access.MayReadAsync(CoachProfile.Parties(profile.SchemeId, profile.Model.Status, profile.PersonId)))
        {
            return NotFound();
        }

        var back = ModelState.IsValid ? search.Without([]) : new DirectorySearch();
        return View("Profile", profile.Model with { BackUrl = PageUrl(kind, back, back.Page) });
    }
}
