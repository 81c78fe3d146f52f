using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.ReflectiveLog;

/// <summary>The coach's reflective log (004 Appendix 8): for their own learning and supervision, read by nobody else.</summary>
[Authorize]
[Route("reflective-log")]
public class ReflectiveLogController(AppDbContext db, PortalAccess access, TimeProvider time, IStringLocalizer<Relationships.CoachingText> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var profile = await MyProfileAsync(ct);
        if (profile is null)
        {
            return View(new LogIndexViewModel { HasProfile = false, Entries = [] });
        }

        var entries = await db.ReflectiveLogEntries.AsNoTracking()
            .Where(e => e.CoachProfileId == profile.Value.Id)
            .OrderByDescending(e => e.EntryDate).ThenByDescending(e => e.Id)
            .Select(e => new LogRow(e.Id, e.EntryDate, db.Matches.Where(m => m.Id == e.MatchId).Select(m => m.Coachee!.GivenName + " " + m.Coachee.FamilyName).FirstOrDefault(), e.SessionNumber, e.KeyLearning))
            .ToListAsync(ct);
        return View(new LogIndexViewModel { HasProfile = true, Entries = entries });
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        if (await MyProfileAsync(ct) is not { } profile || !await access.MayChangeAsync(ReflectiveLogEntry.Parties(profile.SchemeId, profile.PersonId)))
        {
            return NotFound();
        }

        return View("Entry", new LogEntryViewModel { Input = new LogEntryInput { EntryDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime) }, Coachees = await CoacheesAsync(profile.Id, ct) });
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(LogEntryInput input, CancellationToken ct)
    {
        if (await MyProfileAsync(ct) is not { } profile || !await access.MayChangeAsync(ReflectiveLogEntry.Parties(profile.SchemeId, profile.PersonId)))
        {
            return NotFound();
        }

        var coachees = await CoacheesAsync(profile.Id, ct);
        CheckCoachee(input, coachees);
        if (!ModelState.IsValid)
        {
            return View("Entry", new LogEntryViewModel { Input = input, Coachees = coachees });
        }

        var entry = new ReflectiveLogEntry { CoachProfileId = profile.Id };
        entry.Write(TextFrom(input));
        db.ReflectiveLogEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{entryId:guid}")]
    public async Task<IActionResult> Entry(Guid entryId, CancellationToken ct)
    {
        if (await EntryAsync(entryId, Access.Read, tracked: false, ct) is not { } found)
        {
            return NotFound();
        }

        return View(new LogEntryViewModel { Input = InputFrom(found.Entry), Coachees = await CoacheesAsync(found.Entry.CoachProfileId, ct), EntryId = entryId });
    }

    [HttpPost("{entryId:guid}")]
    public async Task<IActionResult> Entry(Guid entryId, LogEntryInput input, CancellationToken ct)
    {
        if (await EntryAsync(entryId, Access.Write, tracked: true, ct) is not { } found)
        {
            return NotFound();
        }

        var coachees = await CoacheesAsync(found.Entry.CoachProfileId, ct);
        CheckCoachee(input, coachees);
        if (input.Stamp != found.Entry.ConcurrencyStamp)
        {
            ModelState.AddModelError(nameof(input.Introduction), t["You saved this entry in another window while you were writing here. Your text is kept below: save again to keep it."]);
            input.Stamp = found.Entry.ConcurrencyStamp;
        }

        if (!ModelState.IsValid)
        {
            return View(new LogEntryViewModel { Input = input, Coachees = coachees, EntryId = entryId });
        }

        found.Entry.Write(TextFrom(input));
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Index));
    }

    private void CheckCoachee(LogEntryInput input, IReadOnlyList<LogCoachee> coachees)
    {
        if (input.MatchId is { } match && coachees.All(c => c.MatchId != match))
        {
            ModelState.AddModelError(nameof(input.MatchId), t["Select one of your coachees, or none"]);
        }
    }

    private async Task<(ReflectiveLogEntry Entry, Guid SchemeId)?> EntryAsync(Guid entryId, Access needed, bool tracked, CancellationToken ct)
    {
        var entries = tracked ? db.ReflectiveLogEntries : db.ReflectiveLogEntries.AsNoTracking();
        var found = await entries.Where(e => e.Id == entryId)
            .Join(db.CoachProfiles, e => e.CoachProfileId, p => p.Id, (e, p) => new { Entry = e, p.SchemeId, p.PersonId })
            .FirstOrDefaultAsync(ct);
        if (found is null || !await access.AllowsAsync(ReflectiveLogEntry.Parties(found.SchemeId, found.PersonId), needed))
        {
            return null;
        }

        return (found.Entry, found.SchemeId);
    }

    private async Task<(Guid Id, Guid SchemeId, Guid PersonId)?> MyProfileAsync(CancellationToken ct)
    {
        var me = User.GetPersonId();
        var profile = await db.CoachProfiles.AsNoTracking().Where(p => p.PersonId == me).OrderBy(p => p.CreatedAt)
            .Select(p => new { p.Id, p.SchemeId, p.PersonId }).FirstOrDefaultAsync(ct);
        return profile is null ? null : (profile.Id, profile.SchemeId, profile.PersonId);
    }

    private async Task<IReadOnlyList<LogCoachee>> CoacheesAsync(Guid profileId, CancellationToken ct) =>
        await db.Matches.AsNoTracking()
            .Where(m => m.CoachProfileId == profileId && (m.Status == Domain.Matching.MatchStatus.Active || m.Status == Domain.Matching.MatchStatus.Contracting
                || m.Status == Domain.Matching.MatchStatus.OnHold || m.Status == Domain.Matching.MatchStatus.Ended))
            .OrderBy(m => m.Coachee!.GivenName).ThenBy(m => m.Coachee!.FamilyName)
            .Select(m => new LogCoachee(m.Id, m.Coachee!.GivenName + " " + m.Coachee.FamilyName))
            .ToListAsync(ct);

    private static ReflectiveLogText TextFrom(LogEntryInput i) => new(
        i.MatchId, i.EntryDate!.Value, i.SessionNumber, TextInput.Clean(i.Introduction), TextInput.Clean(i.Rapport), TextInput.Clean(i.WentWell),
        TextInput.Clean(i.Challenges), TextInput.Clean(i.UsefulToKnowBefore), TextInput.Clean(i.Surprises), TextInput.Clean(i.KeyLearning),
        TextInput.Clean(i.DoDifferently), TextInput.Clean(i.NextSessionFocus), TextInput.Clean(i.Goal), TextInput.Clean(i.Reality),
        TextInput.Clean(i.Options), TextInput.Clean(i.WayForward), TextInput.Clean(i.Reflection));

    private static LogEntryInput InputFrom(ReflectiveLogEntry e) => new()
    {
        Stamp = e.ConcurrencyStamp,
        EntryDate = e.EntryDate,
        MatchId = e.MatchId,
        SessionNumber = e.SessionNumber,
        Introduction = e.Introduction,
        Rapport = e.Rapport,
        WentWell = e.WentWell,
        Challenges = e.Challenges,
        UsefulToKnowBefore = e.UsefulToKnowBefore,
        Surprises = e.Surprises,
        KeyLearning = e.KeyLearning,
        DoDifferently = e.DoDifferently,
        NextSessionFocus = e.NextSessionFocus,
        Goal = e.Goal,
        Reality = e.Reality,
        Options = e.Options,
        WayForward = e.WayForward,
        Reflection = e.Reflection,
    };
}
