using CoachRegister.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>The agreement's standing wording, edited per organisation by HR of its scheme.</summary>
internal static class WordingRouteCases
{
    private const string OrganisationA = "organisation A";

    [RouteCases]
    public static IEnumerable<RouteCase> Wording() =>
    [
        Get("/hr/wording", "/hr/wording"),
        Get("/hr/wording/{id:guid}", OrganisationA, w => Task.FromResult($"/hr/wording/{w.OrganisationA.Id}")),
        Get("/hr/wording/{id:guid}/{passage}/{language}", OrganisationA, w => Task.FromResult($"/hr/wording/{w.OrganisationA.Id}/WhatCoachingIs/Welsh")),
        Post("/hr/wording/{id:guid}/{passage}/{language}", OrganisationA, async w =>
        {
            // Each visitor starts from the version in force, so only the access decision can refuse them.
            var current = await w.Factory.WithDbAsync(db => db.WordingVersions
                .Where(v => v.OrganisationId == w.OrganisationA.Id && v.Passage == WordingPassage.WhatCoachingIs && v.Language == WordingLanguage.Welsh)
                .Select(v => (int?)v.Version).MaxAsync());
            return new RouteRequest($"/hr/wording/{w.OrganisationA.Id}/WhatCoachingIs/Welsh", new Dictionary<string, string>
            {
                ["BasedOn"] = (current ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Text"] = $"Geiriad {Guid.NewGuid():N}",
            });
        }),
    ];
}
