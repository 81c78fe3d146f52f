using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.CoachDirectory;

public sealed class DirectoryViewModel
{
    public OfferType Kind { get; init; }
    public required DirectorySearch Search { get; init; }
    public IReadOnlyList<DirectoryEntry> Entries { get; init; } = [];
    public int Total { get; init; }
    public int PageCount { get; init; }
    public List<Choice> Areas { get; init; } = [];
    public IReadOnlyList<Choice> Organisations { get; init; } = [];

    /// <summary>The key the rendered search is cached under, or null when it must be rendered (errors to show).</summary>
    public string? CacheKey { get; init; }

    public string RouteName => RouteFor(Kind);

    public static string RouteFor(OfferType kind) => kind == OfferType.Mentoring ? "mentors" : "coaches";

    /// <summary>A result's address: the profile, carrying the search so its back link returns here.</summary>
    public string ProfileUrl(Guid id) =>
        $"/{RouteName}/{id}" + QueryString.Create(Search.ToRouteValues(Search.Page).Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value)));
}

public sealed class ProfileQualification
{
    public QualificationLevel Level { get; init; }
    public string? Title { get; init; }
    public QualificationStatus Status { get; init; }
    public DateOnly? AchievedOn { get; init; }
}

public sealed record CoachProfileViewModel
{
    public Guid Id { get; init; }
    public OfferType Kind { get; init; }
    public required string FullName { get; init; }
    public string? JobTitle { get; init; }
    public string? OrganisationName { get; init; }
    public OfferType Offers { get; init; }
    public ProfileStatus Status { get; init; }
    public string? Bio { get; init; }
    public string? Experience { get; init; }
    public string? Location { get; init; }
    public DeliveryFormat Formats { get; init; }
    public AccreditationBody Accreditation { get; init; }
    public string? AccreditationOther { get; init; }
    public bool CompetencyInterviewPassed { get; init; }
    public bool IsTrainedSupervisor { get; init; }
    public bool ChargesFees { get; init; }
    public string? FeesDetails { get; init; }
    public int Capacity { get; init; }
    public int PlacesUsed { get; init; }
    public bool AcceptingNewCoachees { get; init; }
    public string? DeclarationOfInterest { get; init; }
    public DateOnly? LastConfirmedOn { get; init; }
    public bool HasPhoto { get; init; }
    public List<AreaLabel> Areas { get; init; } = [];
    public List<ProfileQualification> Qualifications { get; init; } = [];

    public int PlacesLeft => CoachCapacity.PlacesLeft(Capacity, PlacesUsed);
    public string RouteName => DirectoryViewModel.RouteFor(Kind);

    /// <summary>The search the profile was found by.</summary>
    public string BackUrl { get; init; } = "/coaches";
}
