using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.Profile;

/// <summary>The profile form. The same rules check a row of the CSV import (<see cref="ProfileInputValidator"/>).</summary>
public sealed class ProfileInput
{
    public const int MaxTextLength = 4000;
    public const int MaxShortLength = 200;
    public const int MaxFeesLength = 1000;
    public const int MaxDeclarationLength = 2000;

    public string? Bio { get; set; }
    public string? Experience { get; set; }
    public List<Guid> AreaIds { get; set; } = [];
    public QualificationAnswer? Ilm3 { get; set; }
    public QualificationAnswer? Ilm5 { get; set; }
    public QualificationAnswer? Ilm7 { get; set; }
    public QualificationAnswer? Other { get; set; }
    public string? OtherTitle { get; set; }
    public AccreditationBody? Accreditation { get; set; }
    public string? AccreditationOther { get; set; }
    public bool? TrainedSupervisor { get; set; }
    public bool? ChargesFees { get; set; }
    public string? FeesDetails { get; set; }
    public List<DeliveryFormat> Formats { get; set; } = [];
    public string? Location { get; set; }
    public string? Capacity { get; set; }
    public bool? Accepting { get; set; }
    public string? DeclarationOfInterest { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>The "Save and publish" button: save what was typed, then put the draft on the register.</summary>
    public bool Publish { get; set; }

    public bool AnyQualificationInTraining =>
        new[] { Ilm3, Ilm5, Ilm7, Other }.Contains(QualificationAnswer.InTraining);
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
}
