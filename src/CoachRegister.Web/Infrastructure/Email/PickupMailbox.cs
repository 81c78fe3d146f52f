using System.Text.RegularExpressions;
using MimeKit;

namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>Reads the .eml files the dispatcher writes to the pickup folder when no SMTP host is configured.</summary>
public sealed partial class PickupMailbox(MailTransport transport)
{
    public sealed record Summary(string Name, DateTimeOffset Date, string To, string Subject);

    /// <summary>One page of messages; <paramref name="Number"/> is the page shown, brought into range.</summary>
    public sealed record Page(IReadOnlyList<Summary> Messages, int Number, int PageCount);

    public async Task<Page> ListAsync(int page, int pageSize, CancellationToken ct)
    {
        var folder = transport.PickupDirectory;
        if (!Directory.Exists(folder))
        {
            return new Page([], 1, 1);
        }

        // File names start with the UTC time they were written, so name order is date order.
        var names = Directory.EnumerateFiles(folder, "*.eml")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsMessageName)
            .OrderDescending(StringComparer.Ordinal)
            .ToList();
        var pageCount = Math.Max(1, (names.Count + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var summaries = new List<Summary>();
        foreach (var name in names.Skip((page - 1) * pageSize).Take(pageSize))
        {
            var message = await LoadAsync(name, ct);
            if (message is not null)
            {
                summaries.Add(new Summary(name, message.Date, message.To.ToString(), message.Subject ?? string.Empty));
            }
        }

        return new Page(summaries, page, pageCount);
    }

    /// <summary>Loads one message by file name; null when the name is not one the dispatcher writes or the file is gone.</summary>
    public async Task<MimeMessage?> LoadAsync(string name, CancellationToken ct)
    {
        if (!IsMessageName(name))
        {
            return null;
        }

        var path = Path.Combine(transport.PickupDirectory, name);
        try
        {
            return await MimeMessage.LoadAsync(path, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Only names of the dispatcher's own pattern are read, so a request can never reach another file.</summary>
    public static bool IsMessageName(string? name) => name is not null && MessageName().IsMatch(name);

    [GeneratedRegex(@"^[0-9]{8}T[0-9]{9}-[0-9a-f]{32}\.eml$", RegexOptions.CultureInvariant)]
    private static partial Regex MessageName();
}
