using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachRegister.Web.Features.HrMatching;

public sealed record CohortListRow(Guid Id, string Name, string SchemeName, CohortPlanStatus Status, int Requests, int Planned, DateTimeOffset CreatedAt, DateTimeOffset? ReleasedAt);

public sealed class CohortListPage
{
    public IReadOnlyList<CohortListRow> Plans { get; init; } = [];
    public IReadOnlyList<SchemeLink> Schemes { get; init; } = [];
}

/// <summary>A request or a coach offered for a new cohort.</summary>
public sealed record CohortOption(Guid Id, string Name, string Detail);

/// <summary>The form that starts a cohort: its name, its requests and its pool, in page order.</summary>
public sealed class NewCohortPage
{
    public string? Name { get; set; }
    public List<Guid> RequestIds { get; set; } = [];
    public bool? WholePool { get; set; }
    public List<Guid> CoachIds { get; set; } = [];
    public Guid SchemeId { get; set; }

    [BindNever]
    public string SchemeName { get; set; } = "";

    [BindNever]
    public IReadOnlyList<CohortOption> Requests { get; set; } = [];

    [BindNever]
    public IReadOnlyList<CohortOption> Coaches { get; set; } = [];
}

/// <summary>One request of a cohort: its planned coach with the reasons, or why it has none; and the other choices.</summary>
public sealed record CohortRow(
    Guid RequestId,
    string RequesterName,
    OfferType Wanted,
    bool StillWaiting,
    Guid? CoachId,
    string? CoachName,
    int? Score,
    IReadOnlyList<Phrase> Why,
    Phrase? Unmatched,
    bool PairStillPossible,
    bool AdjustedByHr,
    IReadOnlyList<Choice> Alternatives);

public sealed class CohortPreviewPage
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public required string SchemeName { get; init; }
    public CohortPlanStatus Status { get; init; }
    public IReadOnlyList<CohortRow> Rows { get; init; } = [];
    public int PoolSize { get; init; }
    public int Places { get; init; }
    public int EligiblePairs { get; init; }
    public int Planned { get; init; }
    public long PlannedScore { get; init; }
    public int OptimalMatched { get; init; }
    public long OptimalScore { get; init; }
    public int GreedyMatched { get; init; }
    public long GreedyScore { get; init; }
    public bool CanChange { get; init; }
    public bool ReadyToRelease { get; init; }
    public Guid ConcurrencyStamp { get; init; }
}

public sealed class AdjustInput
{
    public Guid Request { get; set; }
    public Guid? Coach { get; set; }
}
