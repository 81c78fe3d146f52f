using CoachRegister.Data.Documents;
using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>HR's page for one partnership and the relationship's file (ZIP): the scheme's HR only, 404 for anyone else.</summary>
internal static class RelationshipFileRouteCases
{
    private const string Ready = "a file ready";

    /// <summary>A partnership in scheme A with a finished file that scheme A's HR asked for.</summary>
    private static async Task<Guid> ReadyFileAsync(RouteWorld w)
    {
        var p = await PartnershipRouteCases.PartnershipAsync(w, PartnershipRouteCases.Coachee);
        return await w.Factory.WithDbAsync(async db =>
        {
            var file = new RelationshipFile
            {
                MatchId = p.MatchId,
                SchemeId = w.SchemeA.Id,
                RequestedByPersonId = w.Hr.PersonId,
                Culture = "en-GB",
                Status = RelationshipFileStatus.Ready,
                DocumentsDone = 2,
                DocumentsTotal = 2,
                CreatedAt = DateTimeOffset.UtcNow,
                FinishedAt = DateTimeOffset.UtcNow,
                Zip = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            };
            db.RelationshipFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
    }

    [RouteCases]
    public static IEnumerable<RouteCase> Files() =>
    [
        .. PartnershipRouteCases.BothSides("GET /hr/partnerships/{id:guid}", p => $"/hr/partnerships/{p.MatchId}"),
        .. PartnershipRouteCases.BothSides("POST /hr/partnerships/{id:guid}/file", p => $"/hr/partnerships/{p.MatchId}/file"),
        Get("/hr/partnerships/files/{fileId:guid}", Ready, async w => $"/hr/partnerships/files/{await ReadyFileAsync(w)}"),
        Get("/hr/partnerships/files/{fileId:guid}/download", Ready, async w => $"/hr/partnerships/files/{await ReadyFileAsync(w)}/download"),
    ];
}
