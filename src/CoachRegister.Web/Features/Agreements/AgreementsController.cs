using CoachRegister.Data;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Agreements;

/// <summary>
/// Contracting: the agreement (drafted by either side, every version kept and readable, signed by both), the
/// goals (public or private), and the line manager's three-way confirmation of the shared goals.
/// </summary>
[Authorize]
[Route("relationships/{id:guid}")]
public class AgreementsController(
    AppDbContext db,
    PortalAccess access,
    Partnerships partnerships,
    CoachingMail mail,
    SchemeClock clock,
    Wordings wordings,
    IStringLocalizer<CoachingText> t) : Controller
{
    [HttpGet("agreement")]
    public async Task<IActionResult> Show(Guid id, CancellationToken ct)
    {
        if (await partnerships.ReadableAsync(id, RecordKind.Agreement, ct) is not { } p)
        {
            return NotFound();
        }

        return View(await ViewModelAsync(p, version: null, new SignInput(), ct));
    }

    [HttpGet("agreement/versions/{version:int}")]
    public async Task<IActionResult> Version(Guid id, int version, CancellationToken ct)
    {
        if (await partnerships.ReadableAsync(id, RecordKind.Agreement, ct) is not { } p)
        {
            return NotFound();
        }

        var model = await ViewModelAsync(p, version, new SignInput(), ct);
        return model.Agreement is null ? NotFound() : View("Show", model);
    }

    [HttpGet("agreement/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        if (await partnerships.ChangeableAsync(id, RecordKind.Agreement, ct) is not { } p)
        {
            return NotFound();
        }

        var current = await LatestAsync(id, tracked: false, ct);
        var input = current is null ? DefaultsFor(p) : InputFrom(current);
        return View(new AgreementFormViewModel { Partnership = p, Input = input, AnySigned = current?.Signatures.Count > 0 });
    }

    [HttpPost("agreement/edit")]
    public async Task<IActionResult> Edit(Guid id, AgreementInput input, CancellationToken ct)
    {
        if (await partnerships.ChangeableAsync(id, RecordKind.Agreement, ct) is not { } p)
        {
            return NotFound();
        }

        var current = await LatestAsync(id, tracked: true, ct);
        if (current is not null && (current.Version != input.Version || current.ConcurrencyStamp != input.Stamp))
        {
            return Conflict(p, input, current);
        }

        if (!ModelState.IsValid)
        {
            return View(new AgreementFormViewModel { Partnership = p, Input = input, AnySigned = current?.Signatures.Count > 0 });
        }

        var terms = TermsFrom(input);
        var now = clock.Now;
        try
        {
            if (current is null)
            {
                db.Agreements.Add(Agreement.Draft(id, terms, now));
            }
            else if (current.Revise(terms, now) is var next && next != current)
            {
                db.Agreements.Add(next);
            }

            await db.SaveChangesAsync(ct);
        }
        catch (RuleBrokenException broken)
        {
            ModelState.AddModelError(nameof(input.Objectives), CoachingRuleMessages.For(broken.Rule, t));
            return View(new AgreementFormViewModel { Partnership = p, Input = input, AnySigned = current?.Signatures.Count > 0 });
        }
        catch (DbUpdateException)
        {
            // Someone saved between this request's read and its write (the stamp or the new version number was taken).
            db.ChangeTracker.Clear();
            return Conflict(p, input, (await LatestAsync(id, tracked: false, ct))!);
        }

        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("agreement/sign")]
    public async Task<IActionResult> Sign(Guid id, SignInput input, CancellationToken ct)
    {
        if (await partnerships.ChangeableAsync(id, RecordKind.Agreement, ct) is not { } p || p.SideOf(User.GetPersonId()) is not { } side)
        {
            return NotFound();
        }

        var agreement = await LatestAsync(id, tracked: true, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        if (agreement.Version != input.Version)
        {
            ModelState.AddModelError(nameof(input.FullName), t["The agreement changed while you were reading it. Read this version, then sign it."]);
        }

        if (p.Scheme.RequiresDeclarationOfInterest && input.HasInterest is null)
        {
            ModelState.AddModelError(nameof(input.HasInterest), t["Say whether you have an interest to declare, and if so what it is"]);
        }

        var me = side == PartnershipSide.Coach ? p.Coach : p.Coachee;
        var inForce = false;
        if (ModelState.IsValid)
        {
            try
            {
                var signatory = await db.People.AsNoTracking().SingleAsync(x => x.Id == me.Id, ct);
                var role = side == PartnershipSide.Coach ? SignatoryRole.Coach : SignatoryRole.Coachee;
                var wording = agreement.Signatures.Count == 0 ? await wordings.PrintedTodayAsync(id, ct) : null;
                inForce = agreement.Sign(signatory, role, input.FullName!, InterestDeclaration.From(input.HasInterest, TextInput.Clean(input.Interest)), p.Scheme.RequiresDeclarationOfInterest, clock.Now, wording);
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(broken.Rule == Rule.DeclarationOfInterestNeeded ? nameof(input.HasInterest) : nameof(input.FullName), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return View("Show", await ViewModelAsync(p, null, input, ct));
        }

        if (inForce)
        {
            await AgreementInForceAsync(p, agreement, ct);
        }
        else
        {
            var other = p.Other(side);
            await mail.QueueAsync(other, new CoachingEmail(
                other.GivenName,
                new Phrase("{0} has signed the agreement", me.FullName),
                [new Phrase("{0} has signed version {1} of your agreement. Read it and sign it too.", me.FullName, agreement.Version)],
                new Phrase("Read the agreement"),
                mail.Link($"/relationships/{id}/agreement")), ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(input.FullName), t["The agreement changed while you were reading it. Read this version, then sign it."]);
            return View("Show", await ViewModelAsync(p, null, input, ct));
        }

        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpGet("goals")]
    public async Task<IActionResult> Goals(Guid id, CancellationToken ct)
    {
        if (await partnerships.ReadableAsync(id, RecordKind.PrivateGoal, ct) is not { } p)
        {
            return NotFound();
        }

        return View(await GoalsViewModelAsync(p, new GoalInput { Visibility = GoalVisibility.Private }, null, ct));
    }

    [HttpPost("goals")]
    public async Task<IActionResult> Goals(Guid id, GoalInput input, CancellationToken ct)
    {
        if (await partnerships.ChangeableAsync(id, RecordKind.PrivateGoal, ct) is not { } p || !p.IsOpen)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.Goals.Add(Domain.Agreements.Goal.Add(id, input.Description!, input.Visibility!.Value, input.Baseline, p.SideOf(User.GetPersonId()) == PartnershipSide.Coachee, clock.Now));
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Goals), new { id });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.Visibility), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        return View(await GoalsViewModelAsync(p, input, null, ct));
    }

    [HttpGet("goals/{goalId:guid}")]
    public async Task<IActionResult> Goal(Guid id, Guid goalId, CancellationToken ct)
    {
        if (await partnerships.ChangeableAsync(id, RecordKind.PrivateGoal, ct) is not { } p
            || await db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId && g.MatchId == id, ct) is not { } goal)
        {
            return NotFound();
        }

        return View("Goals", await GoalsViewModelAsync(p, new GoalInput { Stamp = goal.ConcurrencyStamp, Description = goal.Description, Visibility = goal.Visibility, Baseline = goal.BaselineScore }, goalId, ct));
    }

    [HttpPost("goals/{goalId:guid}")]
    public async Task<IActionResult> Goal(Guid id, Guid goalId, GoalInput input, CancellationToken ct)
    {
        if (await partnerships.ChangeableAsync(id, RecordKind.PrivateGoal, ct) is not { } p || !p.IsOpen
            || await db.Goals.FirstOrDefaultAsync(g => g.Id == goalId && g.MatchId == id, ct) is not { } goal)
        {
            return NotFound();
        }

        if (input.Stamp != goal.ConcurrencyStamp)
        {
            ModelState.AddModelError(nameof(input.Description), t["Someone else changed this goal while you were editing it. It now reads: \"{0}\". Your text is kept below: change it if you need to and save again.", goal.Description]);
            input.Stamp = goal.ConcurrencyStamp;
        }

        if (ModelState.IsValid)
        {
            try
            {
                goal.Change(input.Description!, input.Visibility!.Value, input.Baseline, p.SideOf(User.GetPersonId()) == PartnershipSide.Coachee);
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Goals), new { id });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.Visibility), CoachingRuleMessages.For(broken.Rule, t));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(nameof(input.Description), t["Someone else changed this goal while you were editing it. Your text is kept below: save again to keep it."]);
            }
        }

        db.ChangeTracker.Clear();
        return View("Goals", await GoalsViewModelAsync(p, input, goalId, ct));
    }

    [HttpGet("three-way")]
    public async Task<IActionResult> ThreeWay(Guid id, CancellationToken ct)
    {
        if (await ThreeWayAsync(id, ct) is not { } model)
        {
            return NotFound();
        }

        return View(model(new ThreeWayInput()));
    }

    [HttpPost("three-way")]
    public async Task<IActionResult> ThreeWay(Guid id, ThreeWayInput input, CancellationToken ct)
    {
        var p = await partnerships.ChangeableAsync(id, RecordKind.ThreeWayConfirmation, ct);
        if (p is null
            || await db.ThreeWayConfirmations.FirstOrDefaultAsync(c => c.MatchId == id, ct) is not { } confirmation)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                // The signed-in person, whom the confirmation itself checks against the line manager it names.
                var signedIn = User.GetPersonId();
                var manager = await db.People.AsNoTracking().SingleAsync(x => x.Id == signedIn, ct);
                confirmation.Confirm(manager, input.FullName!, input.Support!, clock.Now);
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(ThreeWay), new { id });
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.FullName), CoachingRuleMessages.For(broken.Rule, t));
            }
        }

        db.ChangeTracker.Clear();
        return (await ThreeWayAsync(id, ct)) is { } model ? View(model(input)) : NotFound();
    }

    /// <summary>The line manager's view: only the shared goals and their own confirmation.</summary>
    private async Task<Func<ThreeWayInput, ThreeWayViewModel>?> ThreeWayAsync(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, [RecordKind.ThreeWayConfirmation, RecordKind.SharedGoal], ct);
        if (p is null
            || await db.ThreeWayConfirmations.AsNoTracking().FirstOrDefaultAsync(c => c.MatchId == id, ct) is not { } confirmation)
        {
            return null;
        }

        var shared = await db.Goals.AsNoTracking()
            .Where(g => g.MatchId == id && g.Visibility == GoalVisibility.SharedWithLineManager)
            .OrderBy(g => g.CreatedAt).Select(g => g.Description).ToListAsync(ct);
        var mayConfirm = confirmation.ConfirmedAt is null && await access.MayChangeAsync(p.Parties.For(RecordKind.ThreeWayConfirmation));
        return input => new ThreeWayViewModel { Partnership = p, SharedGoals = shared, Confirmation = confirmation, Input = input, MayConfirm = mayConfirm };
    }

    /// <summary>Both have signed: the earlier version gives way, contracting ends, and the line manager is asked to confirm where agreed.</summary>
    private async Task AgreementInForceAsync(Partnership p, Agreement agreement, CancellationToken ct)
    {
        var now = clock.Now;
        foreach (var earlier in await db.Agreements.Where(a => a.MatchId == p.Id && a.Version < agreement.Version && a.Status == AgreementStatus.Signed).ToListAsync(ct))
        {
            earlier.Supersede(now);
        }

        var match = await db.Matches.Include(m => m.History).SingleAsync(m => m.Id == p.Id, ct);
        if (match.Status == MatchStatus.Contracting)
        {
            match.ChangeStatus(MatchStatus.Active, User.GetPersonId(), now);
        }

        if (agreement.ThreeWayContracting && p.LineManager is { } manager && !await db.ThreeWayConfirmations.AnyAsync(c => c.MatchId == p.Id, ct))
        {
            db.ThreeWayConfirmations.Add(ThreeWayConfirmation.Invite(p.Id, manager.Id, now));
            await mail.QueueAsync(manager, new CoachingEmail(
                manager.GivenName,
                new Phrase("Please confirm the goals {0} is sharing with you", p.Coachee.FullName),
                [
                    new Phrase("{0} has agreed three-way contracting for their coaching. They are sharing some of their goals with you, and ask you to confirm them and say what support you can give.", p.Coachee.FullName),
                    new Phrase("What is said in coaching stays between the coach and the coachee: you see only the goals they share."),
                ],
                new Phrase("Confirm the shared goals"),
                mail.Link($"/relationships/{p.Id}/three-way")), ct);
        }

        foreach (var side in new[] { p.Coach, p.Coachee })
        {
            await mail.QueueAsync(side, new CoachingEmail(
                side.GivenName,
                new Phrase("Your agreement is signed"),
                [new Phrase("You have both signed version {0} of your agreement. It is in force from today.", agreement.Version)],
                new Phrase("Read the agreement"),
                mail.Link($"/relationships/{p.Id}/agreement")), ct);
        }
    }

    private ViewResult Conflict(Partnership p, AgreementInput input, Agreement saved)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, t["The agreement was changed by someone else while you were editing it. Your text is kept in the form below and what is saved now is shown beside each field: merge the two and save again."]);
        input.Version = saved.Version;
        input.Stamp = saved.ConcurrencyStamp;
        return View("Edit", new AgreementFormViewModel { Partnership = p, Input = input, Saved = saved.Terms, AnySigned = saved.Signatures.Count > 0 });
    }

    private async Task<AgreementViewModel> ViewModelAsync(Partnership p, int? version, SignInput sign, CancellationToken ct)
    {
        var versions = await db.Agreements.AsNoTracking().Where(a => a.MatchId == p.Id).OrderByDescending(a => a.Version)
            .Select(a => new VersionRow(a.Version, a.Status, a.AgreedOn, a.CreatedAt)).ToListAsync(ct);
        var wanted = version ?? (versions.Count > 0 ? versions[0].Version : 0);
        var agreement = await db.Agreements.AsNoTracking().VersionAsync(p.Id, wanted, ct);
        sign.Version = agreement?.Version ?? 0;
        return new AgreementViewModel
        {
            Partnership = p,
            Side = p.SideOf(User.GetPersonId()) ?? PartnershipSide.Coachee,
            Agreement = agreement,
            Wording = agreement is null ? StandingText.Default : await wordings.ForAgreementAsync(agreement, p.Id, ct),
            Versions = versions,
            SignatoryNames = new Dictionary<Guid, string> { [p.Coach.Id] = p.Coach.FullName, [p.Coachee.Id] = p.Coachee.FullName },
            Sign = sign,
            MayChange = await access.MayChangeAsync(p.Parties.For(RecordKind.Agreement)),
            IsLatest = versions.Count > 0 && wanted == versions[0].Version,
        };
    }

    private async Task<GoalsViewModel> GoalsViewModelAsync(Partnership p, GoalInput input, Guid? editing, CancellationToken ct) => new()
    {
        Partnership = p,
        Side = p.SideOf(User.GetPersonId()) ?? PartnershipSide.Coachee,
        Goals = await db.Goals.AsNoTracking().Where(g => g.MatchId == p.Id).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).ToListAsync(ct),
        Input = input,
        EditingId = editing,
        MayChange = p.IsOpen && await access.MayChangeAsync(p.Parties.For(RecordKind.PrivateGoal)),
    };

    private Task<Agreement?> LatestAsync(Guid id, bool tracked, CancellationToken ct) =>
        (tracked ? db.Agreements : db.Agreements.AsNoTracking()).VersionAsync(id, version: null, ct);

    private AgreementTerms TermsFrom(AgreementInput i) => new(
        TextInput.Clean(i.Objectives), TextInput.Clean(i.CoacheeCommitments), TextInput.Clean(i.CoachCommitments), TextInput.Clean(i.SharedCommitments),
        i.NumberOfSessions ?? 0, TextInput.Clean(i.Frequency), i.SessionLengthMinutes ?? 0, i.Format ?? Domain.Register.DeliveryFormat.None,
        TextInput.Clean(i.Venue),
        i.FirstSessionDate is { } date && i.FirstSessionTime is { } time ? clock.At(date, time) : null,
        TextInput.Clean(i.FirstSessionVenue), TextInput.Clean(i.CancellationProtocol), TextInput.Clean(i.ConfidentialityTerms), i.ThreeWayContracting,
        TextInput.Clean(i.ReviewPoint), TextInput.Clean(i.EndingArrangements));

    private AgreementInput InputFrom(Agreement a) => new()
    {
        Version = a.Version,
        Stamp = a.ConcurrencyStamp,
        Objectives = a.Objectives,
        CoacheeCommitments = a.CoacheeCommitments,
        CoachCommitments = a.CoachCommitments,
        SharedCommitments = a.SharedCommitments,
        NumberOfSessions = a.NumberOfSessions,
        Frequency = a.Frequency,
        SessionLengthMinutes = a.SessionLengthMinutes,
        Format = a.Format == Domain.Register.DeliveryFormat.None ? null : a.Format,
        Venue = a.Venue,
        FirstSessionDate = a.FirstSessionAt is { } at ? DateOnly.FromDateTime(clock.ToLocal(at)) : null,
        FirstSessionTime = a.FirstSessionAt is { } at2 ? TimeOnly.FromDateTime(clock.ToLocal(at2)) : null,
        FirstSessionVenue = a.FirstSessionVenue,
        CancellationProtocol = a.CancellationProtocol,
        ConfidentialityTerms = a.ConfidentialityTerms,
        ThreeWayContracting = a.ThreeWayContracting,
        ReviewPoint = a.ReviewPoint,
        EndingArrangements = a.EndingArrangements,
    };

    /// <summary>A first draft in the portal's own words, from the scheme's numbers, for the two to change.</summary>
    private AgreementInput DefaultsFor(Partnership p) => new()
    {
        NumberOfSessions = p.Scheme.TypicalSessionCount,
        Frequency = t["Monthly"],
        SessionLengthMinutes = p.Scheme.SessionMinutesMin,
        CoacheeCommitments = t["Prepare for each session, be on time, take part fully and carry out the actions I commit to."],
        CoachCommitments = t["Offer support and respectful challenge, keep to the code of ethics, take supervision, and keep any notes secure."],
        SharedCommitments = t["Protect the time we agree, give notice if a session has to move, and review together how the partnership is working."],
        CancellationProtocol = t["Whoever cancels a session arranges the next one. If {0} sessions in a row are cancelled, we review whether the partnership should continue.", p.Scheme.CancellationsBeforeReview],
        ConfidentialityTerms = t["What we discuss stays between us, unless there is a risk of harm to you or others, the law requires it, or we agree to share something."],
        ReviewPoint = t["After {0} sessions or {1} months, whichever comes first", p.Scheme.ReviewAfterSessions, p.Scheme.ReviewAfterMonths],
        EndingArrangements = t["Either of us can end the partnership at any time. We end with a review of the goals and the final evaluation."],
    };
}
