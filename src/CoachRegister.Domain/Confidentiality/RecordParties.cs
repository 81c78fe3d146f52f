namespace CoachRegister.Domain.Confidentiality;

/// <summary>
/// Where a record stands in its life, as far as who may see it is concerned. A draft is its author's alone,
/// a record sent on is read by the people it was sent to, a decided or ended record is read-only, and a
/// paused or withdrawn profile is hidden from staff.
/// </summary>
public enum RecordState
{
    /// <summary>A record with no life cycle that changes who sees it (a goal, a session, a CPD entry).</summary>
    Current = 0,
    /// <summary>Being written by its author and never sent.</summary>
    Draft = 1,
    /// <summary>Sent back to its author as a draft after the line manager did not support it.</summary>
    Returned = 2,
    /// <summary>Sent, and waiting for the line manager's answer.</summary>
    AwaitingLineManager = 3,
    /// <summary>Supported by the line manager, and waiting for the scheme team.</summary>
    AwaitingScheme = 4,
    /// <summary>Decided or finished: read-only to everyone.</summary>
    Closed = 5,
    /// <summary>A profile staff can find.</summary>
    Published = 6,
    /// <summary>A profile hidden from staff by the scheme team.</summary>
    Paused = 7,
    /// <summary>A profile its owner took off the register, or a request withdrawn before the scheme team saw it.</summary>
    Withdrawn = 8,
    /// <summary>A match offered to a coach or mentor who has not answered yet.</summary>
    Proposed = 9,
}

/// <summary>
/// What the access policy needs to know of one record: its kind, where it stands, the scheme it belongs
/// to, and the people it belongs to. Built by the record itself (<c>AccessParties()</c>) or projected in
/// the same query that loads it.
/// </summary>
public sealed record RecordParties(
    RecordKind Kind,
    Guid? SchemeId,
    RecordState State = RecordState.Current,
    Guid? CoachPersonId = null,
    Guid? CoacheePersonId = null,
    Guid? ApplicantPersonId = null,
    Guid? LineManagerPersonId = null,
    Guid? SupervisorPersonId = null);

/// <summary>
/// The person asking, as the access policy sees them: who they are, the scheme of the organisation they
/// work for (none for an account that is not a member of staff), the schemes whose registers they may
/// browse, and the schemes they administer.
/// </summary>
public sealed record Asker(
    Guid PersonId,
    Guid? StaffSchemeId,
    IReadOnlySet<Guid> VisibleRegisterSchemeIds,
    IReadOnlySet<Guid> AdministeredSchemeIds,
    bool IsSystemAdmin)
{
    public bool IsStaff => StaffSchemeId is not null;

    public bool AdministersAnyScheme => AdministeredSchemeIds.Count > 0;

    /// <summary>A member of staff of <paramref name="schemeId"/>, or of a scheme it opened its register to.</summary>
    public bool MayBrowseRegisterOf(Guid schemeId) => VisibleRegisterSchemeIds.Contains(schemeId);

    public bool Administers(Guid schemeId) => AdministeredSchemeIds.Contains(schemeId);
}
