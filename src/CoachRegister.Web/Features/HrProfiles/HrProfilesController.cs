using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrProfiles;

public sealed class ProfileRow
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public OfferType Offers { get; init; }
    public ProfileStatus Status { get; init; }
    public string? PausedReason { get; init; }
    public DateOnly? LastConfirmedOn { get; init; }
}

public sealed class ProfileListViewModel
{
    public string? Q { get; init; }
    public List<ProfileRow> Rows { get; init; } = [];
    public bool Truncated { get; init; }
}

public sealed class PauseInput
{
    public const int MaxReasonLength = 1000;

    public string? Reason { get; set; }
}

public sealed class PauseViewModel
{
    public required ProfileRow Profile { get; init; }
    public required PauseInput Input { get; init; }
}

public sealed class PauseInputValidator : AbstractValidator<PauseInput>
{
    public PauseInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(p => p.Reason).Required(t, "Give the reason for pausing: the coach will see it");
        RuleFor(p => p.Reason).Limit(PauseInput.MaxReasonLength, t, "Reason");
    }
}

/// <summary>
/// HR's view of every profile, whatever its status, to pause and un-pause. A paused profile is hidden from
/// staff but kept, with its matches and history: nothing on the register is ever deleted here.
/// </summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/profiles")]
public class HrProfilesController(AppDbContext db, TimeProvider time) : Controller
{
    private const int ListLimit = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct)
    {
        var query = db.CoachProfiles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q) && q.Length <= 200)
        {
            var pattern = TextInput.LikePattern(q);
            query = query.Where(p => EF.Functions.Like(p.Person!.GivenName + " " + p.Person.FamilyName, pattern, "\\")
                || EF.Functions.Like(p.Person.Email, pattern, "\\"));
        }

        var rows = await Rows(query.OrderBy(p => p.Person!.FamilyName).ThenBy(p => p.Person!.GivenName)).Take(ListLimit + 1).ToListAsync(ct);
        return View(new ProfileListViewModel { Q = q, Rows = rows.Take(ListLimit).ToList(), Truncated = rows.Count > ListLimit });
    }

    [HttpGet("{id:guid}/pause")]
    public async Task<IActionResult> Pause(Guid id, CancellationToken ct)
    {
        var row = await Rows(db.CoachProfiles.AsNoTracking().Where(p => p.Id == id)).FirstOrDefaultAsync(ct);
        return row is null ? NotFound() : View(new PauseViewModel { Profile = row, Input = new PauseInput() });
    }

    [HttpPost("{id:guid}/pause")]
    public async Task<IActionResult> Pause(Guid id, PauseInput input, CancellationToken ct)
    {
        var profile = await db.CoachProfiles.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (profile is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            var row = await Rows(db.CoachProfiles.AsNoTracking().Where(p => p.Id == id)).FirstAsync(ct);
            return View(new PauseViewModel { Profile = row, Input = input });
        }

        // A draft that is paused stays unpublishable until HR lifts the pause; un-pausing returns it to what it was.
        if (profile.Status != ProfileStatus.Paused)
        {
            profile.StatusBeforePause = profile.Status;
        }

        profile.Status = ProfileStatus.Paused;
        profile.PausedReason = input.Reason!.Trim();
        profile.PausedAt = time.GetUtcNow();
        profile.UpdatedAt = time.GetUtcNow();
        db.AuditEvents.Add(await AuditAsync("RegisterProfilePaused", profile.Id, profile.PausedReason, ct));
        await db.SaveChangesAsync(ct);
        return Redirect("/hr/profiles");
    }

    [HttpPost("{id:guid}/unpause")]
    public async Task<IActionResult> Unpause(Guid id, CancellationToken ct)
    {
        var profile = await db.CoachProfiles.Include(p => p.Areas).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (profile is null)
        {
            return NotFound();
        }

        if (profile.Status == ProfileStatus.Paused)
        {
            // Profiles paused before the previous status was kept go back to published only if they could be published.
            profile.Status = profile.StatusBeforePause
                ?? (ProfileRules.IsReadyToPublish(profile) ? ProfileStatus.Published : ProfileStatus.Draft);
            profile.StatusBeforePause = null;
            db.AuditEvents.Add(await AuditAsync("RegisterProfileUnpaused", profile.Id, profile.PausedReason, ct));
            profile.PausedReason = null;
            profile.PausedAt = null;
            profile.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return Redirect("/hr/profiles");
    }

    private static IQueryable<ProfileRow> Rows(IQueryable<CoachProfile> profiles) => profiles.Select(p => new ProfileRow
    {
        Id = p.Id,
        Name = p.Person!.GivenName + " " + p.Person.FamilyName,
        Email = p.Person.Email,
        Offers = p.Offers,
        Status = p.Status,
        PausedReason = p.PausedReason,
        LastConfirmedOn = p.LastConfirmedOn,
    });

    private async Task<AuditEvent> AuditAsync(string action, Guid profileId, string? detail, CancellationToken ct) => new()
    {
        At = time.GetUtcNow(),
        ActorPersonId = User.FindPersonId(),
        Action = action,
        EntityType = nameof(CoachProfile),
        EntityId = profileId,
        Detail = detail,
    };
}
