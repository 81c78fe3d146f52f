using CoachRegister.Domain.Register;

namespace CoachRegister.Data.Directory;

/// <summary>
/// A profile's row beside SQLite's text index (<c>CoachProfileSearchKeys</c>): <see cref="Key"/> is the rowid of the
/// profile's row in the FTS5 table <c>CoachProfileSearch</c>, and the other columns copy what the directory filters
/// and sorts on. A text search joins the index's matches to these rows by that integer key and filters, counts and
/// orders them here, instead of looking each match up among the wide profile rows. Written only by the database's
/// triggers on <c>CoachProfiles</c> (migration <c>DirectoryTextRows</c>), so no save can leave it out of step;
/// mapped on SQLite only.
/// </summary>
public sealed class DirectoryTextRow : IDirectoryListing
{
    /// <summary>The FTS5 rowid, which a VACUUM cannot change.</summary>
    public long Key { get; private set; }
    public Guid Id { get; private set; }
    public Guid SchemeId { get; private set; }
    public ProfileStatus Status { get; private set; }
    public OfferType Offers { get; private set; }
    public DeliveryFormat Formats { get; private set; }
    public bool IsTrainedSupervisor { get; private set; }
    public bool HasPlacesNow { get; private set; }
    public string SortFamilyName { get; private set; } = "";
    public string SortGivenName { get; private set; } = "";
}
