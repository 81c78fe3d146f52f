using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.People;

namespace CoachRegister.Domain.Schemes;

/// <summary>
/// A scheme opens its register to a partner scheme: the partner's staff may then find and ask for its
/// coaches and mentors. Without one, staff see only their own scheme's register.
/// </summary>
public class RegisterOpening
{
    /// <summary>The scheme whose register is opened.</summary>
    public Guid SchemeId { get; set; }
    /// <summary>The scheme whose staff may browse it.</summary>
    public Guid PartnerSchemeId { get; set; }
    public Scheme? PartnerScheme { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public Guid? OpenedById { get; set; }
}

/// <summary>An HR admin or scheme lead of one scheme, assigned by a system admin. A partnership lead holds several.</summary>
public class SchemeAdministrator : Entity
{
    public Guid SchemeId { get; set; }
    public Scheme? Scheme { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public Guid? AssignedById { get; set; }

    public static RecordParties Parties(Guid schemeId) => new(RecordKind.SchemeAdministrators, schemeId);
}
