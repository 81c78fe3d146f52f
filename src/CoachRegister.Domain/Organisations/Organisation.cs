using CoachRegister.Domain.Common;
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
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>A service area or team inside an organisation (matching avoids pairing within one).</summary>
public class ServiceArea : Entity
{
    public required string Name { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
