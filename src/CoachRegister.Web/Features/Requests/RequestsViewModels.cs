using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachRegister.Web.Features.Requests;

/// <summary>What every page of the request form carries besides its questions. Properties come in the order of the fields.</summary>
public abstract class RequestPage
{
    [BindNever]
    public Guid Id { get; set; }

    public bool ReturnToCheck { get; set; }
}

public sealed class KindPage : RequestPage
{
    public OfferType? Kind { get; set; }
}

public sealed class ReasonsPage : RequestPage
{
    public string? Reason1 { get; set; }
    public string? Reason2 { get; set; }
    public string? Reason3 { get; set; }
    public bool? IdentifiedThroughAppraisal { get; set; }
    public bool KeepReasonsPrivate { get; set; }
}

public sealed class GapPage : RequestPage
{
    public List<MentoringGap> Gaps { get; set; } = [];
}

public sealed class AreasPage : RequestPage
{
    public List<Guid> AreaIds { get; set; } = [];

    [BindNever]
    public List<Choice> Areas { get; set; } = [];
}

public sealed class GoalsPage : RequestPage
{
    public string? GoalsForSelf { get; set; }
    public bool KeepGoalsForSelfPrivate { get; set; }
    public string? GoalsForTeam { get; set; }
    public bool KeepGoalsForTeamPrivate { get; set; }
    public string? GoalsForOrganisation { get; set; }
    public bool KeepGoalsForOrganisationPrivate { get; set; }
}

public sealed class ArrangementsPage : RequestPage
{
    public List<DeliveryFormat> Formats { get; set; } = [];
    public string? PreferredTimes { get; set; }
}

public sealed class PreferencesPage
{
    public Guid Id { get; init; }
    public OfferType Wanted { get; init; }
    public bool ReturnToCheck { get; init; }
    public IReadOnlyList<NamedPreference> Chosen { get; init; } = [];
}

public sealed class CheckPage
{
    public required RequestSummary Summary { get; init; }
    public string? RecordedLineManager { get; init; }
    public Guid ConcurrencyStamp { get; init; }
}

/// <summary>The start page: what asking involves, and the coach the person came from, if any.</summary>
public sealed class StartPage
{
    public Guid? Coach { get; init; }
    public OfferType? Kind { get; init; }
    public string? CoachName { get; init; }
    public Guid? OpenRequestId { get; init; }
    public bool OpenRequestIsDraft { get; init; }
}

public sealed record MyRequest(Guid Id, OfferType Wanted, MatchRequestStatus Status, LineManagerSupport Support, MatchStatus? OpenMatch, DateTimeOffset CreatedAt);

public sealed class MyRequestsPage
{
    public IReadOnlyList<MyRequest> Requests { get; init; } = [];
}

/// <summary>The proposal or chemistry meeting in progress, as the requester sees it.</summary>
public sealed record OpenMatchView(Guid MatchId, string PractitionerName, MatchStatus Status, DateTimeOffset? RespondBy, DateOnly? MeetingOn, DeliveryFormat MeetingFormat, bool? MyAnswer);

/// <summary>A step of the request's life in words, for the requester's timeline.</summary>
public sealed record TimelineEntry(DateTimeOffset At, Phrase What);

public sealed class RequestStatusPage
{
    public required RequestSummary Summary { get; init; }
    public OpenMatchView? OpenMatch { get; init; }
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>
    /// Why a request waits for a match again, when a match came to nothing: what the requester may know of it
    /// (never the coach's reason for declining, never who said no after a chemistry meeting).
    /// </summary>
    public Phrase? BackWithSchemeTeam { get; init; }

    public bool CanWithdraw { get; init; }
}
