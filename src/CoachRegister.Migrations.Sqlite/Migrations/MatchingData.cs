namespace CoachRegister.Migrations.Sqlite.Migrations;

/// <summary>The data the Matching migration moves, in SQL both providers read the same way.</summary>
internal static class MatchingData
{
    public const string RequestSchemeFromRequester =
        """
        UPDATE MatchRequests SET SchemeId = (
            SELECT o.SchemeId FROM People p JOIN Organisations o ON o.Id = p.OrganisationId WHERE p.Id = MatchRequests.RequesterId)
        WHERE EXISTS (SELECT 1 FROM People p JOIN Organisations o ON o.Id = p.OrganisationId WHERE p.Id = MatchRequests.RequesterId);
        """;
}
