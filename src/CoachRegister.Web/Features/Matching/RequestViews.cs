using CoachRegister.Domain.Matching;

namespace CoachRegister.Web.Features.Matching;

/// <summary>Who a request is shown to: each sees a different part (the line manager never the private parts).</summary>
public enum RequestAudience
{
    Requester,
    LineManager,
    SchemeTeam,
    Coach,
}

/// <summary>The model of Features/Matching/Views/_RequestSummary.cshtml.</summary>
public sealed record RequestSummaryView(RequestSummary Summary, RequestAudience Audience, bool ShowChangeLinks = false);

/// <summary>The address of each page of the request form, below /requests/{id}/.</summary>
public static class RequestPages
{
    public static string Slug(RequestSection section) => section switch
    {
        RequestSection.Kind => "kind",
        RequestSection.Reasons => "reasons",
        RequestSection.Gap => "gap",
        RequestSection.Areas => "areas",
        RequestSection.Goals => "goals",
        RequestSection.Arrangements => "arrangements",
        _ => "preferences",
    };
}
