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

    private (string Token, Invitation? Invitation)? _looked;

    /// <summary>
    /// The invitation whose link carries <paramref name="token"/>, tracked, or null. Looked up once per request:
    /// the form's validator and the registration that follows it both ask.
    /// </summary>
    public async Task<Invitation?> InvitationAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        if (_looked is not { } looked || looked.Token != token)
        {
            var hash = Invitation.Hash(token);
            looked = (token, await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct));
            _looked = looked;
        }

        return looked.Invitation;
    }
}
