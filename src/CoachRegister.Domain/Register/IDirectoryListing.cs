namespace CoachRegister.Domain.Register;

/// <summary>
/// What the directory filters and sorts a practitioner on: a <see cref="CoachProfile"/>, or the narrow copy of
/// these columns the data layer keeps beside the text index, so that a text search is answered from that copy.
/// <see cref="Confidentiality.RecordScopes.InDirectoryOf{T}"/> and the directory's filters read either the same way.
/// </summary>
public interface IDirectoryListing
{
    /// <summary>The profile's id.</summary>
    Guid Id { get; }
    Guid SchemeId { get; }
    ProfileStatus Status { get; }
    OfferType Offers { get; }
    DeliveryFormat Formats { get; }
    bool IsTrainedSupervisor { get; }
    bool HasPlacesNow { get; }
    string SortFamilyName { get; }
    string SortGivenName { get; }
}
