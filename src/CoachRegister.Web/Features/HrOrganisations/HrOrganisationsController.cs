using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Organisations;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrOrganisations;

/// <summary>
/// Who may register for each organisation: the e-mail domains of its staff's addresses, and invitations for
/// anyone else (a contractor, a secondee). HR manage their schemes' organisations; a system admin, every one.
/// </summary>
[Authorize(Roles = Roles.HrAdmin + "," + Roles.SystemAdmin)]
[Route("hr/organisations")]
public class HrOrganisationsController(
    AppDbContext db,
    PortalAccess access,
    InvitationEmails emails,
    TimeProvider time,
    IStringLocalizer<RegisterText> rules) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var asker = await access.AskerAsync();
        var now = time.GetUtcNow();
        var organisations = await db.Organisations.AsNoTracking()
            .RegistrationManagedBy(asker)
            .OrderBy(o => o.Name)
            .Select(o => new
            {
                o.Id,
                o.Name,
                Scheme = o.Scheme!.Name,
                Domains = o.EmailDomains.OrderBy(d => d.Domain).Select(d => d.Domain).ToList(),
                Open = db.Invitations.Count(i => i.OrganisationId == o.Id && i.AcceptedAt == null && i.ExpiresAt > now),
            })
            .ToListAsync(ct);
        return View(new OrganisationListViewModel
        {
            Organisations = organisations.Select(o => new ManagedOrganisation(o.Id, o.Name, o.Scheme, o.Domains, o.Open)).ToList(),
        });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Registration(Guid id, string? done, CancellationToken ct)
    {
        var organisation = await OrganisationAsync(id, ct);
        return organisation is null ? NotFound() : View(await ViewModelAsync(organisation, new AddDomainInput(), new InviteInput(), done, ct));
    }

    [HttpPost("{id:guid}/domains")]
    public async Task<IActionResult> AddDomain(Guid id, AddDomainInput input, CancellationToken ct)
    {
        var organisation = await OrganisationAsync(id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var added = organisation.AllowEmailDomain(input.Domain, User.FindPersonId(), time.GetUtcNow());
                Audit("OrganisationEmailDomainAdded", id, added.Domain);
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Registration), new { id, done = "domain-added" });
            }
            catch (RuleBrokenException e)
            {
                ModelState.AddModelError(nameof(input.Domain), RuleMessages.For(e.Rule, rules));
            }
            catch (DbUpdateException)
            {
                // Another HR admin added the same domain at the same moment: the unique index kept one.
                db.ChangeTracker.Clear();
                ModelState.AddModelError(nameof(input.Domain), RuleMessages.For(Rule.EmailDomainAlreadyAllowed, rules));
                organisation = (await OrganisationAsync(id, ct))!;
            }
        }

        return View(nameof(Registration), await ViewModelAsync(organisation, input, new InviteInput(), done: null, ct));
    }

    [HttpPost("{id:guid}/domains/{domainId:guid}/remove")]
    public async Task<IActionResult> RemoveDomain(Guid id, Guid domainId, CancellationToken ct)
    {
        var organisation = await OrganisationAsync(id, ct);
        var domain = organisation?.EmailDomains.FirstOrDefault(d => d.Id == domainId);
        if (organisation is null || domain is null)
        {
            return NotFound();
        }

        organisation.RemoveEmailDomain(domainId);
        Audit("OrganisationEmailDomainRemoved", id, domain.Domain);
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Registration), new { id, done = "domain-removed" });
    }

    [HttpPost("{id:guid}/invitations")]
    public async Task<IActionResult> Invite(Guid id, InviteInput input, CancellationToken ct)
    {
        var organisation = await OrganisationAsync(id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Registration), await ViewModelAsync(organisation, new AddDomainInput(), input, done: null, ct));
        }

        var (invitation, token) = Invitation.Create(input.Email!, id, User.GetPersonId(), time.GetUtcNow());
        db.Invitations.Add(invitation);
        await emails.QueueAsync(invitation, organisation.Name, token, ct);
        Audit("RegistrationInvitationSent", id, invitation.Email);
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Registration), new { id, done = "invited" });
    }

    /// <summary>The organisation with its domains, when the signed-in person may manage who registers for it.</summary>
    private async Task<Organisation?> OrganisationAsync(Guid id, CancellationToken ct)
    {
        var organisation = await db.Organisations.Include(o => o.EmailDomains).FirstOrDefaultAsync(o => o.Id == id, ct);
        return organisation is not null && await access.MayChangeAsync(organisation.RegistrationParties()) ? organisation : null;
    }

    private async Task<OrganisationRegistrationViewModel> ViewModelAsync(Organisation organisation, AddDomainInput domain, InviteInput invite, string? done, CancellationToken ct)
    {
        var since = time.GetUtcNow() - Invitation.Lifetime;
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.OrganisationId == organisation.Id && i.InvitedAt > since)
            .OrderByDescending(i => i.InvitedAt)
            .Select(i => new OpenInvitation(i.Email, i.InvitedAt, i.ExpiresAt, i.AcceptedAt))
            .ToListAsync(ct);
        return new OrganisationRegistrationViewModel
        {
            OrganisationId = organisation.Id,
            Name = organisation.Name,
            Domains = organisation.EmailDomains.OrderBy(d => d.Domain).Select(d => new AllowedDomain(d.Id, d.Domain)).ToList(),
            Invitations = invitations,
            Domain = domain,
            Invite = invite,
            Done = done,
        };
    }

    private void Audit(string action, Guid organisationId, string detail) =>
        db.AuditEvents.Add(new AuditEvent
        {
            At = time.GetUtcNow(),
            ActorPersonId = User.FindPersonId(),
            Action = action,
            EntityType = nameof(Organisation),
            EntityId = organisationId,
            Detail = detail,
        });
}
