using System.Security.Claims;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Confidentiality;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Infrastructure.Authorization;

/// <summary>
/// The signed-in person as the access policy sees them, read from the database once per request (the
/// schemes someone administers or may browse change while they are signed in, so they are not kept in the
/// sign-in cookie).
/// </summary>
public sealed class Askers(AppDbContext db)
{
    private Asker? _asker;
    private Guid? _for;

    public async Task<Asker?> ForAsync(ClaimsPrincipal user)
    {
        if (user.FindPersonId() is not { } personId)
        {
            return null;
        }

        if (_for == personId && _asker is not null)
        {
            return _asker;
        }

        var facts = await db.People.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new
            {
                SchemeId = p.OrganisationId == null ? (Guid?)null : p.Organisation!.SchemeId,
                Opened = db.RegisterOpenings.Where(o => o.PartnerSchemeId == p.Organisation!.SchemeId).Select(o => o.SchemeId).ToList(),
                Administered = db.SchemeAdministrators.Where(a => a.PersonId == p.Id).Select(a => a.SchemeId).ToList(),
            })
            .FirstOrDefaultAsync();
        if (facts is null)
        {
            return null;
        }

        var visible = facts.SchemeId is { } own ? facts.Opened.Append(own).ToHashSet() : [];
        _asker = new Asker(personId, facts.SchemeId, visible, facts.Administered.ToHashSet(), user.IsInRole(Roles.SystemAdmin));
        _for = personId;
        return _asker;
    }

    /// <summary>The asker behind a request that needs a signed-in person with a record in the register.</summary>
    public async Task<Asker> RequireAsync(ClaimsPrincipal user) =>
        await ForAsync(user) ?? throw new InvalidOperationException("The signed-in account has no person in the register.");
}
