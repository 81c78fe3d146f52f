using CoachRegister.Data;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Email;
using CoachRegister.Web.Infrastructure.Forms;
using CoachRegister.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Support;

/// <summary>
/// The line manager's page for an application to join the register: read it, then support it or not. The
/// access policy lets only the line manager named on the application in, and only once it is sent.
/// </summary>
[Authorize]
[Route("join/support")]
public class SupportController(
    AppDbContext db,
    PortalAccess access,
    ApplicationReader reader,
    EmailOutbox outbox,
    TimeProvider time,
    IStringLocalizer<RegisterText> t,
    PublicUrls urls) : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Support(Guid id, CancellationToken ct)
    {
        var application = await ApplicationAsync(id, tracked: false, ct);
        if (application is null || !await access.MayReadAsync(application.SupportRequestParties()))
        {
            return NotFound();
        }

        return View(await ViewModelAsync(application, new SupportInput(), ct));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Support(Guid id, SupportInput input, CancellationToken ct)
    {
        var application = await ApplicationAsync(id, tracked: true, ct);
        if (application is null || !await access.MayReadAsync(application.SupportRequestParties()))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                // What the manager read is what they answer: kept, so a returned draft's later edits are not shown as answered.
                var read = ApplicationReader.Snapshot((await reader.SummaryAsync(application.Id, ct))!);
                application.RespondAsLineManager(User.GetPersonId(), input.Supports!.Value, TextInput.Clean(input.Comment), read, time.GetUtcNow());
            }
            catch (RuleBrokenException broken)
            {
                ModelState.AddModelError(nameof(input.Supports), RuleMessages.For(broken.Rule, t));
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await ViewModelAsync(application, input, ct));
        }

        await outbox.QueueAsync(
            application.Applicant!.Email,
            LineManagerResponseEmail.Template,
            new LineManagerResponseEmail(application.Applicant.FullName, application.LineManager!.FullName, input.Supports!.Value, application.LineManagerComment, urls.For(Url.Action(nameof(JoinController.Index), "Join")!)),
            RecipientCulture.For(application.Applicant.PreferredLanguage),
            ct);
        await db.SaveChangesAsync(ct);
        TempData.Success(input.Supports.Value
            ? t["Thank you. You have supported {0}'s application.", application.Applicant.FullName]
            : t["Thank you. {0}'s application has gone back to them with your comment.", application.Applicant.FullName]);
        return RedirectToAction(nameof(Support), new { id });
    }

    private Task<CoachApplication?> ApplicationAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var applications = tracked ? db.CoachApplications : db.CoachApplications.AsNoTracking();
        return applications.Include(a => a.Applicant).Include(a => a.LineManager).FirstOrDefaultAsync(a => a.Id == id, ct);
    }

    /// <summary>
    /// Whether the line manager can still answer is the policy's "may change" for them, in this state. Once they
    /// have answered they see the application as it was then.
    /// </summary>
    private async Task<SupportViewModel> ViewModelAsync(CoachApplication application, SupportInput input, CancellationToken ct)
    {
        var (summary, answered) = await reader.ForLineManagerAsync(application, access, ct);
        return new SupportViewModel
        {
            Summary = summary!,
            Input = input,
            AlreadyAnswered = answered,
            Answer = application.LineManagerSupport,
            AnswerComment = application.LineManagerComment,
            AnsweredAt = application.LineManagerRespondedAt,
        };
    }
}
