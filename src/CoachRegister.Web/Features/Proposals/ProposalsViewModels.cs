using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Matching;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachRegister.Web.Features.Proposals;

public sealed record ProposalRow(Guid MatchId, string RequesterName, OfferType Kind, MatchStatus Status, DateTimeOffset ProposedAt, DateTimeOffset? RespondBy, DateOnly? MeetingOn, bool? MyAnswer);

public sealed class ProposalsPage
{
    public IReadOnlyList<ProposalRow> Waiting { get; init; } = [];
    public IReadOnlyList<ProposalRow> Chemistry { get; init; } = [];
    public IReadOnlyList<ProposalRow> Earlier { get; init; } = [];
}

/// <summary>One proposal as its coach sees it; <see cref="DeclineReason"/> is the decline form's field.</summary>
public sealed class ProposalPage
{
    public Guid MatchId { get; set; }
    public MatchStatus Status { get; set; }
    public OfferType Kind { get; set; }
    public required string RequesterName { get; set; }
    public DateTimeOffset? RespondBy { get; set; }
    /// <summary>What the requester asked for; null once the proposal is no longer in progress.</summary>
    public RequestSummary? Request { get; set; }
    public bool CanAnswer { get; set; }
    public Guid ConcurrencyStamp { get; set; }
    public string? DeclineReason { get; set; }
}

public sealed class DeclineInput
{
    public string? DeclineReason { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>The chemistry meeting page of one match, for its coach and its coachee. Fields in page order.</summary>
public sealed class ChemistryPage
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public DeliveryFormat? Format { get; set; }
    public bool? GoOn { get; set; }

    [BindNever]
    public Guid MatchId { get; set; }

    [BindNever]
    public string OtherName { get; set; } = "";

    [BindNever]
    public bool IAmTheCoach { get; set; }

    [BindNever]
    public MatchStatus Status { get; set; }

    [BindNever]
    public DateOnly? MeetingOn { get; set; }

    [BindNever]
    public DeliveryFormat MeetingFormat { get; set; }

    [BindNever]
    public bool? MyAnswer { get; set; }

    [BindNever]
    public bool MayAnswerNow { get; set; }

    [BindNever]
    public bool CanChange { get; set; }

    [BindNever]
    public Guid? RequestId { get; set; }
}

public sealed class ArrangeInput
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public DeliveryFormat? Format { get; set; }
}

public sealed class AnswerInput
{
    public bool? GoOn { get; set; }
}
