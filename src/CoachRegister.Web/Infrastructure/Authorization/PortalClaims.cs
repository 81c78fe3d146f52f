using System.Security.Claims;

namespace CoachRegister.Web.Infrastructure.Authorization;

public static class PortalClaims
{
    /// <summary>The register's Person behind the signed-in account.</summary>
    public const string PersonId = "coachregister:person_id";

    public static Guid? FindPersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PersonId), out var id) ? id : null;

    /// <summary>The signed-in person; only for actions that already require an authenticated user.</summary>
    public static Guid GetPersonId(this ClaimsPrincipal user) =>
        user.FindPersonId() ?? throw new InvalidOperationException("The signed-in account has no person.");
}
