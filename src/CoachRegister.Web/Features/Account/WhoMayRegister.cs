using CoachRegister.Data;
using CoachRegister.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Account;

/// <summary>
/// The register is for staff: an address may register for an organisation when it is in one of the
/// organisation's e-mail domains, or when HR sent that address an invitation to it.
/// </summary>
public sealed class WhoMayRegister(AppDbContext db, TimeProvider time)
{
    public async Task<bool> MayRegisterAsync(string? email, Guid? organisationId, string? invitationToken, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(invitationToken))
        {
            var invitation = await InvitationAsync(invitationToken, ct);
            return invitation is not null && invitation.OrganisationId == organisationId && invitation.IsOpenFor(email, time.GetUtcNow());
        }

        var organisation = await db.Organisations.AsNoTracking().Include(o => o.EmailDomains)
            .FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        return organisation is not null && organisation.AcceptsAddress(email);
    }

    /// <summary>The invitation whose link carries <paramref name="token"/>, tracked, or null.</summary>
    public Task<Invitation?> InvitationAsync(string? token, CancellationToken ct) =>
        string.IsNullOrEmpty(token)
            ? Task.FromResult<Invitation?>(null)
            : db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == Invitation.Hash(token), ct);
}
