using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.HrProfiles;

public sealed class ProfileRow
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? SchemeName { get; init; }
    public OfferType Offers { get; init; }
    public ProfileStatus Status { get; init; }
    public string? PausedReason { get; init; }
    public DateOnly? LastConfirmedOn { get; init; }
}

public sealed class ProfileListViewModel
{
    public string? Q { get; init; }
    public int Total { get; init; }
    public List<ProfileRow> Rows { get; init; } = [];
    public required Pagination Pages { get; init; }
}

public sealed class PauseInput
{
    public const int MaxReasonLength = 1000;

    public string? Reason { get; set; }
}

public sealed class PauseViewModel
{
    public required ProfileRow Profile { get; init; }
    public required PauseInput Input { get; init; }
}
