using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CoachRegister.Web.Infrastructure.Forms;

/// <summary>What a banner tells the person: that their change was made, or something they need to know instead.</summary>
public enum BannerKind
{
    /// <summary>The change was made: GOV.UK's green success banner.</summary>
    Success,

    /// <summary>
    /// Nothing was changed, or not as asked (a rule said no, someone else got there first): GOV.UK's neutral
    /// notification banner, titled "Important".
    /// </summary>
    Important,
}

/// <summary>A banner's message (already in the person's language) and its kind.</summary>
public sealed record BannerMessage(BannerKind Kind, string Text);

/// <summary>
/// The message of a change, shown once as a GOV.UK notification banner at the top of the page the change redirects
/// to (post-redirect-get): kept in TempData, so it is gone on the next page. One message at a time, of one kind.
/// </summary>
public static class Banner
{
    public const string Key = "Banner";

    /// <summary>Beside <see cref="Key"/> when the banner is not a success; a success leaves it out.</summary>
    public const string KindKey = "BannerKind";

    /// <summary>Shows <paramref name="message"/> (already in the person's language) as a success on the next page.</summary>
    public static void Success(this ITempDataDictionary tempData, string message) => tempData.Show(BannerKind.Success, message);

    /// <summary>Shows <paramref name="message"/> on the next page as something to know, not a success: an action refused or overtaken.</summary>
    public static void Important(this ITempDataDictionary tempData, string message) => tempData.Show(BannerKind.Important, message);

    private static void Show(this ITempDataDictionary tempData, BannerKind kind, string message)
    {
        tempData[Key] = message;
        if (kind == BannerKind.Success)
        {
            tempData.Remove(KindKey);
        }
        else
        {
            tempData[KindKey] = kind.ToString();
        }
    }

    /// <summary>The message waiting for this page, read once (both keys), or null.</summary>
    public static BannerMessage? Take(this ITempDataDictionary tempData)
    {
        var kind = tempData[KindKey] as string;
        return tempData[Key] is string text
            ? new BannerMessage(Enum.TryParse<BannerKind>(kind, out var k) ? k : BannerKind.Success, text)
            : null;
    }
}
