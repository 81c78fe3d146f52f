using CoachRegister.Domain.Development;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Compliance;

/// <summary>
/// Evidence files on disk, outside the web root, each under a random name. A file is accepted only when
/// its first bytes are those of a PDF, PNG or JPEG (what the browser says it is counts for nothing), and it
/// is only ever sent back as a download of that type, so nothing uploaded is run by the browser.
/// </summary>
public sealed class EvidenceFiles(IOptions<ComplianceOptions> options, IWebHostEnvironment environment)
{
    private static readonly (byte[] Magic, string ContentType, string Extension)[] Accepted =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
    ];

    public long MaxBytes => options.Value.MaxEvidenceBytes;

    private string Folder => Path.IsPathRooted(options.Value.EvidenceDirectory)
        ? options.Value.EvidenceDirectory
        : Path.Combine(environment.ContentRootPath, options.Value.EvidenceDirectory);

    /// <summary>The type of the content, or null when it is none of the accepted kinds.</summary>
    public static string? DetectType(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, type, _) in Accepted)
        {
            if (head.StartsWith(magic))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Stores an upload already checked by <see cref="DetectType"/>; returns the record of it.</summary>
    public async Task<CpdEvidenceFile> SaveAsync(Guid activityId, string uploadedName, byte[] content, string contentType, DateTimeOffset at, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var stored = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(Path.Combine(Folder, stored), content, ct);
        var extension = Accepted.First(a => a.ContentType == contentType).Extension;
        var baseName = new string(Path.GetFileNameWithoutExtension(uploadedName).Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').Take(80).ToArray()).Trim();
        return new CpdEvidenceFile
        {
            CpdActivityId = activityId,
            StoredName = stored,
            FileName = (baseName.Length == 0 ? "evidence" : baseName) + extension,
            ContentType = contentType,
            Length = content.Length,
            UploadedAt = at,
        };
    }

    public Stream Open(CpdEvidenceFile file) => File.OpenRead(Path.Combine(Folder, Path.GetFileName(file.StoredName)));

    public void Delete(CpdEvidenceFile file)
    {
        var path = Path.Combine(Folder, Path.GetFileName(file.StoredName));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
