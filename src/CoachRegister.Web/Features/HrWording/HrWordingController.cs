using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Organisations;
using CoachRegister.Web.Features.Agreements;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrWording;

/// <summary>
/// The standing wording per organisation and language (the agreement's paragraphs, each printed form's opening
/// paragraph and notice), edited by HR of the organisation's scheme. Every edit is a new version; agreements
/// already signed keep the versions they were signed under. An organisation's pages answer 404 to anyone but its
/// scheme's HR, exactly as for one that does not exist.
/// </summary>
[Authorize]
[Route("hr/wording")]
public class HrWordingController(
    AppDbContext db,
    PortalAccess access,
    TimeProvider time,
    Wordings wordings,
    IStringLocalizer<CoachingText> coaching) : Controller
{
    [HttpGet("")]
    [Authorize(Roles = Roles.HrAdmin)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var asker = await access.AskerAsync();
        var organisations = await db.Organisations.AsNoTracking()
            .WordingEditableBy(asker)
            .OrderBy(o => o.Name)
            .Select(o => new WordingOrganisation(
                o.Id,
                o.Name,
                o.Scheme!.Name,
                db.WordingVersions.Where(v => v.OrganisationId == o.Id).Select(v => new { v.Passage, v.Language }).Distinct().Count()))
            .ToListAsync(ct);
        return View(new WordingOrganisationsViewModel { Organisations = organisations });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Organisation(Guid id, string? done, string? passage, CancellationToken ct)
    {
        if (await OrganisationAsync(id, ct) is not { } organisation)
        {
            return NotFound();
        }

        var latest = await db.WordingVersions.AsNoTracking()
            .Where(v => v.OrganisationId == id
                && !db.WordingVersions.Any(n => n.OrganisationId == id && n.Passage == v.Passage && n.Language == v.Language && n.Version > v.Version))
            .Select(v => new { v.Passage, v.Language, v.Text, v.Version, EditedBy = v.EditedBy == null ? null : v.EditedBy.GivenName + " " + v.EditedBy.FamilyName, v.EditedAt })
            .ToListAsync(ct);
        var passages = new List<PassageInForce>();
        foreach (var shown in Enum.GetValues<WordingPassage>())
        {
            foreach (var language in Enum.GetValues<WordingLanguage>())
            {
                var edited = latest.FirstOrDefault(v => v.Passage == shown && v.Language == language);
                passages.Add(edited is null
                    ? new PassageInForce(shown, language, wordings.DefaultIn(shown, language), 0, null, null)
                    : new PassageInForce(shown, language, edited.Text, edited.Version, edited.EditedBy, edited.EditedAt));
            }
        }

        return View(new OrganisationWordingViewModel
        {
            OrganisationId = id,
            Name = organisation.Name,
            Passages = passages,
            Done = done,
            Saved = Enum.GetNames<WordingPassage>().Contains(passage, StringComparer.Ordinal) ? Enum.Parse<WordingPassage>(passage!) : null,
        });
    }

    [HttpGet("{id:guid}/{passage}/{language}")]
    public async Task<IActionResult> Edit(Guid id, string passage, string language, CancellationToken ct)
    {
        if (Known(passage, language) is not (var wantedPassage, var wantedLanguage) || await OrganisationAsync(id, ct) is not { } organisation)
        {
            return NotFound();
        }

        var wording = await WordingAsync(id, wantedPassage, wantedLanguage, ct);
        var input = new WordingInput { BasedOn = wording.CurrentVersion, Text = wording.Current?.Text ?? wordings.DefaultIn(wantedPassage, wantedLanguage) };
        return View(ViewModel(organisation, wording, input, conflict: false));
    }

    [HttpPost("{id:guid}/{passage}/{language}")]
    public async Task<IActionResult> Edit(Guid id, [FromRoute(Name = "passage")] string passageName, [FromRoute(Name = "language")] string languageName, WordingInput input, CancellationToken ct)
    {
        if (Known(passageName, languageName) is not (var passage, var language) || await OrganisationAsync(id, ct) is not { } organisation)
        {
            return NotFound();
        }

        var wording = await WordingAsync(id, passage, language, ct);
        if (input.BasedOn != wording.CurrentVersion)
        {
            return Conflicted(organisation, wording, input);
        }

        if (!ModelState.IsValid)
        {
            return View(ViewModel(organisation, wording, input, conflict: false));
        }

        try
        {
            if (wording.Edit(input.BasedOn, input.Text, User.FindPersonId(), time.GetUtcNow(), wordings.DefaultIn(passage, language)) is { } next)
            {
                db.WordingVersions.Add(next);
                db.AuditEvents.Add(new AuditEvent
                {
                    At = next.EditedAt,
                    ActorPersonId = next.EditedById,
                    Action = "StandingWordingEdited",
                    EntityType = nameof(Organisation),
                    EntityId = id,
                    Detail = $"{passage} {language} version {next.Version}",
                });
                await db.SaveChangesAsync(ct);
            }
        }
        catch (RuleBrokenException broken)
        {
            ModelState.AddModelError(nameof(input.Text), CoachingRuleMessages.For(broken.Rule, coaching));
            return View(ViewModel(organisation, wording, input, conflict: false));
        }
        catch (DbUpdateException)
        {
            // Another HR admin saved the same version number first: the unique index kept theirs.
            db.ChangeTracker.Clear();
            return Conflicted(organisation, await WordingAsync(id, passage, language, ct), input);
        }

        // Back to the passage saved, its form's group open.
        return RedirectToAction(nameof(Organisation), null, new { id, done = "saved", passage = passage.ToString() }, $"passage-{passage}");
    }

    private ViewResult Conflicted(Organisation organisation, StandingWording wording, WordingInput input)
    {
        ModelState.Clear();
        ModelState.AddModelError(nameof(input.Text), CoachingRuleMessages.For(Rule.WordingChangedMeanwhile, coaching));
        // The person's own text stays in the box; saving again starts from the version now in force.
        var again = new WordingInput { BasedOn = wording.CurrentVersion, Text = input.Text };
        return View(nameof(Edit), ViewModel(organisation, wording, again, conflict: true));
    }

    /// <summary>The passage and language the address names, by name only: a number or an unknown name is no such page.</summary>
    private static (WordingPassage, WordingLanguage)? Known(string passage, string language) =>
        Enum.GetNames<WordingPassage>().Contains(passage, StringComparer.Ordinal) && Enum.GetNames<WordingLanguage>().Contains(language, StringComparer.Ordinal)
            ? (Enum.Parse<WordingPassage>(passage), Enum.Parse<WordingLanguage>(language))
            : null;

    /// <summary>The organisation, when the signed-in person is HR of its scheme.</summary>
    private async Task<Organisation?> OrganisationAsync(Guid id, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        return organisation is not null && await access.MayChangeAsync(StandingWording.Parties(organisation.SchemeId)) ? organisation : null;
    }

    private async Task<StandingWording> WordingAsync(Guid id, WordingPassage passage, WordingLanguage language, CancellationToken ct) =>
        new(id, passage, language, await db.WordingVersions.AsNoTracking().Include(v => v.EditedBy)
            .Where(v => v.OrganisationId == id && v.Passage == passage && v.Language == language)
            .ToListAsync(ct));

    private EditWordingViewModel ViewModel(Organisation organisation, StandingWording wording, WordingInput input, bool conflict) => new()
    {
        OrganisationId = organisation.Id,
        OrganisationName = organisation.Name,
        Passage = wording.Passage,
        Language = wording.Language,
        DefaultText = wordings.DefaultIn(wording.Passage, wording.Language),
        Input = input,
        History = [.. wording.Versions.Reverse().Select(v => new WordingHistoryRow(v.Version, v.Text, v.EditedBy?.FullName, v.EditedAt))],
        Conflict = conflict,
    };
}
