namespace CoachRegister.Data.Directory;

/// <summary>
/// One row whose <see cref="Value"/> grows with every saved change that can alter what the directory shows
/// (see <see cref="DirectoryUpkeep"/>). Each web server compares it with the version its cached results were
/// read at, so two servers drop the same stale results without telling each other anything.
/// </summary>
public class DirectoryVersion
{
    public const int RowId = 1;

    public int Id { get; set; }
    public long Value { get; set; }
}
