using static CoachRegister.Web.Tests.Infrastructure.Authorization.RouteCase;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>
/// The documents: each record's PDF beside the page that shows the record, visited as that page is (both sides of
/// a partnership), and the blank paper forms, which hold no record.
/// </summary>
internal static class DocumentRouteCases
{
    [RouteCases]
    public static IEnumerable<RouteCase> RecordDocuments() =>
    [
        .. PartnershipRouteCases.BothSides("GET /relationships/{id:guid}/agreement.pdf", p => $"/relationships/{p.MatchId}/agreement.pdf"),
        .. PartnershipRouteCases.BothSides("GET /sessions/{sessionId:guid}/record.pdf", p => $"/sessions/{p.HeldSessionId}/record.pdf"),
        .. PartnershipRouteCases.BothSides("GET /sessions/{sessionId:guid}/feedback.pdf", p => $"/sessions/{p.HeldSessionId}/feedback.pdf"),
        .. PartnershipRouteCases.BothSides("GET /relationships/{id:guid}/rating.pdf", p => $"/relationships/{p.MatchId}/rating.pdf"),
        .. PartnershipRouteCases.BothSides("GET /relationships/{id:guid}/evaluation.pdf", p => $"/relationships/{p.MatchId}/evaluation.pdf"),
        .. PartnershipRouteCases.BothSides("GET /relationships/{id:guid}/plan.pdf", p => $"/relationships/{p.MatchId}/plan.pdf"),
        .. PartnershipRouteCases.BothSides("GET /reflective-log/{entryId:guid}/entry.pdf", p => $"/reflective-log/{p.ReflectiveLogEntryId}/entry.pdf"),
        .. PartnershipRouteCases.BothSides("GET /relationships/{id:guid}/declaration.pdf", p => $"/relationships/{p.MatchId}/declaration.pdf"),
        .. PartnershipRouteCases.BothSides("GET /sessions/{sessionId:guid}/preparation.pdf", p => $"/sessions/{p.PlannedSessionId}/preparation.pdf"),
        .. PartnershipRouteCases.BothSides("GET /sessions/{sessionId:guid}/reflection.pdf", p => $"/sessions/{p.HeldSessionId}/reflection.pdf"),
    ];

    [RouteCases]
    public static IEnumerable<RouteCase> BlankForms() =>
    [
        Get("/forms", "/forms"),
        Get("/forms/{form}.pdf", "/forms/session-record.pdf"),
    ];
}
