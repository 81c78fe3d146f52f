using System.Security.Cryptography;
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
/// key and tied to the person who uploaded it: the browser only ever holds the key. Old files are removed
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

    private string PathFor(string key, Guid owner) => Path.Combine(_folder, $"{owner:N}-{key}.csv");

    private static bool IsKey(string? key) => key is { Length: 64 } && key.All(char.IsAsciiHexDigitLower);

    private void RemoveExpired()
    {
        foreach (var file in Directory.EnumerateFiles(_folder, "*.csv"))
        {
            if (time.GetUtcNow() - File.GetLastWriteTimeUtc(file) > options.Value.KeepFor)
            {
                File.Delete(file);
            }
        }
    }
}
