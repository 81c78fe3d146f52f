using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.HrImport;

public sealed class ImportOptions
{
    public const string Section = "Register:Import";

    /// <summary>Where uploaded files wait between the preview and HR's confirmation. Empty: a folder under the system temp folder.</summary>
    public string? Folder { get; set; }

    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Keeps an uploaded CSV between the preview and the confirmation, on the server, under a random 256-bit
/// key and tied to the person who uploaded it: the browser only ever holds the key. Once imported, the file
/// gives way to the import's result, shown by the page the confirmation redirects to. Old files are removed
/// whenever a new one is stored. With several servers the folder must be shared storage.
/// </summary>
public sealed class ImportStore(IOptions<ImportOptions> options, TimeProvider time)
{
    private readonly string _folder = string.IsNullOrWhiteSpace(options.Value.Folder)
        ? Path.Combine(Path.GetTempPath(), "coachregister-imports")
        : options.Value.Folder;

    public async Task<string> SaveAsync(Guid ownerPersonId, byte[] content, CancellationToken ct)
    {
        Directory.CreateDirectory(_folder);
        RemoveExpired();
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        await File.WriteAllBytesAsync(PathFor(key, ownerPersonId), content, ct);
        return key;
    }

    public async Task<byte[]?> LoadAsync(string key, Guid ownerPersonId, CancellationToken ct)
    {
        if (!IsKey(key))
        {
            return null;
        }

        var path = PathFor(key, ownerPersonId);
        if (!File.Exists(path) || time.GetUtcNow() - File.GetLastWriteTimeUtc(path) > options.Value.KeepFor)
        {
            return null;
        }

        return await File.ReadAllBytesAsync(path, ct);
    }

    public void Delete(string key, Guid ownerPersonId)
    {
        if (IsKey(key))
        {
            File.Delete(PathFor(key, ownerPersonId));
        }
    }

    /// <summary>Keeps what the import of <paramref name="key"/> did, in place of the uploaded file.</summary>
    public async Task SaveResultAsync(string key, Guid ownerPersonId, ImportPreview result, CancellationToken ct)
    {
        await using var file = File.Create(PathFor(key, ownerPersonId, ResultExtension));
        await JsonSerializer.SerializeAsync(file, result, cancellationToken: ct);
    }

    public async Task<ImportPreview?> LoadResultAsync(string key, Guid ownerPersonId, CancellationToken ct)
    {
        if (!IsKey(key))
        {
            return null;
        }

        var path = PathFor(key, ownerPersonId, ResultExtension);
        if (!File.Exists(path) || time.GetUtcNow() - File.GetLastWriteTimeUtc(path) > options.Value.KeepFor)
        {
            return null;
        }

        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<ImportPreview>(file, cancellationToken: ct);
    }

    private const string ResultExtension = ".result.json";

    private string PathFor(string key, Guid owner, string extension = ".csv") => Path.Combine(_folder, $"{owner:N}-{key}{extension}");

    private static bool IsKey(string? key) => key is { Length: 64 } && key.All(char.IsAsciiHexDigitLower);

    private void RemoveExpired()
    {
        foreach (var file in Directory.EnumerateFiles(_folder, "*.csv").Concat(Directory.EnumerateFiles(_folder, "*" + ResultExtension)))
        {
            if (time.GetUtcNow() - File.GetLastWriteTimeUtc(file) > options.Value.KeepFor)
            {
                File.Delete(file);
            }
        }
    }
}
