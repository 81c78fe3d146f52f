using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Concurrency;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Profile;

/// <summary>
/// A coach's or mentor's own profile, found from the signed-in account (never from the address) and changed
/// only when the access policy grants it.
/// </summary>
[Authorize]
[Route("profile")]
public class ProfileController(AppDbContext db, PortalAccess access, TimeProvider time, IStringLocalizer<RegisterText> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var profile = await MyProfileAsync(ct);
        if (profile is null)
        {
            return NotFound();
        }

        return View(await ViewModelAsync(profile, ToInput(profile), ct));
    }

    /// <summary>
    /// Saves the form; with the "Save and publish" button, then publishes the draft. Publishing is part of the
    /// form, so nothing typed is lost when it is pressed, and a draft that cannot be published yet keeps what was saved.
    /// </summary>
    [HttpPost("")]
    public async Task<IActionResult> Index(ProfileInput input, CancellationToken ct)
    {
        var profile = await MyProfileAsync(ct);
        if (profile is null)
        {
            return NotFound();
        }

        if (profile.Status != ProfileStatus.Draft)
        {
            // The form does not offer qualifications once the profile is on the register; what is stored stands.
            var stored = ToInput(profile);
            (input.Ilm3, input.Ilm5, input.Ilm7, input.Other, input.OtherTitle) = (stored.Ilm3, stored.Ilm5, stored.Ilm7, stored.Other, stored.OtherTitle);
            foreach (var key in new[] { nameof(input.Ilm3), nameof(input.Ilm5), nameof(input.Ilm7), nameof(input.Other), nameof(input.OtherTitle) })
            {
                ModelState.Remove(key);
            }
        }

        var chosenAreas = await db.CoachingAreas.Where(a => a.IsActive && input.AreaIds.Contains(a.Id)).ToListAsync(ct);
        if (chosenAreas.Count != input.AreaIds.Distinct().Count())
        {
            ModelState.AddModelError(nameof(input.AreaIds), t["Select areas from the list"]);
        }

        var inTraining = input.AnyQualificationInTraining;
        if (int.TryParse(input.Capacity, NumberStyles.None, CultureInfo.InvariantCulture, out var capacity)
            && !CoachCapacity.IsWithinBounds(capacity, profile.Scheme!, inTraining))
        {
            ModelState.AddModelError(nameof(input.Capacity), inTraining
                ? t["While a qualification is in training you can support from 1 to {0} people at once", profile.Scheme!.MaxCoacheesWhileDeveloping]
                : t["You can support from 1 to {0} people at once", profile.Scheme!.MaxCoachees]);
        }

        if (!ModelState.IsValid)
        {
            return View(await ViewModelAsync(profile, input, ct));
        }

        db.Entry(profile).Property(p => p.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
        profile.SetCapacity(capacity, profile.Scheme!, inTraining);
        profile.Bio = TextInput.Clean(input.Bio);
        profile.Experience = TextInput.Clean(input.Experience);
        profile.Areas.Clear();
        profile.Areas.AddRange(chosenAreas);
        if (profile.Status == ProfileStatus.Draft)
        {
            ReplaceQualifications(profile, input);
        }

        profile.Accreditation = input.Accreditation!.Value;
        profile.AccreditationOther = profile.Accreditation == AccreditationBody.Other ? TextInput.Clean(input.AccreditationOther) : null;
        profile.IsTrainedSupervisor = input.TrainedSupervisor!.Value;
        profile.ChargesFees = input.ChargesFees!.Value;
        profile.FeesDetails = profile.ChargesFees ? TextInput.Clean(input.FeesDetails) : null;
        profile.Formats = input.Formats.Aggregate(DeliveryFormat.None, (all, f) => all | f);
        profile.Location = TextInput.Clean(input.Location);
        profile.AcceptingNewCoachees = input.Accepting!.Value;
        profile.DeclarationOfInterest = TextInput.Clean(input.DeclarationOfInterest);
        profile.UpdatedAt = time.GetUtcNow();
        if (!await TrySaveAsync(ct))
        {
            return View(await ViewModelAsync(await ReloadAsync(profile, ct), input, ct));
        }

        if (!input.Publish || profile.Status != ProfileStatus.Draft)
        {
            TempData.Success(t["Your profile has been saved."]);
            return RedirectToAction(nameof(Index));
        }

        try
        {
            profile.Publish(profile.Scheme!, User.GetPersonId(), time.GetUtcNow());
        }
        catch (RuleBrokenException broken)
        {
            ModelState.AddModelError(string.Empty, t["Your changes are saved, but your profile is not published yet."]);
            ModelState.AddModelError(broken.Rule == Rule.CoachQualificationNeeded ? nameof(input.Ilm5) : nameof(input.Bio), RuleMessages.For(broken.Rule, t));
            return View(await ViewModelAsync(profile, ToInput(profile), ct));
        }

        await db.SaveChangesAsync(ct);
        TempData.Success(t["Your profile is published. Staff can now find you."]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// One click: profiles must be kept up to date (003 s.4.1), so confirming is made as cheap as possible. It is
    /// the same whoever else changed the profile meanwhile, so a conflict is retried rather than reported.
    /// </summary>
    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(CancellationToken ct)
    {
        IActionResult? refused = null;
        var found = await db.RetryOnConflictAsync(async () =>
        {
            var profile = await MyProfileAsync(ct);
            if (profile is null)
            {
                return false;
            }

            try
            {
                if (profile.ConfirmCurrent(time.GetUtcNow()))
                {
                    await db.SaveChangesAsync(ct);
                }
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(string.Empty, RuleMessages.For(broken.Rule, t));
                refused = View(nameof(Index), await ViewModelAsync(profile, ToInput(profile), ct));
            }

            return true;
        }, ct);
        if (!found)
        {
            return NotFound();
        }

        if (refused is not null)
        {
            return refused;
        }

        TempData.Success(t["Thank you for confirming your profile is up to date."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("photo")]
    [RequestSizeLimit(ProfilePhoto.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProfilePhoto.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Photo(IFormFile? photo, CancellationToken ct)
    {
        var profile = await MyProfileAsync(ct);
        if (profile is null)
        {
            return NotFound();
        }

        ProcessedPhoto? processed = null;
        if (photo is null || photo.Length == 0)
        {
            ModelState.AddModelError("photo", t["Select a photo"]);
        }
        else if (photo.Length > ProfilePhoto.MaxBytes)
        {
            ModelState.AddModelError("photo", t["The photo must be smaller than 2 MB"]);
        }
        else
        {
            using var buffer = new MemoryStream();
            await photo.CopyToAsync(buffer, ct);
            var outcome = await ProfilePhoto.ReadAsync(buffer.ToArray(), ct);
            processed = outcome.Photo;
            if (outcome.Problem is { } problem)
            {
                ModelState.AddModelError("photo", t[ProfilePhoto.Message(problem)]);
            }
        }

        if (processed is null)
        {
            return View(nameof(Index), await ViewModelAsync(profile, ToInput(profile), ct));
        }

        // The newest photo wins whatever else happened to the profile meanwhile: a conflict is retried.
        await db.RetryOnConflictAsync(async () =>
        {
            var current = await MyProfileAsync(ct) ?? throw new InvalidOperationException("The profile disappeared during the upload.");
            var stored = await db.ProfilePhotos.FirstOrDefaultAsync(f => f.CoachProfileId == current.Id, ct);
            if (stored is null)
            {
                db.ProfilePhotos.Add(new CoachProfilePhoto
                {
                    CoachProfileId = current.Id,
                    Content = processed.Content,
                    ContentType = processed.ContentType,
                    UpdatedAt = time.GetUtcNow(),
                });
            }
            else
            {
                (stored.Content, stored.ContentType, stored.UpdatedAt) = (processed.Content, processed.ContentType, time.GetUtcNow());
            }

            current.HasPhoto = true;
            current.UpdatedAt = time.GetUtcNow();
            return await db.SaveChangesAsync(ct);
        }, ct);
        TempData.Success(t["Your photo has been updated."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("photo/remove")]
    public async Task<IActionResult> RemovePhoto(CancellationToken ct)
    {
        var removed = await db.RetryOnConflictAsync(async () =>
        {
            var profile = await MyProfileAsync(ct);
            if (profile is null)
            {
                return false;
            }

            await db.ProfilePhotos.Where(f => f.CoachProfileId == profile.Id).ExecuteDeleteAsync(ct);
            profile.HasPhoto = false;
            profile.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);
        if (!removed)
        {
            return NotFound();
        }

        TempData.Success(t["Your photo has been removed."]);
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Your profile was changed somewhere else while you were editing it. Check the details below and save again."]);
            return false;
        }
    }

    private async Task<CoachProfile> ReloadAsync(CoachProfile profile, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.CoachProfiles.Include(p => p.Scheme).FirstAsync(p => p.Id == profile.Id, ct);
    }

    private void ReplaceQualifications(CoachProfile profile, ProfileInput input)
    {
        var answers = new[] { (QualificationLevel.Ilm3, input.Ilm3), (QualificationLevel.Ilm5, input.Ilm5), (QualificationLevel.Ilm7, input.Ilm7), (QualificationLevel.Other, input.Other) };
        foreach (var (level, answer) in answers)
        {
            var existing = profile.Qualifications.FirstOrDefault(q => q.Level == level);
            if (QualificationAnswers.StatusOf(answer) is not { } status)
            {
                if (existing is not null)
                {
                    profile.Qualifications.Remove(existing);
                }

                continue;
            }

            // Kept rows keep their achieved date and assignment clock; only the status and title change.
            var qualification = existing ?? db.Qualifications.Add(new Qualification { CoachProfileId = profile.Id, Level = level }).Entity;
            qualification.Status = status;
            qualification.Title = level == QualificationLevel.Other ? TextInput.Clean(input.OtherTitle) : qualification.Title;
            if (qualification.Status == QualificationStatus.Achieved && qualification.AchievedOn is null)
            {
                qualification.AchievedOn = Today();
            }

            if (existing is null)
            {
                profile.Qualifications.Add(qualification);
            }
        }
    }

    private async Task<CoachProfile?> MyProfileAsync(CancellationToken ct)
    {
        var personId = User.FindPersonId();
        var profile = personId is null ? null : await db.CoachProfiles
            .Include(p => p.Scheme)
            .Include(p => p.Areas)
            .Include(p => p.Qualifications)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.PersonId == personId, ct);
        return profile is not null && await access.MayChangeAsync(profile.AccessParties()) ? profile : null;
    }

    private static ProfileInput ToInput(CoachProfile p)
    {
        QualificationAnswer Answer(QualificationLevel level) => QualificationAnswers.For(p.Qualifications.FirstOrDefault(q => q.Level == level)?.Status);
        return new ProfileInput
        {
            Bio = p.Bio,
            Experience = p.Experience,
            AreaIds = p.Areas.Select(a => a.Id).ToList(),
            Ilm3 = Answer(QualificationLevel.Ilm3),
            Ilm5 = Answer(QualificationLevel.Ilm5),
            Ilm7 = Answer(QualificationLevel.Ilm7),
            Other = Answer(QualificationLevel.Other),
            OtherTitle = p.Qualifications.FirstOrDefault(q => q.Level == QualificationLevel.Other)?.Title,
            Accreditation = p.Accreditation,
            AccreditationOther = p.AccreditationOther,
            TrainedSupervisor = p.IsTrainedSupervisor,
            ChargesFees = p.ChargesFees,
            FeesDetails = p.FeesDetails,
            Formats = RegisterLabels.Formats.Where(f => p.Formats.HasFlag(f)).ToList(),
            Location = p.Location,
            Capacity = p.Capacity.ToString(CultureInfo.InvariantCulture),
            Accepting = p.AcceptingNewCoachees,
            DeclarationOfInterest = p.DeclarationOfInterest,
            ConcurrencyStamp = p.ConcurrencyStamp,
        };
    }

    private async Task<MyProfileViewModel> ViewModelAsync(CoachProfile profile, ProfileInput input, CancellationToken ct)
    {
        var areas = await db.CoachingAreas.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.NameWelsh }).ToListAsync(ct);
        input.ConcurrencyStamp = ModelState.ErrorCount > 0 && ModelState[string.Empty] is not null ? profile.ConcurrencyStamp : input.ConcurrencyStamp;
        return new MyProfileViewModel
        {
            ProfileId = profile.Id,
            Status = profile.Status,
            Offers = profile.Offers,
            PausedReason = profile.PausedReason,
            LastConfirmedOn = profile.LastConfirmedOn,
            HasPhoto = profile.HasPhoto,
            MaxCoachees = profile.Scheme!.MaxCoachees,
            MaxWhileDeveloping = profile.Scheme.MaxCoacheesWhileDeveloping,
            Areas = areas.Select(a => new Choice(a.Id.ToString(), RegisterLabels.AreaName(a.Name, a.NameWelsh))).ToList(),
            Input = input,
        };
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
