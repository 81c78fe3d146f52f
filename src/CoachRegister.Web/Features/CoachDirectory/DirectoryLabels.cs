using CoachRegister.Web.Features.Register;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.CoachDirectory;

public static class DirectoryLabels
{
    /// <summary>
    /// "2 of 3 places", with the noun in the number the capacity needs: English says "1 of 1 place"; Welsh keeps
    /// the noun singular after a number ("2 o 3 lle"), so each language's text is its own key.
    /// </summary>
    public static LocalizedString Places(IStringLocalizer<RegisterText> t, int left, int capacity) =>
        capacity == 1 ? t["{0} of 1 place", left] : t["{0} of {1} places", left, capacity];
}
