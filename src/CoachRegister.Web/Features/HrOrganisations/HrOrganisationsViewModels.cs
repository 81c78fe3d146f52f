namespace CoachRegister.Web.Features.HrOrganisations;

public sealed record ManagedOrganisation(Guid Id, string Name, string SchemeName, IReadOnlyList<string> Domains, int OpenInvitations);

public sealed class OrganisationListViewModel
{
    public List<ManagedOrganisation> Organisations { get; init; } = [];
}

public sealed record AllowedDomain(Guid Id, string Domain);

public sealed record OpenInvitation(string Email, DateTimeOffset InvitedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt);

public sealed class AddDomainInput
{
    public string? Domain { get; set; }
}

public sealed class InviteInput
{
    public const int MaxEmailLength = 256;

    public string? Email { get; set; }
}

public sealed class OrganisationRegistrationViewModel
{
    public Guid OrganisationId { get; init; }
    public required string Name { get; init; }
    public List<AllowedDomain> Domains { get; init; } = [];
    public List<OpenInvitation> Invitations { get; init; } = [];
    public AddDomainInput Domain { get; init; } = new();
    public InviteInput Invite { get; init; } = new();
    public string? Done { get; init; }
}
