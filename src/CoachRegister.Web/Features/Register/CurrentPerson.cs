using System.Security.Claims;
using CoachRegister.Data;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Register;

public static class CurrentPerson
{
    /// <summary>The register person behind the signed-in account, or null when there is none.</summary>
    public static async Task<Guid?> PersonIdAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }

        return await db.Users.Where(u => u.Id == userId).Select(u => (Guid?)u.PersonId).FirstOrDefaultAsync(ct);
    }
}
