using CoachRegister.Data.Identity;
using CoachRegister.Data;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Features.Profile;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Email;
using CoachRegister.Web.Infrastructure.Forms;
using CoachRegister.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrApplications;

/// <summary>The scheme team's queue of applications to join their schemes' registers: read, interview, decide.</summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/applications")]
public class HrApplicationsController(
    AppDbContext db,
    PortalAccess access,
    ApplicationReader reader,
    EmailOutbox outbox,
    UserManager<ApplicationUser> users,
    TimeProvider time,
    IStringLocalizer<RegisterText> t,
    PublicUrls urls,
    DirectoryCache cache) : Controller
{
    public const int PageSize = 50;

    private static readonly ApplicationStatus[] Submitted =
        [ApplicationStatus.AwaitingLineManager, ApplicationStatus.AwaitingDecision, ApplicationStatus.Accepted, ApplicationStatus.Declined];

    [HttpGet("")]
    public async Task<IActionResult> Index(string? stage, int page, CancellationToken ct)
    {
        // One connection for the page's commands (the asker, the version and, on a miss, the count and the page).
        await db.Database.OpenConnectionAsync(ct);
        var asker = await access.AskerAsync();
        var filter = Enum.TryParse<ApplicationStatus>(stage, out var s) && Submitted.Contains(s) ? s : (ApplicationStatus?)null;

        // The queue is the same for every HR admin of the same schemes, and every change to an application, a
        // name or an organisation moves the directory's version (DirectoryUpkeep), so it is kept under that version.
        var version = await cache.VersionAsync(db, ct);
        var schemes = string.Join(",", asker.AdministeredSchemeIds.Order());
        var queue = await cache.GetAsync(version, ("hr-applications", schemes, filter, page), () => QueueAsync(asker, filter, page, ct));
        var today = time.GetUtcNow();
        return View(new ApplicationQueueViewModel
        {
            Stage = filter?.ToString(),
            Total = queue.Total,
            Pages = new Pagination(queue.Page, queue.PageCount, p => Url.Action(nameof(Index), new { stage = filter?.ToString(), page = p })!),
            Rows = queue.Rows.Select(r => new ApplicationRow
            {
                Id = r.Id,
                ApplicantName = $"{r.GivenName} {r.FamilyName}",
                OrganisationName = r.OrganisationName,
                Offers = r.Offers,
                Status = r.Status,
                SubmittedAt = r.SubmittedAt,
                AgeInDays = r.SubmittedAt is { } at ? Math.Max(0, (int)(today - at).TotalDays) : 0,
            }).ToList(),
        });
    }

    private sealed record QueueRow(Guid Id, string GivenName, string FamilyName, string? OrganisationName, OfferType Offers, ApplicationStatus Status, DateTimeOffset? SubmittedAt);

    private sealed record Queue(int Total, int Page, int PageCount, IReadOnlyList<QueueRow> Rows);

    private async Task<Queue> QueueAsync(Asker asker, ApplicationStatus? filter, int page, CancellationToken ct)
    {
        var query = db.CoachApplications.AsNoTracking().SentToSchemesOf(asker).Where(a => Submitted.Contains(a.Status));
        query = filter is { } chosen
            ? query.Where(a => a.Status == chosen)
            : query.Where(a => a.Status == ApplicationStatus.AwaitingLineManager || a.Status == ApplicationStatus.AwaitingDecision);

        var total = await query.CountAsync(ct);
        var pageCount = Pagination.PageCountFor(total, PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new QueueRow(a.Id, a.Applicant!.GivenName, a.Applicant.FamilyName, a.Applicant.Organisation!.Name, a.Offers, a.Status, a.SubmittedAt))
            .ToListAsync(ct);
        return new Queue(total, page, pageCount, rows);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var application = await SentAsync(id, Access.Read, ct);
        return application is null ? NotFound() : View(await ViewModelAsync(application, new InterviewInput(), null, ct));
    }

    [HttpPost("{id:guid}/interview")]
    public async Task<IActionResult> Interview(Guid id, InterviewInput interview, CancellationToken ct)
    {
        var application = await SentAsync(id, Access.Write, ct);
        if (application is null || !application.Scheme!.AllowsCompetencyInterview)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                application.RecordInterview(
                    application.Scheme,
                    User.GetPersonId(),
                    interview.Outcome!.Value,
                    FormRules.ParseDate(interview.Day, interview.Month, interview.Year),
                    TextInput.Clean(interview.Notes));
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(broken.Rule == Rule.OwnApplication ? string.Empty : nameof(interview.Outcome), RuleMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Details), await ViewModelAsync(application, interview, null, ct));
        }

        db.AuditEvents.Add(Audit("RegisterApplicationInterviewRecorded", application.Id, application.InterviewOutcome.ToString(), User.FindPersonId()));
        await db.SaveChangesAsync(ct);
        TempData.Success(t["The interview has been recorded."]);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The scheme team confirms that the person the applicant named is their line manager, so it can be accepted.</summary>
    [HttpPost("{id:guid}/line-manager")]
    public async Task<IActionResult> ConfirmLineManager(Guid id, CancellationToken ct)
    {
        var application = await SentAsync(id, Access.Write, ct);
        if (application is null)
        {
            return NotFound();
        }

        try
        {
            application.ConfirmLineManager(User.GetPersonId(), time.GetUtcNow());
        }
        catch (RuleBrokenException broken)
        {
            ModelState.AddModelError(string.Empty, RuleMessages.For(broken.Rule, t));
            return View(nameof(Details), await ViewModelAsync(application, new InterviewInput(), null, ct));
        }

        db.AuditEvents.Add(Audit("RegisterApplicationLineManagerConfirmed", application.Id, application.LineManagerId?.ToString(), User.FindPersonId()));
        await db.SaveChangesAsync(ct);
        TempData.Success(t["You have confirmed the line manager. The application can now be accepted."]);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/decision")]
    public async Task<IActionResult> Decide(Guid id, DecisionInput input, CancellationToken ct)
    {
        var application = await SentAsync(id, Access.Write, ct);
        if (application is null)
        {
            return NotFound();
        }

        var accept = input.Decision == HrDecision.Accept;
        var now = time.GetUtcNow();
        if (ModelState.IsValid)
        {
            db.Entry(application).Property(a => a.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
            try
            {
                if (accept)
                {
                    application.Accept(application.Scheme!, User.GetPersonId(), FormRules.ParseDate(input.StartDay, input.StartMonth, input.StartYear), now);
                }
                else
                {
                    application.Decline(User.GetPersonId(), input.Reason!.Trim(), now);
                }
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(broken.Rule == Rule.OwnApplication ? string.Empty : nameof(input.Decision), RuleMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Details), await ViewModelAsync(application, new InterviewInput(), input, ct));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (accept)
        {
            await CreateOrExtendProfileAsync(application, now, ct);
        }

        db.AuditEvents.Add(Audit(accept ? "RegisterApplicationAccepted" : "RegisterApplicationDeclined", application.Id, application.DeclineReason, application.DecidedById));
        await outbox.QueueAsync(
            application.Applicant!.Email,
            DecisionEmail.Template,
            new DecisionEmail(application.Applicant.FullName, accept, application.ExpectedStartDate, application.DeclineReason,
                urls.For(accept ? Url.Action(nameof(ProfileController.Index), "Profile")! : Url.Action(nameof(JoinController.Index), "Join")!)),
            RecipientCulture.For(application.Applicant.PreferredLanguage),
            ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            ModelState.AddModelError(string.Empty, t["Someone else changed this application while you were looking at it. Check it again before you decide."]);
            db.ChangeTracker.Clear();

            // An empty stamp makes the redisplayed form carry the current one, so a second, informed attempt can succeed.
            input.ConcurrencyStamp = Guid.Empty;
            return View(nameof(Details), await ViewModelAsync((await SentAsync(id, Access.Read, ct))!, new InterviewInput(), input, ct));
        }

        if (accept)
        {
            await AddRolesAsync(application.ApplicantId, application.Offers);
        }

        await transaction.CommitAsync(ct);
        TempData.Success(accept ? t["The application has been accepted. We have told the applicant."] : t["The application has been declined. We have told the applicant."]);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>
    /// Acceptance makes a draft profile from the answers: the coach completes and publishes it, so nothing
    /// reaches staff before the coach has checked what it says. A person already on the register has the new
    /// offer added to the profile they have.
    /// </summary>
    private async Task CreateOrExtendProfileAsync(CoachApplication application, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.CoachProfiles.FirstOrDefaultAsync(p => p.PersonId == application.ApplicantId, ct);
        if (existing is not null)
        {
            existing.AddOffers(application.Offers, now);
            return;
        }

        db.CoachProfiles.Add(CoachProfile.CreateFrom(application, application.Scheme!, now));
    }

    private async Task AddRolesAsync(Guid personId, OfferType offers)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
        if (user is null)
        {
            return;
        }

        foreach (var role in new[] { (OfferType.Coaching, Roles.Coach), (OfferType.Mentoring, Roles.Mentor) }.Where(r => offers.HasFlag(r.Item1)).Select(r => r.Item2))
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                await users.AddToRoleAsync(user, role);
            }
        }
    }

    /// <summary>A sent application, when the access policy lets the signed-in person read or change it.</summary>
    private async Task<CoachApplication?> SentAsync(Guid id, Access needed, CancellationToken ct)
    {
        var application = await db.CoachApplications
            .Include(a => a.Scheme)
            .Include(a => a.Applicant)
            .Include(a => a.Areas)
            .Include(a => a.Qualifications)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id && a.SubmittedAt != null, ct);
        return application is not null && await access.AllowsAsync(application.AccessParties(), needed) ? application : null;
    }

    private async Task<HrApplicationViewModel> ViewModelAsync(CoachApplication application, InterviewInput interview, DecisionInput? decision, CancellationToken ct)
    {
        var summary = (await reader.SummaryAsync(application.Id, ct))!;
        decision ??= new DecisionInput();
        decision.ConcurrencyStamp = decision.ConcurrencyStamp == Guid.Empty ? application.ConcurrencyStamp : decision.ConcurrencyStamp;
        return new HrApplicationViewModel
        {
            Summary = summary,
            AllowsInterview = application.Scheme!.AllowsCompetencyInterview,
            MayCoach = application.MayOfferWhatIsAsked(application.Scheme),
            CanDecide = application.Status == ApplicationStatus.AwaitingDecision && await access.MayChangeAsync(application.AccessParties()),
            CanConfirmLineManager = application.AwaitsLineManagerConfirmation && application.IsInProgress && await access.MayChangeAsync(application.AccessParties()),
            Interview = interview,
            Decision = decision,
        };
    }

    private AuditEvent Audit(string action, Guid applicationId, string? detail, Guid? actor) => new()
    {
        At = time.GetUtcNow(),
        ActorPersonId = actor,
        Action = action,
        EntityType = nameof(CoachApplication),
        EntityId = applicationId,
        Detail = detail,
    };

}
