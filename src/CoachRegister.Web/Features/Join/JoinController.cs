using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Support;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Email;
using CoachRegister.Web.Infrastructure.Forms;
using CoachRegister.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Join;

/// <summary>
/// Applying to join the register of one's own scheme: one draft per person, a page per section, check your
/// answers, then the line manager's support (<see cref="SupportController"/>). The applicant's draft is
/// found from the signed-in account, never from an id in the address, and changed only when the access
/// policy grants it.
/// </summary>
[Authorize]
[Route("join")]
public class JoinController(
    AppDbContext db,
    PortalAccess access,
    ApplicationReader reader,
    EmailOutbox outbox,
    TimeProvider time,
    IStringLocalizer<RegisterText> t,
    PublicUrls urls) : Controller
{
    private CoachApplication? _draft;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var personId = User.FindPersonId();
        if (personId is null)
        {
            return Forbid();
        }

        var latest = await db.CoachApplications.AsNoTracking()
            .Where(a => a.ApplicantId == personId)
            .OrderByDescending(a => a.CreatedAt)
            .Select(a => new { a.Id, a.Status, a.LineManagerComment, a.LineManagerSupport, a.DeclineReason })
            .FirstOrDefaultAsync(ct);
        return View(new JoinStartViewModel
        {
            ApplicationId = latest?.Id,
            Status = latest?.Status,
            OnRegister = await db.CoachProfiles.AnyAsync(p => p.PersonId == personId, ct),
            LineManagerComment = latest?.LineManagerSupport == LineManagerSupport.NotSupported ? latest.LineManagerComment : null,
            DeclineReason = latest?.DeclineReason,
            NoSchemeAvailable = !await db.People.AnyAsync(p => p.Id == personId && p.OrganisationId != null, ct),
        });
    }

    [HttpPost("start")]
    public async Task<IActionResult> Start(CancellationToken ct)
    {
        var personId = User.FindPersonId();
        if (personId is null)
        {
            return Forbid();
        }

        var inProgress = await db.CoachApplications.AnyAsync(a => a.ApplicantId == personId && ApplicationRules.InProgress.Contains(a.Status), ct);
        if (!inProgress)
        {
            // A person applies to the register of the scheme their organisation belongs to.
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.OrganisationId != null)
                .Select(p => new { p.LineManagerId, p.Organisation!.SchemeId }).FirstOrDefaultAsync(ct);
            if (person is null)
            {
                return RedirectToAction(nameof(Index));
            }

            db.CoachApplications.Add(CoachApplication.Start(personId.Value, person.SchemeId, person.LineManagerId, time.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }

        return RedirectToAction(nameof(Offer));
    }

    [HttpGet("offer")]
    public async Task<IActionResult> Offer(bool change, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        return View(new OfferPage
        {
            Offers = draft.Offers == OfferType.None ? null : draft.Offers,
            SchemeName = draft.Scheme!.Name,
            ReturnToCheck = change,
        });
    }

    [HttpPost("offer")]
    public async Task<IActionResult> Offer(OfferPage page, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        if (!ModelState.IsValid)
        {
            page.SchemeName = draft.Scheme!.Name;
            return View(page);
        }

        draft.EnsureEditable();
        draft.Offers = page.Offers!.Value;
        await db.SaveChangesAsync(ct);
        return Next(draft, ApplicationSection.Offer, page.ReturnToCheck);
    }

    [HttpGet("experience")]
    public async Task<IActionResult> Experience(bool change, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        return draft is null ? RedirectToAction(nameof(Index)) : View(new ExperiencePage
        {
            ExperienceAndSkills = draft.ExperienceAndSkills,
            Motivation = draft.Motivation,
            RecentSupportOfOthers = draft.RecentSupportOfOthers,
            PreviousExperienceAndOutcomes = draft.PreviousExperienceAndOutcomes,
            ReturnToCheck = change,
        });
    }

    [HttpPost("experience")]
    public async Task<IActionResult> Experience(ExperiencePage page, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        if (!ModelState.IsValid)
        {
            return View(page);
        }

        draft.EnsureEditable();
        draft.ExperienceAndSkills = page.ExperienceAndSkills!.Trim();
        draft.Motivation = page.Motivation!.Trim();
        draft.RecentSupportOfOthers = TextInput.Clean(page.RecentSupportOfOthers);
        draft.PreviousExperienceAndOutcomes = TextInput.Clean(page.PreviousExperienceAndOutcomes);
        await db.SaveChangesAsync(ct);
        return Next(draft, ApplicationSection.Experience, page.ReturnToCheck);
    }

    [HttpGet("areas")]
    public async Task<IActionResult> Areas(bool change, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        return draft is null ? RedirectToAction(nameof(Index)) : View(await WithAreasAsync(new AreasPage
        {
            AreaIds = draft.Areas.Select(a => a.Id).ToList(),
            ReturnToCheck = change,
        }, ct));
    }

    [HttpPost("areas")]
    public async Task<IActionResult> Areas(AreasPage page, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        var chosen = await db.CoachingAreas.Where(a => a.IsActive && page.AreaIds.Contains(a.Id)).ToListAsync(ct);
        if (ModelState.IsValid && chosen.Count != page.AreaIds.Distinct().Count())
        {
            ModelState.AddModelError(nameof(page.AreaIds), t["Select areas from the list"]);
        }

        if (!ModelState.IsValid)
        {
            return View(await WithAreasAsync(page, ct));
        }

        draft.EnsureEditable();
        draft.Areas.Clear();
        draft.Areas.AddRange(chosen);
        await db.SaveChangesAsync(ct);
        return Next(draft, ApplicationSection.Areas, page.ReturnToCheck);
    }

    [HttpGet("qualifications")]
    public async Task<IActionResult> Qualifications(bool change, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        QualificationAnswer? Answer(QualificationLevel level) => !draft.QualificationsAnswered ? null
            : QualificationAnswers.For(draft.Qualifications.FirstOrDefault(q => q.Level == level)?.Status);
        return View(new QualificationsPage
        {
            HoldsAccreditation = draft.QualificationsAnswered ? draft.HoldsAccreditation : null,
            Accreditation = draft.HoldsAccreditation ? draft.Accreditation : null,
            AccreditationOther = draft.AccreditationOther,
            Ilm3 = Answer(QualificationLevel.Ilm3),
            Ilm5 = Answer(QualificationLevel.Ilm5),
            Ilm7 = Answer(QualificationLevel.Ilm7),
            Other = Answer(QualificationLevel.Other),
            OtherTitle = draft.Qualifications.FirstOrDefault(q => q.Level == QualificationLevel.Other)?.Title,
            ReturnToCheck = change,
        });
    }

    [HttpPost("qualifications")]
    public async Task<IActionResult> Qualifications(QualificationsPage page, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        if (!ModelState.IsValid)
        {
            return View(page);
        }

        draft.EnsureEditable();
        draft.HoldsAccreditation = page.HoldsAccreditation!.Value;
        draft.Accreditation = draft.HoldsAccreditation ? page.Accreditation!.Value : AccreditationBody.None;
        draft.AccreditationOther = draft.Accreditation == AccreditationBody.Other ? TextInput.Clean(page.AccreditationOther) : null;
        draft.Qualifications.Clear();
        foreach (var (level, answer) in new[]
                 {
                     (QualificationLevel.Ilm3, page.Ilm3), (QualificationLevel.Ilm5, page.Ilm5),
                     (QualificationLevel.Ilm7, page.Ilm7), (QualificationLevel.Other, page.Other),
                 })
        {
            if (QualificationAnswers.StatusOf(answer) is { } status)
            {
                // Added through the set: a new entity with a client-made key would otherwise be taken for an existing row.
                var qualification = db.Set<ApplicationQualification>().Add(new ApplicationQualification
                {
                    CoachApplicationId = draft.Id,
                    Level = level,
                    Title = level == QualificationLevel.Other ? page.OtherTitle!.Trim() : null,
                    Status = status,
                }).Entity;
                draft.Qualifications.Add(qualification);
            }
        }

        draft.QualificationsAnswered = true;
        await db.SaveChangesAsync(ct);
        return Next(draft, ApplicationSection.Qualifications, page.ReturnToCheck);
    }

    [HttpGet("references")]
    public async Task<IActionResult> References(bool change, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null || !draft.Scheme!.RequiresReferences)
        {
            return RedirectToAction(nameof(Index));
        }

        static ReferenceInput ToInput(ProfessionalReference? r) => r is null ? new ReferenceInput() : new ReferenceInput
        {
            Name = r.Name, JobTitle = r.JobTitle, Email = r.Email, Telephone = r.Telephone, Relationship = r.Relationship,
        };
        var references = draft.References.OrderBy(r => r.Id).ToList();
        return View(new ReferencesPage
        {
            Reference1 = ToInput(references.ElementAtOrDefault(0)),
            Reference2 = ToInput(references.ElementAtOrDefault(1)),
            ReturnToCheck = change,
        });
    }

    [HttpPost("references")]
    public async Task<IActionResult> References(ReferencesPage page, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null || !draft.Scheme!.RequiresReferences)
        {
            return RedirectToAction(nameof(Index));
        }

        if (!ModelState.IsValid)
        {
            return View(page);
        }

        draft.EnsureEditable();
        draft.References.Clear();
        foreach (var r in new[] { page.Reference1, page.Reference2 })
        {
            draft.References.Add(db.Set<ProfessionalReference>().Add(new ProfessionalReference
            {
                CoachApplicationId = draft.Id,
                Name = r.Name!.Trim(),
                JobTitle = TextInput.Clean(r.JobTitle),
                Email = TextInput.Clean(r.Email),
                Telephone = TextInput.Clean(r.Telephone),
                Relationship = TextInput.Clean(r.Relationship),
            }).Entity);
        }

        await db.SaveChangesAsync(ct);
        return Next(draft, ApplicationSection.References, page.ReturnToCheck);
    }

    [HttpGet("practice")]
    public async Task<IActionResult> Practice(bool change, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null || !draft.Scheme!.RequiresPracticeDetails)
        {
            return RedirectToAction(nameof(Index));
        }

        var p = draft.Practice;
        return View(new PracticePage
        {
            ClaimAs = p?.ClaimAs,
            PracticeName = p?.PracticeName,
            PracticeAddress = p?.PracticeAddress,
            PracticeCode = p?.PracticeCode,
            PracticeTelephone = p?.PracticeTelephone,
            PracticeManagerName = p?.PracticeManagerName,
            PracticeManagerEmail = p?.PracticeManagerEmail,
            PracticeManagerTelephone = p?.PracticeManagerTelephone,
            IsSelfEmployed = p is null ? null : draft.IsSelfEmployed,
            SlaSigned = draft.SlaSigned,
            HasLiabilityInsurance = draft.HasLiabilityInsurance,
            ReturnToCheck = change,
        });
    }

    [HttpPost("practice")]
    public async Task<IActionResult> Practice(PracticePage page, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null || !draft.Scheme!.RequiresPracticeDetails)
        {
            return RedirectToAction(nameof(Index));
        }

        if (!ModelState.IsValid)
        {
            return View(page);
        }

        draft.EnsureEditable();
        draft.Practice = new PracticeDetails
        {
            ClaimAs = page.ClaimAs!.Value,
            PracticeName = TextInput.Clean(page.PracticeName),
            PracticeAddress = TextInput.Clean(page.PracticeAddress),
            PracticeCode = TextInput.Clean(page.PracticeCode),
            PracticeTelephone = TextInput.Clean(page.PracticeTelephone),
            PracticeManagerName = TextInput.Clean(page.PracticeManagerName),
            PracticeManagerEmail = TextInput.Clean(page.PracticeManagerEmail),
            PracticeManagerTelephone = TextInput.Clean(page.PracticeManagerTelephone),
        };
        draft.IsSelfEmployed = page.IsSelfEmployed!.Value;
        draft.SlaSigned = draft.IsSelfEmployed ? page.SlaSigned : null;
        draft.HasLiabilityInsurance = draft.IsSelfEmployed ? page.HasLiabilityInsurance : null;
        await db.SaveChangesAsync(ct);
        return Next(draft, ApplicationSection.Practice, page.ReturnToCheck);
    }

    [HttpGet("start-date")]
    public async Task<IActionResult> StartDate(bool change, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        var page = await WithLineManagerAsync(new StartPage
        {
            StartDay = draft.ProposedStartDate?.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StartMonth = draft.ProposedStartDate?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StartYear = draft.ProposedStartDate?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DeclarationOfInterest = draft.DeclarationOfInterest,
            ReturnToCheck = change,
        }, draft, ct);
        return View(page);
    }

    [HttpPost("start-date")]
    public async Task<IActionResult> StartDate(StartPage page, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        // Whether an e-mail address is needed depends on the recorded line manager, which only the server knows.
        var recorded = await RecordedLineManagerAsync(draft, ct);
        if (recorded is null && string.IsNullOrWhiteSpace(page.LineManagerEmail))
        {
            ModelState.AddModelError(nameof(page.LineManagerEmail), t["Enter your line manager's e-mail address"]);
        }

        Guid? lineManagerId = recorded?.Id;
        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(page.LineManagerEmail))
        {
            var email = page.LineManagerEmail.Trim();
            lineManagerId = await db.People.Where(p => p.Email == email).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
            if (lineManagerId == draft.ApplicantId)
            {
                ModelState.AddModelError(nameof(page.LineManagerEmail), t["You cannot name yourself as the line manager who supports your application"]);
            }
            else if (lineManagerId is null)
            {
                ModelState.AddModelError(nameof(page.LineManagerEmail), t["No one on the register has that e-mail address"]);
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await WithLineManagerAsync(page, draft, ct));
        }

        draft.EnsureEditable();
        draft.ProposedStartDate = FormRules.ParseDate(page.StartDay, page.StartMonth, page.StartYear);
        draft.DeclarationOfInterest = TextInput.Clean(page.DeclarationOfInterest);
        draft.NameLineManager(lineManagerId!.Value);
        await db.SaveChangesAsync(ct);
        return Next(draft, ApplicationSection.Start, page.ReturnToCheck);
    }

    [HttpGet("commitments")]
    public async Task<IActionResult> Commitments(bool change, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        return draft is null ? RedirectToAction(nameof(Index)) : View(new CommitmentsPage
        {
            AgreesToExpectations = draft.AgreesToExpectations,
            ConfirmsCodeOfEthics = draft.ConfirmsCodeOfEthics,
            ConfirmsSupervisionAndCpd = draft.ConfirmsSupervisionAndCpd,
            ConfirmsLineManagerRelease = draft.ConfirmsLineManagerRelease,
            ConfirmsDataProcessing = draft.ConfirmsDataProcessing,
            ReturnToCheck = change,
        });
    }

    [HttpPost("commitments")]
    public async Task<IActionResult> Commitments(CommitmentsPage page, CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        if (!ModelState.IsValid)
        {
            return View(page);
        }

        draft.EnsureEditable();
        draft.AgreesToExpectations = page.AgreesToExpectations;
        draft.ConfirmsCodeOfEthics = page.ConfirmsCodeOfEthics;
        draft.ConfirmsSupervisionAndCpd = page.ConfirmsSupervisionAndCpd;
        draft.ConfirmsLineManagerRelease = page.ConfirmsLineManagerRelease;
        draft.ConfirmsDataProcessing = page.ConfirmsDataProcessing;
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Check));
    }

    [HttpGet("check")]
    public async Task<IActionResult> Check(CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        return View(new CheckAnswersViewModel
        {
            Summary = (await reader.SummaryAsync(draft.Id, ct))!,
            Missing = ApplicationRules.MissingSections(draft, draft.Scheme!),
        });
    }

    [HttpPost("submit")]
    public async Task<IActionResult> Submit(CancellationToken ct)
    {
        var draft = await DraftAsync(ct);
        if (draft is null)
        {
            return RedirectToAction(nameof(Index));
        }

        var recordedLineManager = (await RecordedLineManagerAsync(draft, ct))?.Id;
        try
        {
            draft.Submit(draft.Scheme!, recordedLineManager, time.GetUtcNow());
        }
        catch (RuleBrokenException broken)
        {
            ModelState.AddModelError(string.Empty, RuleMessages.For(broken.Rule, t));
            return View(nameof(Check), new CheckAnswersViewModel
            {
                Summary = (await reader.SummaryAsync(draft.Id, ct))!,
                Missing = ApplicationRules.MissingSections(draft, draft.Scheme!),
            });
        }

        var lineManager = await db.People.AsNoTracking().FirstAsync(p => p.Id == draft.LineManagerId, ct);
        var applicant = await db.People.AsNoTracking().FirstAsync(p => p.Id == draft.ApplicantId, ct);
        await outbox.QueueAsync(
            lineManager.Email,
            SupportRequestEmail.Template,
            new SupportRequestEmail(lineManager.FullName, applicant.FullName, urls.For(Url.Action(nameof(SupportController.Support), "Support", new { id = draft.Id })!)),
            RecipientCulture.For(lineManager.PreferredLanguage),
            ct);
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Sent));
    }

    [HttpGet("sent")]
    public IActionResult Sent() => View();

    /// <summary>The applicant's latest application that is no longer a draft: what they sent, and where it stands.</summary>
    [HttpGet("application")]
    public async Task<IActionResult> Application(CancellationToken ct)
    {
        var application = await SentApplicationAsync(ct);
        if (application is null || !await access.MayReadAsync(application.AccessParties()))
        {
            return RedirectToAction(nameof(Index));
        }

        return View(new MyApplicationViewModel
        {
            Summary = (await reader.SummaryAsync(application.Id, ct))!,
            MayWithdraw = application.IsInProgress && await access.MayChangeAsync(application.AccessParties()),
        });
    }

    [HttpPost("application/withdraw")]
    public async Task<IActionResult> Withdraw(CancellationToken ct)
    {
        var application = await SentApplicationAsync(ct);
        if (application is null || !await access.MayChangeAsync(application.AccessParties()))
        {
            return RedirectToAction(nameof(Index));
        }

        try
        {
            application.Withdraw(User.GetPersonId(), time.GetUtcNow());
        }
        catch (RuleBrokenException broken)
        {
            ModelState.AddModelError(string.Empty, RuleMessages.For(broken.Rule, t));
            return View(nameof(Application), new MyApplicationViewModel { Summary = (await reader.SummaryAsync(application.Id, ct))! });
        }

        await db.SaveChangesAsync(ct);
        TempData.Success(t["You have withdrawn your application. You can apply again at any time."]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Every page's back link goes to the section before it in this scheme's form.</summary>
    public override void OnActionExecuted(ActionExecutedContext context)
    {
        if (context.Result is ViewResult { Model: JoinPage page } && _draft?.Scheme is { } scheme)
        {
            var sections = ApplicationRules.SectionsFor(scheme);
            var index = sections.ToList().IndexOf(page.Section);
            page.BackAction = index > 0 ? SectionAction(sections[index - 1]) : nameof(Index);
        }
    }

    private async Task<CoachApplication?> DraftAsync(CancellationToken ct)
    {
        var personId = User.FindPersonId();
        if (personId is null)
        {
            return null;
        }

        var draft = await db.CoachApplications
            .Include(a => a.Scheme)
            .Include(a => a.Areas)
            .Include(a => a.Qualifications)
            .Include(a => a.References)
            .AsSplitQuery()
            .Where(a => a.ApplicantId == personId && a.Status == ApplicationStatus.Draft)
            .OrderByDescending(a => a.CreatedAt)
            .FirstOrDefaultAsync(ct);
        _draft = draft is not null && await access.MayChangeAsync(draft.AccessParties()) ? draft : null;
        return _draft;
    }

    private async Task<CoachApplication?> SentApplicationAsync(CancellationToken ct)
    {
        var personId = User.FindPersonId();
        return personId is null ? null : await db.CoachApplications
            .Where(a => a.ApplicantId == personId && a.SubmittedAt != null && a.Status != ApplicationStatus.Draft)
            .OrderByDescending(a => a.CreatedAt)
            .FirstOrDefaultAsync(ct);
    }

    private RedirectToActionResult Next(CoachApplication draft, ApplicationSection done, bool returnToCheck)
    {
        var sections = ApplicationRules.SectionsFor(draft.Scheme!);
        var index = sections.ToList().IndexOf(done);
        if (returnToCheck || index < 0 || index == sections.Count - 1)
        {
            return RedirectToAction(nameof(Check));
        }

        return RedirectToAction(SectionAction(sections[index + 1]));
    }

    /// <summary>The action of the page that asks a section, for links and redirects.</summary>
    public static string SectionAction(ApplicationSection section) => section switch
    {
        ApplicationSection.Offer => nameof(Offer),
        ApplicationSection.Experience => nameof(Experience),
        ApplicationSection.Areas => nameof(Areas),
        ApplicationSection.Qualifications => nameof(Qualifications),
        ApplicationSection.References => nameof(References),
        ApplicationSection.Practice => nameof(Practice),
        ApplicationSection.Start => nameof(StartDate),
        _ => nameof(Commitments),
    };

    private async Task<AreasPage> WithAreasAsync(AreasPage page, CancellationToken ct)
    {
        var areas = await db.CoachingAreas.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.NameWelsh }).ToListAsync(ct);
        page.Areas = areas.Select(a => new Choice(a.Id.ToString(), RegisterLabels.AreaName(a.Name, a.NameWelsh))).ToList();
        return page;
    }

    /// <summary>Who the draft names: the recorded line manager, or (with their address in the field) someone else the applicant chose.</summary>
    private async Task<StartPage> WithLineManagerAsync(StartPage page, CoachApplication draft, CancellationToken ct)
    {
        var recorded = await RecordedLineManagerAsync(draft, ct);
        page.RecordedLineManager = recorded?.Name;
        var chosen = draft.LineManagerId is { } id && id != recorded?.Id
            ? await db.People.Where(p => p.Id == id).Select(p => new { p.Email, p.GivenName, p.FamilyName }).FirstOrDefaultAsync(ct)
            : null;
        page.ChosenLineManager = chosen is null ? null : $"{chosen.GivenName} {chosen.FamilyName}";
        page.LineManagerEmail ??= chosen?.Email;
        return page;
    }

    private async Task<(Guid Id, string Name)?> RecordedLineManagerAsync(CoachApplication draft, CancellationToken ct)
    {
        var manager = await db.People.Where(p => p.Id == draft.ApplicantId && p.LineManagerId != null)
            .Select(p => new { p.LineManager!.Id, p.LineManager.GivenName, p.LineManager.FamilyName })
            .FirstOrDefaultAsync(ct);
        return manager is null ? null : (manager.Id, $"{manager.GivenName} {manager.FamilyName}");
    }

}
