using System.Security.Claims;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Web.Features.CoachDirectory;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Infrastructure.Authorization;

/// <summary>
/// The signed-in person as the access policy sees them. The schemes someone administers or may browse change
/// while they are signed in, so they are not kept in the sign-in cookie: they are read from the database and
/// kept under the directory version (<see cref="DirectoryCache"/>), which every change of an organisation's
/// scheme, a person's organisation, a register opening or a scheme administrator moves on. A page that needs
/// the asker therefore reads nothing from the database while nothing of that kind has changed.
/// </summary>
public sealed class Askers(AppDbContext db, DirectoryCache cache)
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

        var version = await cache.VersionAsync(db, default);
        var facts = await cache.GetAsync(version, ("asker", personId), () => db.People.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new AskerFacts(
                p.OrganisationId == null ? null : p.Organisation!.SchemeId,
                db.RegisterOpenings.Where(o => o.PartnerSchemeId == p.Organisation!.SchemeId).Select(o => o.SchemeId).ToList(),
                db.SchemeAdministrators.Where(a => a.PersonId == p.Id).Select(a => a.SchemeId).ToList()))
            .FirstOrDefaultAsync());
        if (facts is null)
        {
            return null;
        }

        var visible = facts.SchemeId is { } own ? facts.Opened.Append(own).ToHashSet() : [];
        _asker = new Asker(personId, facts.SchemeId, visible, facts.Administered.ToHashSet(), user.IsInRole(Roles.SystemAdmin));
        _for = personId;
        return _asker;
    }

    private sealed record AskerFacts(Guid? SchemeId, List<Guid> Opened, List<Guid> Administered);

    /// <summary>The asker behind a request that needs a signed-in person with a record in the register.</summary>
    public async Task<Asker> RequireAsync(ClaimsPrincipal user) =>
        await ForAsync(user) ?? throw new InvalidOperationException("The signed-in account has no person in the register.");
}
