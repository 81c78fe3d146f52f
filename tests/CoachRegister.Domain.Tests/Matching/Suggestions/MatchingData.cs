using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Tests.Matching.Suggestions;

/// <summary>
/// A requester and a coach who are eligible for each other and differ in every respect the rules look at, so a
/// test changes one thing and sees one effect.
/// </summary>
internal static class MatchingData
{
    public static readonly Guid Scheme = Guid.NewGuid();
    public static readonly Guid PartnerScheme = Guid.NewGuid();
    public static readonly Guid Council = Guid.NewGuid();
    public static readonly Guid Agency = Guid.NewGuid();
    public static readonly Guid ChildrensServices = Guid.NewGuid();
    public static readonly Guid AdultServices = Guid.NewGuid();
    public static readonly Guid Leadership = Guid.NewGuid();
    public static readonly Guid ManagingChange = Guid.NewGuid();
    public static readonly Guid Resilience = Guid.NewGuid();
    public static readonly Guid LineManager = Guid.NewGuid();
    public static readonly Guid HeadOfService = Guid.NewGuid();
    public static readonly Guid Director = Guid.NewGuid();

    public static RequestToMatch Request() => new()
    {
        RequestId = Guid.NewGuid(),
        RequesterId = Guid.NewGuid(),
        SchemeId = Scheme,
        OrganisationId = Council,
        ServiceAreaId = ChildrensServices,
        ManagerChain = [LineManager, HeadOfService, Director],
        Wanted = OfferType.Coaching,
        Formats = DeliveryFormat.FaceToFace | DeliveryFormat.Video,
        AreasNeeded = [Leadership, ManagingChange],
    };

    public static CoachCandidate Coach() => new()
    {
        ProfileId = Guid.NewGuid(),
        PersonId = Guid.NewGuid(),
        SchemeId = Scheme,
        OrganisationId = Council,
        ServiceAreaId = AdultServices,
        Offers = OfferType.Coaching,
        Formats = DeliveryFormat.FaceToFace | DeliveryFormat.Video,
        Status = ProfileStatus.Published,
        AcceptingNewCoachees = true,
        Capacity = 4,
        PlacesUsed = 1,
        AreaIds = [Leadership, ManagingChange, Resilience],
    };
}
