using CoachRegister.Domain.Common;

namespace CoachRegister.Domain.Organisations;

/// <summary>
/// A domain of the addresses an organisation gives its staff. Whoever has an address in it may register and
/// join the organisation. A domain can belong to several organisations (nhs.net serves every NHS trust);
/// the person then says which one they work for.
/// </summary>
public class OrganisationEmailDomain : Entity
{
    public Guid OrganisationId { get; init; }
    public required string Domain { get; init; }
    public DateTimeOffset AddedAt { get; init; }
    public Guid? AddedById { get; init; }
}
