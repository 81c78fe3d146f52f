using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Organisations;

/// <summary>A partner organisation of a scheme: a council, an agency, a GP practice grouping.</summary>
public class Organisation : Entity, IConcurrencyAware
{
    public required string Name { get; set; }
    public string? Code { get; set; }
    public Guid SchemeId { get; set; }
    public Scheme? Scheme { get; set; }
    public List<ServiceArea> ServiceAreas { get; set; } = [];
    public List<OrganisationEmailDomain> EmailDomains { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Whether someone with <paramref name="email"/> may register as staff of this organisation.</summary>
    public bool AcceptsAddress(string? email)
    {
        var domain = EmailAddressDomain.Of(email);
        return domain is not null && EmailDomains.Any(d => d.Domain == domain);
    }

    public OrganisationEmailDomain AllowEmailDomain(string? input, Guid? byPersonId, DateTimeOffset at)
    {
        var domain = EmailAddressDomain.Normalise(input) ?? throw new RuleBrokenException(Rule.EmailDomainNotValid);
        if (EmailDomains.Any(d => d.Domain == domain))
        {
            throw new RuleBrokenException(Rule.EmailDomainAlreadyAllowed);
        }

        var allowed = new OrganisationEmailDomain { OrganisationId = Id, Domain = domain, AddedAt = at, AddedById = byPersonId };
        EmailDomains.Add(allowed);
        return allowed;
    }

    /// <summary>People already registered stay; only new registrations from the domain stop.</summary>
    public void RemoveEmailDomain(Guid domainId) =>
        EmailDomains.RemoveAll(d => d.Id == domainId);

    /// <summary>Who may register for the organisation (its e-mail domains and invitations): its scheme's HR and a system admin.</summary>
    public RecordParties RegistrationParties() => new(RecordKind.OrganisationRegistration, SchemeId);
}

/// <summary>A service area or team inside an organisation (matching avoids pairing within one).</summary>
public class ServiceArea : Entity
{
    public required string Name { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
