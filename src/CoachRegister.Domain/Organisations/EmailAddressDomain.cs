using System.Globalization;
using System.Net.Mail;

namespace CoachRegister.Domain.Organisations;

/// <summary>
/// The domain of an e-mail address (the part after the @), written one way: lower case, in its ASCII form,
/// without a leading @ or trailing dot. Organisations list the domains their staff's addresses are in.
/// </summary>
public static class EmailAddressDomain
{
    public const int MaxLength = 253;

    private static readonly IdnMapping Idn = new();

    /// <summary>The domain as stored, or null when <paramref name="input"/> is not a domain name.</summary>
    public static string? Normalise(string? input)
    {
        var text = input?.Trim().TrimStart('@').TrimEnd('.');
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return null;
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(text).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        var labels = ascii.Split('.');
        return labels.Length >= 2 && labels.All(IsLabel) ? ascii : null;
    }

    /// <summary>The domain of a single plain address, or null for anything else (a list, a display name, no @).</summary>
    public static string? Of(string? email)
    {
        var text = email?.Trim();
        return MailAddress.TryCreate(text, out var address) && address.Address == text && string.IsNullOrEmpty(address.DisplayName)
            ? Normalise(address.Host)
            : null;
    }

    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= 63
        && label[0] != '-' && label[^1] != '-'
        && label.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
