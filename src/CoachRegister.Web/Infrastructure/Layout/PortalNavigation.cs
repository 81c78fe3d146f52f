using System.Security.Claims;

namespace CoachRegister.Web.Infrastructure.Layout;

/// <summary>A link in the service navigation. <see cref="Text"/> is the English text, the key in SharedText.</summary>
public sealed record NavigationItem(string Text, string Path)
{
    /// <summary>Null: everyone, signed in or not. Empty: anyone signed in. Otherwise: people in any of these roles.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    public bool IsVisibleTo(ClaimsPrincipal user) => Roles switch
    {
        null => true,
        [] => user.Identity?.IsAuthenticated == true,
        _ => Roles.Any(user.IsInRole),
    };

    /// <summary>Pages below <see cref="Path"/> that belong to someone else's task, so they do not mark this item current.</summary>
    public IReadOnlyList<string> NotBelow { get; init; } = [];

    /// <summary>The item for "/" is current on the home page only; any other on its path and the pages below it.</summary>
    public bool IsCurrent(PathString requestPath) =>
        Path == "/"
            ? requestPath == "/"
            : requestPath.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase)
                && !NotBelow.Any(other => requestPath.StartsWithSegments(other, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The service navigation, in the order shown: the one place a feature adds its link. Add one line with the
/// English text, the path and who sees it, and add the Welsh for the text to Resources/SharedText.cy.resx, e.g.
/// <c>new("Coaches", "/coaches") { Roles = [Roles.Staff, Roles.HrAdmin] }</c> (Roles from
/// CoachRegister.Data.Identity) or <c>new("My sessions", "/sessions") { Roles = [] }</c> for anyone signed in.
/// Hiding a link is not access control: the controller still needs its [Authorize].
/// </summary>
public static class PortalNavigation
{
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Home", "/"),
        new("Find a coach", "/coaches") { Roles = [] },
        new("Find a mentor", "/mentors") { Roles = [] },
        new("My profile", "/profile") { Roles = [CoachRegister.Data.Identity.Roles.Coach, CoachRegister.Data.Identity.Roles.Mentor] },
        new("Proposals", "/proposals") { Roles = [CoachRegister.Data.Identity.Roles.Coach, CoachRegister.Data.Identity.Roles.Mentor] },
        new("My CPD", "/development") { Roles = [CoachRegister.Data.Identity.Roles.Coach, CoachRegister.Data.Identity.Roles.Mentor] },
        new("Supervision", "/supervision") { Roles = [CoachRegister.Data.Identity.Roles.Supervisor] },
        // A line manager supporting someone's request is not asking for a coach themselves.
        new("My requests", "/requests") { Roles = [], NotBelow = ["/requests/support"] },
        new("My coaching", "/relationships") { Roles = [] },
        new("Caseload", "/caseload") { Roles = [CoachRegister.Data.Identity.Roles.Coach, CoachRegister.Data.Identity.Roles.Mentor] },
        // A line manager supporting someone's application is not joining the register themselves.
        new("Join the register", "/join") { Roles = [], NotBelow = ["/join/support"] },
        new("Applications", "/hr/applications") { Roles = [CoachRegister.Data.Identity.Roles.HrAdmin] },
        new("Profiles", "/hr/profiles") { Roles = [CoachRegister.Data.Identity.Roles.HrAdmin] },
        new("Matching", "/hr/matching") { Roles = [CoachRegister.Data.Identity.Roles.HrAdmin] },
        new("Partnerships", "/hr/partnerships") { Roles = [CoachRegister.Data.Identity.Roles.HrAdmin] },
        new("Compliance", "/hr/compliance") { Roles = [CoachRegister.Data.Identity.Roles.HrAdmin] },
        new("Schemes", "/hr/schemes") { Roles = [CoachRegister.Data.Identity.Roles.HrAdmin] },
        new("Who may register", "/hr/organisations") { Roles = [CoachRegister.Data.Identity.Roles.SystemAdmin] },
        new("Scheme administrators", "/admin/schemes") { Roles = [CoachRegister.Data.Identity.Roles.SystemAdmin] },
        new("E-mail", "/admin/mail") { Roles = [CoachRegister.Data.Identity.Roles.SystemAdmin] },
    ];
}
