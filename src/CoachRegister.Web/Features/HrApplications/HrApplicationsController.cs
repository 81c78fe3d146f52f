using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Email;
using CoachRegister.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrApplications;

/// <summary>The scheme team's queue of applications to join the register: read, interview, decide.</summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/applications")]
public class HrApplicationsController(
    AppDbContext db,
    ApplicationReader reader,
    EmailOutbox outbox,
    UserManager<ApplicationUser> users,
    RoleManager<ApplicationRole> roles,
    TimeProvider time,
    IStringLocalizer<RegisterText> t,
    PublicUrls urls) : Controller
{
    public const int PageSize = 50;

    private static readonly ApplicationStatus[] Submitted =
        [ApplicationStatus.AwaitingLineManager, ApplicationStatus.AwaitingDecision, ApplicationStatus.Accepted, ApplicationStatus.Declined];

    [HttpGet("")]
    public async Task<IActionResult> Index(string? stage, int page, CancellationToken ct)
    {
        var query = db.CoachApplications.AsNoTracking().Where(a => a.SubmittedAt != null && Submitted.Contains(a.Status));
        var filter = Enum.TryParse<ApplicationStatus>(stage, out var s) && Submitted.Contains(s) ? s : (ApplicationStatus?)null;
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
            .Select(a => new
            {
                a.Id,
                a.Applicant!.GivenName,
                a.Applicant.FamilyName,
                OrganisationName = a.Applicant.Organisation!.Name,
                a.Offers,
                a.Status,
                a.SubmittedAt,
            })
            .ToListAsync(ct);
        var today = time.GetUtcNow();
        return View(new ApplicationQueueViewModel
        {
            Stage = filter?.ToString(),
            Total = total,
            Pages = new Pagination(page, pageCount, p => "/hr/applications" + QueryString.Create(
                new Dictionary<string, string?> { ["stage"] = filter?.ToString(), ["page"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                    .Where(kv => kv.Value is not null))),
            Rows = rows.Select(r => new ApplicationRow
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

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var model = await ViewModelAsync(id, new InterviewInput(), null, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:guid}/interview")]
    public async Task<IActionResult> Interview(Guid id, InterviewInput interview, CancellationToken ct)
    {
        var application = await SubmittedAsync(id, ct);
        if (application is null || !application.Scheme!.AllowsCompetencyInterview)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await IsOwnApplicationAsync(application, ct))
        {
            ModelState.AddModelError(string.Empty, t["You cannot record an interview or decide on your own application"]);
        }

        if (!ModelState.IsValid || !ApplicationRules.IsInProgress(application.Status))
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(interview.Outcome), t["This application has already been decided"]);
            }

            return View(nameof(Details), await ViewModelAsync(id, interview, null, ct));
        }

        application.InterviewDate = JoinRules.ParseDate(interview.Day, interview.Month, interview.Year);
        application.InterviewOutcome = Enum.Parse<InterviewOutcome>(interview.Outcome!);
        application.InterviewNotes = string.IsNullOrWhiteSpace(interview.Notes) ? null : interview.Notes.Trim();
        db.AuditEvents.Add(Audit("RegisterApplicationInterviewRecorded", application.Id, application.InterviewOutcome.ToString(), User.FindPersonId()));
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/decision")]
    public async Task<IActionResult> Decide(Guid id, DecisionInput input, CancellationToken ct)
    {
        var application = await SubmittedAsync(id, ct);
        if (application is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await IsOwnApplicationAsync(application, ct))
        {
            ModelState.AddModelError(string.Empty, t["You cannot record an interview or decide on your own application"]);
        }

        if (ModelState.IsValid && application.Status != ApplicationStatus.AwaitingDecision)
        {
            ModelState.AddModelError(nameof(input.Decision), t["Only an application the line manager has supported can be decided"]);
        }

        var accept = input.Decision == "accept";
        if (ModelState.IsValid && accept && !CoachEligibility.MayOffer(application.Offers, application.Scheme!,
                application.Qualifications.Select(q => (q.Level, q.Status)), application.InterviewOutcome))
        {
            ModelState.AddModelError(nameof(input.Decision), t["A coach needs ILM Level 5 or above, or a passed competency interview where the scheme allows one"]);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Details), await ViewModelAsync(id, new InterviewInput(), input, ct));
        }

        db.Entry(application).Property(a => a.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
        var deciderId = User.FindPersonId();
        var now = time.GetUtcNow();
        application.DecidedById = deciderId;
        application.DecidedAt = now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (accept)
        {
            application.Status = ApplicationStatus.Accepted;
            application.ExpectedStartDate = JoinRules.ParseDate(input.StartDay, input.StartMonth, input.StartYear);
            await CreateOrExtendProfileAsync(application, now, ct);
        }
        else
        {
            application.Status = ApplicationStatus.Declined;
            application.DeclineReason = input.Reason!.Trim();
        }

        db.AuditEvents.Add(Audit(accept ? "RegisterApplicationAccepted" : "RegisterApplicationDeclined", application.Id, application.DeclineReason, deciderId));
        await outbox.QueueAsync(
            application.Applicant!.Email,
            DecisionEmail.Template,
            new DecisionEmail(application.Applicant.FullName, accept, application.ExpectedStartDate, application.DeclineReason, urls.For(accept ? "/profile" : "/join")),
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
            return View(nameof(Details), await ViewModelAsync(id, new InterviewInput(), input, ct));
        }

        if (accept)
        {
            await AddRolesAsync(application.ApplicantId, application.Offers);
        }

        await transaction.CommitAsync(ct);
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
            existing.Offers |= application.Offers;
            existing.UpdatedAt = now;
            return;
        }

        var scheme = application.Scheme!;
        var inTraining = application.Qualifications.Any(q => q.Status == QualificationStatus.InTraining);
        var profile = new CoachProfile
        {
            PersonId = application.ApplicantId,
            SchemeId = application.SchemeId,
            Offers = application.Offers,
            Status = ProfileStatus.Draft,
            Experience = application.ExperienceAndSkills,
            Accreditation = application.HoldsAccreditation ? application.Accreditation : AccreditationBody.None,
            CompetencyInterviewPassed = application.InterviewOutcome == InterviewOutcome.Passed,
            DeclarationOfInterest = application.DeclarationOfInterest,
            Capacity = Math.Min(2, CoachCapacity.MaximumFor(scheme, inTraining)),
            AcceptingNewCoachees = true,
            Formats = DeliveryFormat.None,
            CreatedAt = now,
            UpdatedAt = now,
            Areas = application.Areas.ToList(),
        };
        db.CoachProfiles.Add(profile);
        foreach (var q in application.Qualifications)
        {
            db.Qualifications.Add(new Qualification { CoachProfileId = profile.Id, Level = q.Level, Title = q.Title, Status = q.Status });
        }
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
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new ApplicationRole(role));
            }

            if (!await users.IsInRoleAsync(user, role))
            {
                await users.AddToRoleAsync(user, role);
            }
        }
    }

    private async Task<bool> IsOwnApplicationAsync(CoachApplication application, CancellationToken ct) =>
        User.FindPersonId() == application.ApplicantId;

    private async Task<CoachApplication?> SubmittedAsync(Guid id, CancellationToken ct) =>
        await db.CoachApplications
            .Include(a => a.Scheme)
            .Include(a => a.Applicant)
            .Include(a => a.Areas)
            .Include(a => a.Qualifications)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id && a.Status != ApplicationStatus.Draft && a.SubmittedAt != null, ct);

    private async Task<HrApplicationViewModel?> ViewModelAsync(Guid id, InterviewInput interview, DecisionInput? decision, CancellationToken ct)
    {
        var application = await db.CoachApplications.AsNoTracking()
            .Include(a => a.Scheme).Include(a => a.Qualifications)
            .FirstOrDefaultAsync(a => a.Id == id && a.Status != ApplicationStatus.Draft && a.SubmittedAt != null, ct);
        if (application is null)
        {
            return null;
        }

        var summary = (await reader.SummaryAsync(id, ct))!;
        decision ??= new DecisionInput();
        decision.ConcurrencyStamp = decision.ConcurrencyStamp == Guid.Empty ? application.ConcurrencyStamp : decision.ConcurrencyStamp;
        return new HrApplicationViewModel
        {
            Summary = summary,
            AllowsInterview = application.Scheme!.AllowsCompetencyInterview,
            MayCoach = CoachEligibility.MayOffer(application.Offers, application.Scheme, application.Qualifications.Select(q => (q.Level, q.Status)), application.InterviewOutcome),
            CanDecide = application.Status == ApplicationStatus.AwaitingDecision,
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
