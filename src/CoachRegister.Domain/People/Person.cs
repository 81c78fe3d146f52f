using CoachRegister.Domain.Common;
using CoachRegister.Domain.Organisations;

namespace CoachRegister.Domain.People;

/// <summary>
/// Anyone the register knows: staff, line managers, coaches, HR. Roles come from the sign-in account;
/// line management is a relationship between people, not a role.
/// </summary>
public class Person : Entity, IConcurrencyAware
{
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public required string Email { get; set; }
    public string? JobTitle { get; set; }
    public string? Telephone { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? ServiceAreaId { get; set; }
    public ServiceArea? ServiceArea { get; set; }
    public Guid? LineManagerId { get; set; }
    public Person? LineManager { get; set; }
    public List<Person> Reports { get; set; } = [];
    public string PreferredLanguage { get; set; } = "en";
    public DateTimeOffset CreatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";
}
