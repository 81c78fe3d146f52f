using CoachRegister.Domain.People;
using Microsoft.AspNetCore.Identity;

namespace CoachRegister.Data.Identity;

/// <summary>A sign-in account. Every account belongs to exactly one person of the register.</summary>
public class ApplicationUser : IdentityUser<Guid>
{
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>The last authenticator time step accepted, so a code can be used once only.</summary>
    public long? LastTotpTimeStep { get; set; }
}

public class ApplicationRole : IdentityRole<Guid>
{
    public ApplicationRole()
    {
    }

    public ApplicationRole(string name)
        : base(name)
    {
    }
}

/// <summary>The roles an account can hold. Line manager is not here: it follows from having reports.</summary>
public static class Roles
{
    public const string Staff = "Staff";
    public const string Coach = "Coach";
    public const string Mentor = "Mentor";
    public const string Supervisor = "Supervisor";
    public const string HrAdmin = "HrAdmin";
    public const string SystemAdmin = "SystemAdmin";

    public static readonly string[] All = [Staff, Coach, Mentor, Supervisor, HrAdmin, SystemAdmin];

    /// <summary>Roles that must sign in with a second factor when the setting is on.</summary>
    public static readonly string[] Privileged = [HrAdmin, SystemAdmin];
}
