using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.HrMatching;

/// <summary>The stages of the scheme team's queue.</summary>
public enum QueueStage
{
    Waiting,
    Waitlisted,
    Proposed,
    Matched,
}

public sealed record QueueRow(
    Guid Id,
    string RequesterName,
    string? Organisation,
    string SchemeName,
    OfferType Wanted,
    MatchRequestStatus Status,
    MatchStatus? OpenMatch,
    DateTimeOffset? SupportedAt,
    int AgeInDays,
    int? EligibleNow);

public sealed class QueuePage
{
    public QueueStage Stage { get; init; }
    public int Total { get; init; }
    public required Pagination Pages { get; init; }
    public IReadOnlyList<QueueRow> Rows { get; init; } = [];
    public IReadOnlyDictionary<QueueStage, int> Counts { get; init; } = new Dictionary<QueueStage, int>();
}

/// <summary>A suggested coach in words: who, their score and what it is made of.</summary>
public sealed record SuggestionRow(Guid ProfileId, string Name, string? JobTitle, string? Organisation, int Score, IReadOnlyList<Phrase> Why, int? Choice, int PlacesLeft, int Capacity);

/// <summary>A coach the requester named who cannot be matched, with every reason.</summary>
public sealed record IneligibleRow(int Choice, string Name, IReadOnlyList<string> Reasons);

/// <summary>An earlier or current match of the request, as the scheme team sees it.</summary>
public sealed record MatchHistoryRow(Guid MatchId, string CoachName, MatchStatus Status, DateTimeOffset ProposedAt, DateTimeOffset? RespondBy, string? Reason, string? SaidNo);

/// <summary>One request for the scheme team, with its suggestions. <see cref="Coach"/> and <see cref="WaitlistReason"/> are the forms' fields.</summary>
public sealed class HrRequestPage
{
    public required RequestSummary Summary { get; init; }
    public int AgeInDays { get; init; }
    public IReadOnlyList<MatchHistoryRow> Matches { get; init; } = [];
    public IReadOnlyList<SuggestionRow> Suggestions { get; init; } = [];
    public int EligibleCount { get; init; }
    public Pagination? SuggestionPages { get; init; }
    public IReadOnlyList<IneligibleRow> IneligiblePreferences { get; init; } = [];
    public bool CanAct { get; init; }
    public Guid ConcurrencyStamp { get; set; }
    public Guid? Coach { get; set; }
    public string? WaitlistReason { get; set; }
}

public sealed class ProposeInput
{
    public Guid? Coach { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

public sealed class WaitlistInput
{
    public string? WaitlistReason { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}
