using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CoachRegister.Web.Infrastructure.Forms;

/// <summary>
/// The success message of a change, shown once as a GOV.UK notification banner at the top of the page the
/// change redirects to (post-redirect-get): kept in TempData, so it is gone on the next page.
/// </summary>
public static class Banner
{
    public const string Key = "Banner";

    /// <summary>Shows <paramref name="message"/> (already in the person's language) on the next page.</summary>
    public static void Success(this ITempDataDictionary tempData, string message) => tempData[Key] = message;
}
