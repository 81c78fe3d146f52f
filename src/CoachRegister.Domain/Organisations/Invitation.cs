using System.Security.Cryptography;
using System.Text;
using CoachRegister.Domain.Common;

namespace CoachRegister.Domain.Organisations;

/// <summary>
/// HR's invitation to someone whose address is not in one of the organisation's domains (a contractor, a
/// partner's secondee). The link it sends carries a secret; only its hash is kept, and it opens registration
/// for that one address, for that organisation, once, until it expires.
/// </summary>
public class Invitation : Entity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public required string Email { get; init; }
    public Guid OrganisationId { get; init; }
    public Organisation? Organisation { get; init; }
    public Guid InvitedById { get; init; }
    public DateTimeOffset InvitedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public required string TokenHash { get; init; }
    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>A new invitation and the secret for its link (shown once, in the e-mail).</summary>
    public static (Invitation Invitation, string Token) Create(string email, Guid organisationId, Guid invitedById, DateTimeOffset now)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var invitation = new Invitation
        {
            Email = email.Trim(),
            OrganisationId = organisationId,
            InvitedById = invitedById,
            InvitedAt = now,
            ExpiresAt = now + Lifetime,
            TokenHash = Hash(token),
        };
        return (invitation, token);
    }

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    /// <summary>Not used yet and not expired.</summary>
    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public bool IsOpenFor(string? email, DateTimeOffset now) =>
        IsOpen(now) && string.Equals(Email, email?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The invited person has registered with it; the link no longer works.</summary>
    public void Accept(string email, DateTimeOffset now)
    {
        if (!IsOpenFor(email, now))
        {
            throw new RuleBrokenException(Rule.InvitationNotOpen);
        }

        AcceptedAt = now;
    }
}
