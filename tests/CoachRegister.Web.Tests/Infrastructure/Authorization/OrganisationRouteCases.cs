using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>Who may register for each organisation: its e-mail domains and HR's invitations.</summary>
internal static class OrganisationRouteCases
{
    private const string OrganisationA = "organisation A";

    [RouteCases]
    public static IEnumerable<RouteCase> Organisations() =>
    [
        Get("/hr/organisations", "/hr/organisations"),
        Get("/hr/organisations/{id:guid}", OrganisationA, w => Task.FromResult($"/hr/organisations/{w.OrganisationA.Id}")),
        Post("/hr/organisations/{id:guid}/domains", OrganisationA, w =>
            Task.FromResult(new RouteRequest($"/hr/organisations/{w.OrganisationA.Id}/domains", new Dictionary<string, string> { ["Domain"] = $"d{Guid.NewGuid():N}.example" }))),
        Post("/hr/organisations/{id:guid}/domains/{domainId:guid}/remove", "organisation A's domain", async w =>
        {
            var domainId = await w.Factory.WithDbAsync(async db =>
            {
                var organisation = await db.Organisations.FindAsync(w.OrganisationA.Id);
                await db.Entry(organisation!).Collection(o => o.EmailDomains).LoadAsync();
                var added = organisation!.AllowEmailDomain($"d{Guid.NewGuid():N}.example", byPersonId: null, DateTimeOffset.UtcNow);
                await db.SaveChangesAsync();
                return added.Id;
            });
            return new RouteRequest($"/hr/organisations/{w.OrganisationA.Id}/domains/{domainId}/remove", new Dictionary<string, string>());
        }),
        Post("/hr/organisations/{id:guid}/invitations", OrganisationA, w =>
            Task.FromResult(new RouteRequest($"/hr/organisations/{w.OrganisationA.Id}/invitations", new Dictionary<string, string> { ["Email"] = $"guest.{Guid.NewGuid():N}@elsewhere.example" }))),
    ];
}
