using CoachRegister.Domain.Confidentiality;

namespace CoachRegister.Data.Documents;

public enum RelationshipFileStatus
{
    /// <summary>Asked for; no worker has taken it yet.</summary>
    Queued = 0,
    /// <summary>A worker is printing its documents.</summary>
    Preparing = 1,
    /// <summary>The ZIP is ready to download.</summary>
    Ready = 2,
    /// <summary>It could not be made; <see cref="RelationshipFile.Error"/> says why.</summary>
    Failed = 3,
}

/// <summary>
/// HR's request for a partnership's whole file as one ZIP, and the ZIP once made. Kept in the database, not in a
/// server's memory, so any server shows the same progress, any server's worker may make it, and a restart loses
/// nothing: a worker that stops mid-way lets its claim run out and another takes the file again.
/// </summary>
public class RelationshipFile
{
    /// <summary>Who may follow and download a file: the HR of its partnership's scheme (AccessMatrix).</summary>
    public static RecordParties Parties(Guid schemeId) => new(RecordKind.RelationshipFile, schemeId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MatchId { get; set; }
    /// <summary>The scheme of the partnership, for the access decision on the file itself.</summary>
    public Guid SchemeId { get; set; }
    public Guid RequestedByPersonId { get; set; }
    /// <summary>The culture the documents are printed in: the requester's language when they asked.</summary>
    public required string Culture { get; set; }
    public RelationshipFileStatus Status { get; set; }
    public int DocumentsDone { get; set; }
    public int DocumentsTotal { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }
    /// <summary>The worker holding the file, and until when; a claim that runs out may be taken by another.</summary>
    public Guid? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public byte[]? Zip { get; set; }
}
