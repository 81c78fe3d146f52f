using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.Profile;

public sealed class ProfileInput
{
    public const int MaxTextLength = 4000;
    public const int MaxShortLength = 200;
    public const int MaxFeesLength = 1000;
    public const int MaxDeclarationLength = 2000;

    public string? Bio { get; set; }
    public string? Experience { get; set; }
    public List<Guid> AreaIds { get; set; } = [];
    public string? Ilm3 { get; set; }
    public string? Ilm5 { get; set; }
    public string? Ilm7 { get; set; }
    public string? Other { get; set; }
    public string? OtherTitle { get; set; }
    public AccreditationBody? Accreditation { get; set; }
    public string? AccreditationOther { get; set; }
    public string? TrainedSupervisor { get; set; }
    public string? ChargesFees { get; set; }
    public string? FeesDetails { get; set; }
    public List<DeliveryFormat> Formats { get; set; } = [];
    public string? Location { get; set; }
    public string? Capacity { get; set; }
    public string? Accepting { get; set; }
    public string? DeclarationOfInterest { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

public sealed class MyProfileViewModel
{
    public Guid ProfileId { get; init; }
    public ProfileStatus Status { get; init; }

    /// <summary>Once on the register, qualifications change eligibility and capacity, so only HR changes them.</summary>
    public bool QualificationsLocked => Status != ProfileStatus.Draft;
    public OfferType Offers { get; init; }
    public string? PausedReason { get; init; }
    public DateOnly? LastConfirmedOn { get; init; }
    public bool HasPhoto { get; init; }
    public int MaxCoachees { get; init; }
    public int MaxWhileDeveloping { get; init; }
    public List<Choice> Areas { get; init; } = [];
    public required ProfileInput Input { get; init; }
    public string? Saved { get; init; }
}
