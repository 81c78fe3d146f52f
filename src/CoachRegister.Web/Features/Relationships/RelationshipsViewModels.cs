using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Sessions;

namespace CoachRegister.Web.Features.Relationships;

public sealed record RelationshipsIndex(IReadOnlyList<RelationshipListRow> Mine, IReadOnlyList<ThreeWayInvitationRow> ToConfirm);

public sealed record RelationshipListRow(Guid Id, string OtherName, PartnershipSide Side, OfferType Kind, MatchStatus Status, DateOnly? StartedOn);

public sealed record ThreeWayInvitationRow(Guid MatchId, string CoacheeName, DateTimeOffset InvitedAt, bool Confirmed);

public sealed class ReviewInput
{
    public ReviewOutcome? Outcome { get; set; }
}

public sealed class EndInput
{
    public const int MaxReasonLength = 2000;

    public EndingCategory? Category { get; set; }
    public string? Reason { get; set; }
    public bool Confirm { get; set; }
}

public sealed class EndViewModel
{
    public required Partnership Partnership { get; init; }
    public required EndInput Input { get; init; }
}
